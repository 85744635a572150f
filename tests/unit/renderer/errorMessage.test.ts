import { describe, expect, it } from 'vitest'
import { ApiCallError } from '../../../src-renderer/api/ApiCallError'
import { errorMessage, fieldErrors } from '../../../src-renderer/logic/errorMessage'

describe('errorMessage', () => {
  it('shows the server message of a refused call', () => {
    expect(errorMessage(new ApiCallError({ code: 'conflict', message: '已有同名网格' }))).toBe('已有同名网格')
  })

  it('shows the message of any other error, and anything else as text', () => {
    expect(errorMessage(new TypeError('Failed to fetch'))).toBe('Failed to fetch')
    expect(errorMessage('disk full')).toBe('disk full')
  })
})

describe('fieldErrors', () => {
  it('gives the per-field messages of a refused call', () => {
    const error = new ApiCallError({ code: 'invalid_input', message: 'x', fields: { name: '请填写姓名' } })
    expect(fieldErrors(error)).toEqual({ name: '请填写姓名' })
  })

  it('gives none for a failure that is not about fields', () => {
    expect(fieldErrors(new Error('offline'))).toEqual({})
    expect(fieldErrors(new ApiCallError({ code: 'conflict', message: 'x' }))).toEqual({})
  })
})
