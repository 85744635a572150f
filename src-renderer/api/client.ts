import type { ApiInput, ApiMethod, ApiOutput } from '@contract'
import { ApiCallError } from './ApiCallError'
import { pickTransport, type Transport } from './transports'
import { i18n } from '../i18n'

let transport: Transport | undefined

/** The renderer's one door to the main process; the same over IPC and HTTP. */
export async function invoke<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
  transport ??= pickTransport()
  const answer = await transport(method, input, i18n.global.locale.value)
  if (!answer.ok) throw new ApiCallError(answer.error)
  return answer.result as ApiOutput<M>
}
