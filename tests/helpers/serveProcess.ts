import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'

export const SERVE_ENTRY = resolve(process.env.OUTREACH_OUT ?? 'out', 'main/serve.js')

export interface ServeProcess {
  url: string
  child: ChildProcess
  stop: (signal?: NodeJS.Signals) => Promise<void>
}

/** Starts the built `serve` entry on a free port, as `npm run serve` would, and waits until it listens. */
export async function startServe(dbFile: string, extraArgs: string[] = []): Promise<ServeProcess> {
  if (!existsSync(SERVE_ENTRY)) throw new Error(`${SERVE_ENTRY} is missing: run "npm run build" first`)
  const child = spawn(process.execPath, [SERVE_ENTRY, '--port', '0', '--db', dbFile, ...extraArgs], { stdio: ['ignore', 'pipe', 'pipe'] })
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
  return { url, child, stop }
}
