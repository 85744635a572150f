import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { randomBytes } from 'node:crypto'

export const SERVE_ENTRY = resolve(process.env.OUTREACH_OUT ?? 'out', 'main/serve.js')

export interface ServeProcess {
  url: string
  token: string
  /** Calls the API as a local script would (with the token); throws on an error answer. */
  api: <T = unknown>(method: string, input?: unknown) => Promise<T>
  child: ChildProcess
  stop: (signal?: NodeJS.Signals) => Promise<void>
}

export interface ServeLaunch {
  /** Added to the server's environment (the test-only switches). */
  env?: NodeJS.ProcessEnv
  /** A program that runs the server's command line, such as strace with its options. */
  launcher?: string[]
}

/** Starts the built `serve` entry on a free port, as `npm run serve` would, and waits until it listens. */
export async function startServe(dbFile: string, extraArgs: string[] = [], launch: ServeLaunch = {}): Promise<ServeProcess> {
  if (!existsSync(SERVE_ENTRY)) throw new Error(`${SERVE_ENTRY} is missing: run "npm run build" first`)
  const token = randomBytes(18).toString('hex')
  const [program, ...args] = [...(launch.launcher ?? []), process.execPath, SERVE_ENTRY, '--port', '0', '--db', dbFile, `--token=${token}`, ...extraArgs]
  const child = spawn(program, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...launch.env } })
  let output = ''
  const url = await new Promise<string>((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start in time:\n${output}`)), 20_000)
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const match = /serving at (http:\/\/127\.0\.0\.1:\d+)\//.exec(output)
      if (match) {
        clearTimeout(timer)
        resolvePromise(match[1])
      }
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', onData)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`serve exited with ${code}:\n${output}`))
    })
  })
  const stop = (signal: NodeJS.Signals = 'SIGTERM') =>
    new Promise<void>((resolvePromise) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolvePromise()
      child.once('exit', () => resolvePromise())
      child.kill(signal)
    })
  const api = async <T>(method: string, input: unknown = {}): Promise<T> => {
    const response = await fetch(`${url}/api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-token': token }, body: JSON.stringify(input) })
    const body = await response.json()
    if (!response.ok) throw new Error(`${method} → ${response.status}: ${JSON.stringify(body)}`)
    return body as T
  }
  return { url, token, api, child, stop }
}
