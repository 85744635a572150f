import { describe, expect, it } from 'vitest'
import { describeStartupFailure } from '../../../src-main/app/startupFailure'

describe('start-up failure dialog', () => {
  it('speaks Chinese by default and English for an English system, with the reason', () => {
    const error = new Error('SQLITE_NOTADB: file is not a database')
    const zh = describeStartupFailure('zh-CN', error)
    expect(zh.title).toBe('反诈宣讲台 Outreach Desk')
    expect(zh.message).toContain('反诈宣讲台启动失败，程序将关闭。')
    expect(zh.message).toContain('原因：SQLITE_NOTADB: file is not a database')
    expect(describeStartupFailure('', error).message).toContain('启动失败')
    const en = describeStartupFailure('en-GB', 'disk gone')
    expect(en.message).toContain('Outreach Desk could not start and will close.')
    expect(en.message).toContain('Reason: disk gone')
  })
})
