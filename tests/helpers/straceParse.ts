/** One traced write or sync, placed by the trace lines where it began and returned. */
export interface TracedCall {
  kind: 'write' | 'sync'
  pid: number
  /** What the fd was: a file path, or `TCP:[local->remote]` for a socket. */
  target: string
  /** The bytes written (every buffer of a writev, in order); empty for a sync. */
  bytes: Buffer
  /** The file offset of a pwrite64. */
  offset?: number
  /** The syscall's return value, once it has returned. */
  result?: number
  startLine: number
  endLine: number
}

const WRITE_CALLS = new Set(['write', 'writev', 'pwrite64', 'pwritev', 'pwritev2', 'sendto', 'sendmsg'])
const SYNC_CALLS = new Set(['fsync', 'fdatasync', 'sync_file_range'])
const ENTRY = /^(\d+)\s+[\d:.]+\s+(\w+)\(\d+<(TCP:\[[^\]]*\]|[^>]*)>(.*)$/
const RESUMED = /^(\d+)\s+[\d:.]+\s+<\.\.\. (\w+) resumed>(.*)$/
const HEX_STRING = /"((?:\\x[0-9a-f]{2})*)"(\.\.\.)?/g
const RESULT = /\)\s+=\s+(-?\d+)/

function decodeHex(escaped: string): Buffer {
  return Buffer.from(escaped.replaceAll('\\x', ''), 'hex')
}

function parseResult(text: string): number | undefined {
  const match = RESULT.exec(text)
  return match ? Number(match[1]) : undefined
}

/**
 * Reads an `strace -f -yy -xx` log. Under ptrace a thread stays stopped at each syscall's
 * return until strace has logged it, so line order is a causal order: a call that starts on a
 * later line than another call returned cannot have happened before it.
 */
export function parseStraceLog(log: string): TracedCall[] {
  const calls: TracedCall[] = []
  const unfinished = new Map<string, TracedCall>()
  const lines = log.split('\n')
  for (const [index, line] of lines.entries()) {
    const resumed = RESUMED.exec(line)
    if (resumed) {
      const call = unfinished.get(`${resumed[1]}:${resumed[2]}`)
      if (call) {
        call.endLine = index
        call.result = parseResult(resumed[3])
        unfinished.delete(`${resumed[1]}:${resumed[2]}`)
      }
      continue
    }
    const entry = ENTRY.exec(line)
    if (!entry) continue
    const [, pid, name, rawTarget, rest] = entry
    const isWrite = WRITE_CALLS.has(name)
    if (!isWrite && !SYNC_CALLS.has(name)) continue
    const buffers: Buffer[] = []
    let afterLastString = rest
    for (const match of rest.matchAll(HEX_STRING)) {
      if (match[2]) throw new Error(`strace cut a buffer short on line ${index + 1}; raise -s`)
      buffers.push(decodeHex(match[1]))
      afterLastString = rest.slice(match.index + match[0].length)
    }
    const target = rawTarget.startsWith('TCP:') ? rawTarget : decodeHex(rawTarget).toString('utf8')
    const offset = name === 'pwrite64' ? /^,\s*\d+,\s*(\d+)/.exec(afterLastString)?.[1] : undefined
    const call: TracedCall = {
      kind: isWrite ? 'write' : 'sync',
      pid: Number(pid),
      target,
      bytes: Buffer.concat(buffers),
      offset: offset === undefined ? undefined : Number(offset),
      startLine: index,
      endLine: index,
    }
    if (rest.endsWith('<unfinished ...>')) unfinished.set(`${pid}:${name}`, call)
    else call.result = parseResult(rest)
    calls.push(call)
  }
  return calls
}
