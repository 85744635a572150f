import type { TracedCall } from './straceParse'

const WAL_FRAME_HEADER_BYTES = 24
const WAL_FILE_HEADER_BYTES = 32

/** A transaction as it reached the WAL: the pages of its frames, ending with the commit frame. */
interface WalCommit {
  pages: Buffer
  /** The trace line where the write of the commit frame's page returned. */
  writtenLine: number
}

export interface UnsyncedAcknowledgement {
  checkedInAt: string
  problem: 'no_response_traced' | 'commit_not_in_wal' | 'acknowledged_before_commit' | 'acknowledged_before_sync'
}

/**
 * Splits the WAL writes into transactions. SQLite writes each frame as a 24-byte header then
 * the page; a header whose "database size after commit" field is non-zero marks a commit frame.
 */
function walCommits(walWrites: TracedCall[]): WalCommit[] {
  const commits: WalCommit[] = []
  let pending: Buffer[] = []
  let header: Buffer | undefined
  for (const write of walWrites) {
    if (write.bytes.length === WAL_FILE_HEADER_BYTES && write.offset === 0) {
      pending = []
      header = undefined
    } else if (write.bytes.length === WAL_FRAME_HEADER_BYTES) {
      header = write.bytes
    } else if (header) {
      pending.push(write.bytes)
      if (header.readUInt32BE(4) !== 0) {
        commits.push({ pages: Buffer.concat(pending), writtenLine: write.endLine })
        pending = []
      }
      header = undefined
    }
  }
  return commits
}

/** The first HTTP response on a TCP socket that carries each `checkedInAt` value. */
function checkInResponses(calls: TracedCall[]): Map<string, TracedCall> {
  const responses = new Map<string, TracedCall>()
  for (const call of calls) {
    if (call.kind !== 'write' || !call.target.startsWith('TCP:')) continue
    for (const match of call.bytes.toString('utf8').matchAll(/"checkedInAt":"([^"]+)"/g)) {
      if (!responses.has(match[1])) responses.set(match[1], call)
    }
  }
  return responses
}

/**
 * For each acknowledged check-in (its unique `checkedInAt`), proves from the trace that the
 * transaction that first wrote that value into the WAL was followed by a completed fsync or
 * fdatasync of the WAL, begun after that commit was written and returned before the response
 * carrying the value was written to the socket. Returns every check-in it cannot prove.
 */
export function findUnsyncedAcknowledgements(calls: TracedCall[], walPath: string, acknowledged: readonly string[]): UnsyncedAcknowledgement[] {
  const onWal = calls.filter((call) => call.target === walPath)
  const commits = walCommits(onWal.filter((call) => call.kind === 'write'))
  const syncs = onWal.filter((call) => call.kind === 'sync' && call.result === 0)
  const responses = checkInResponses(calls)
  const problems: UnsyncedAcknowledgement[] = []
  for (const checkedInAt of acknowledged) {
    const response = responses.get(checkedInAt)
    const commit = commits.find((candidate) => candidate.pages.includes(checkedInAt, 0, 'utf8'))
    let problem: UnsyncedAcknowledgement['problem'] | undefined
    if (!response) problem = 'no_response_traced'
    else if (!commit) problem = 'commit_not_in_wal'
    else if (commit.writtenLine >= response.startLine) problem = 'acknowledged_before_commit'
    else if (!syncs.some((sync) => sync.startLine > commit.writtenLine && sync.endLine < response.startLine)) problem = 'acknowledged_before_sync'
    if (problem) problems.push({ checkedInAt, problem })
  }
  return problems
}
