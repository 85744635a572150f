import { computed, onBeforeUnmount, onMounted, ref, watch } from 'vue'
import type { ApiInput, ApiOutput } from '@contract'
import type { DeckFile } from '@contract/deckFormat'
import { invoke } from '../api/client'
import type { PhoneOnScreen } from '../logic/audienceState'

type QuizRound = NonNullable<ApiOutput<'phoneQuiz.counts'>['round']>
type QuizSlide = Extract<DeckFile['slides'][number], { kind: 'quiz' }>
export type PhoneQuizPhase = ApiInput<'phoneQuiz.send'>['phase']

const STATUS_MS = 3000
const COUNTS_MS = 1500
/** Before/after asks the same few questions: the deck's first quiz slides. */
export const PRE_POST_QUESTIONS = 3

export interface PresenterPhoneLink {
  sessionId: string
  url: string
  count: number
}

function toQuestion(slide: QuizSlide): ApiInput<'phoneQuiz.send'>['questions'][number] {
  return { slideId: slide.id, question: slide.question, options: slide.options, answer: slide.answer }
}

/**
 * Phone sign-up seen from the presenter console: the open link of the session being presented (or,
 * presenting without one, of any open session), its live count, and quiz rounds sent to the phones.
 */
export function usePresenterPhone(sessionId: () => string | undefined, screen: { slideId: () => string; revealed: () => boolean }) {
  const link = ref<PresenterPhoneLink | null>(null)
  /** Q or the console's button: the QR code big on the projector. */
  const qrOnScreen = ref(false)
  const round = ref<QuizRound | null>(null)
  const error = ref('')
  let statusTimer: ReturnType<typeof setInterval> | undefined
  let countsTimer: ReturnType<typeof setInterval> | undefined

  async function findSessionId(): Promise<string | undefined> {
    const chosen = sessionId()
    if (chosen) return chosen
    return (await invoke('phoneSignup.openList', {})).items[0]?.sessionId
  }

  async function refreshLink(): Promise<void> {
    const id = await findSessionId()
    const status = id ? await invoke('phoneSignup.status', { sessionId: id }) : undefined
    link.value = id && status?.open && status.url ? { sessionId: id, url: status.url, count: status.count } : null
  }

  async function refreshCounts(): Promise<void> {
    if (!link.value) return
    round.value = (await invoke('phoneQuiz.counts', { sessionId: link.value.sessionId })).round
    if (!round.value || round.value.revealed) stopCounts()
  }

  function stopCounts(): void {
    clearInterval(countsTimer)
    countsTimer = undefined
  }

  async function act(work: () => Promise<void>): Promise<void> {
    error.value = ''
    try {
      await work()
    } catch (failure) {
      error.value = failure instanceof Error ? failure.message : String(failure)
    }
  }

  function send(phase: PhoneQuizPhase, slides: QuizSlide[]): Promise<void> {
    return act(async () => {
      if (!link.value || slides.length === 0) return
      round.value = await invoke('phoneQuiz.send', { sessionId: link.value.sessionId, phase, questions: slides.map(toQuestion) })
      stopCounts()
      countsTimer = setInterval(() => void refreshCounts().catch(() => undefined), COUNTS_MS)
    })
  }

  const reveal = () =>
    act(async () => {
      if (!link.value || !round.value || round.value.revealed) return
      round.value = await invoke('phoneQuiz.reveal', { sessionId: link.value.sessionId })
      stopCounts()
    })

  const stop = () =>
    act(async () => {
      if (!link.value) return
      await invoke('phoneQuiz.stop', { sessionId: link.value.sessionId })
      round.value = null
      stopCounts()
    })

  const liveQuiz = computed(() => {
    const question = round.value?.phase === 'live' ? round.value.questions[0] : undefined
    return question ? { slideId: question.slideId, counts: question.counts, revealed: round.value!.revealed } : null
  })
  const onScreen = computed<PhoneOnScreen | null>(() => (link.value ? { url: link.value.url, count: link.value.count, showQr: qrOnScreen.value, quiz: liveQuiz.value } : null))
  // Revealing the answer on the projector (button or clicker) also reveals it on the phones, and stops the answers.
  watch(screen.revealed, (revealed) => {
    if (revealed && liveQuiz.value?.slideId === screen.slideId()) void reveal()
  })
  watch(link, (now) => {
    if (!now) qrOnScreen.value = false
  })

  onMounted(() => {
    void refreshLink().catch(() => undefined)
    statusTimer = setInterval(() => void refreshLink().catch(() => undefined), STATUS_MS)
  })
  onBeforeUnmount(() => {
    clearInterval(statusTimer)
    stopCounts()
  })

  return { link, round, error, qrOnScreen, onScreen, send, reveal, stop }
}
