import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { startServe, type ServeLaunch, type ServeProcess } from './serveProcess'

/**
 * What the sync proof needs to see: every way node and SQLite write or sync a file or a socket.
 * -f follows SQLite's worker threads; -yy names each fd (file path, or TCP ends); -xx prints
 * buffers as hex so binary WAL frames decode exactly; -s is larger than a database page.
 */
export const STRACE_OPTIONS = [
  '-f',
  '-tt',
  '-yy',
  '-xx',
  '-s',
  '65536',
  '--seccomp-bpf',
  '-e',
  'trace=fsync,fdatasync,sync_file_range,write,writev,pwrite64,pwritev,pwritev2,sendto,sendmsg',
]

/** Why strace cannot trace here (missing, or ptrace refused), or undefined when it can. */
export function straceProblem(): string | undefined {
  const probe = spawnSync('strace', ['-f', '-e', 'trace=fsync', '-o', '/dev/null', 'true'], { encoding: 'utf8' })
  if (probe.error) return `strace could not be run (${probe.error.message}); install Debian's strace (.ci/run does)`
  if (probe.status !== 0) return `strace cannot trace here (exit ${probe.status}): ${probe.stderr.trim()}; ptrace must be permitted`
  return undefined
}

export interface TracedServe extends ServeProcess {
  /** Stops the traced server gracefully; the trace file is complete once this resolves. */
  stopTraced: () => Promise<void>
}

function tracedChildPid(stracePid: number): number {
  const children = readFileSync(`/proc/${stracePid}/task/${stracePid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number)
  if (children.length !== 1) throw new Error(`expected strace to run one server process, found ${children.length}`)
  return children[0]
}

/** The built server under strace, writing its trace to `traceFile`. */
export async function startServeUnderStrace(dbFile: string, traceFile: string, env: ServeLaunch['env'] = {}): Promise<TracedServe> {
  const problem = straceProblem()
  if (problem) throw new Error(problem)
  const server = await startServe(dbFile, [], { env, launcher: ['strace', ...STRACE_OPTIONS, '-o', traceFile, '--'] })
  const nodePid = tracedChildPid(server.child.pid!)
  // strace detaches rather than kills on a signal, so the server itself is stopped; strace exits with it.
  const stopTraced = () =>
    new Promise<void>((resolve) => {
      if (server.child.exitCode !== null || server.child.signalCode !== null) return resolve()
      server.child.once('exit', () => resolve())
      process.kill(nodePid, 'SIGTERM')
    })
  return { ...server, stopTraced }
}
