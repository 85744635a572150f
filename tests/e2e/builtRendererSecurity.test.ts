import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

const builtHtml = () => readFileSync(resolve(process.env.OUTREACH_OUT ?? 'out', 'renderer/index.html'), 'utf8')

describe('the built renderer page', () => {
  it('carries a strict Content-Security-Policy', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(builtHtml())?.[1]
    expect(csp).toBeDefined()
    const directives = Object.fromEntries(
      csp!
        .split(';')
        .map((part) => part.trim().split(/\s+/))
        .map(([name, ...values]) => [name, values]),
    )
    expect(directives['default-src']).toEqual(["'self'"])
    expect(directives['script-src']).toEqual(["'self'"])
    expect(directives['object-src']).toEqual(["'none'"])
    expect(directives['connect-src']).toEqual(["'self'"])
    expect(csp).not.toContain('unsafe-eval')
    expect(directives['script-src']).not.toContain("'unsafe-inline'")
  })

  it('loads no script or style from another host', () => {
    const html = builtHtml()
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//)
  })
})
