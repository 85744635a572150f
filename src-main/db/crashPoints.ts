/**
 * Test-only: with OUTREACH_CRASH_AT=<step> the process dies on the spot (SIGKILL, no clean-up)
 * when it reaches that step, so durability tests can stop a backup or a restore between any two
 * of its steps and check what the next start finds.
 */
export function crashPoint(step: string): void {
  if (process.env.OUTREACH_CRASH_AT === step) process.kill(process.pid, 'SIGKILL')
}
