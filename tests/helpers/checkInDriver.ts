import type { ServeProcess } from './serveProcess'

/**
 * Desks checking people in from `queue` as fast as the server answers, until `stop.now` or the
 * server dies. Only a 200 answer with a time counts as acknowledged.
 */
export async function checkInUntilStopped(server: ServeProcess, sessionId: string, queue: string[], acknowledged: Set<string>, stop: { now: boolean }, desks = 2): Promise<void> {
  const desk = async () => {
    while (!stop.now && queue.length > 0) {
      const attendeeId = queue.shift()!
      try {
        const response = await fetch(`${server.url}/api/attendance.checkIn`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-api-token': server.token },
          body: JSON.stringify({ sessionId, attendeeId }),
        })
        if (response.status === 200 && ((await response.json()) as { checkedInAt?: string }).checkedInAt) acknowledged.add(attendeeId)
      } catch {
        return
      }
    }
  }
  await Promise.all(Array.from({ length: desks }, desk))
}
