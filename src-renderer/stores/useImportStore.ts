import { computed, ref } from 'vue'
import { defineStore } from 'pinia'
import { invoke } from '../api/client'
import { i18n } from '../i18n'
import type { ApiInput, ApiOutput } from '@contract'
import { fileToBase64 } from '../logic/fileTransfer'
import { decisionsForCommit, importableCount, type DecisionChoice } from '../logic/importDecisions'

type Preview = ApiOutput<'import.preview'>
export type ColumnMapping = NonNullable<ApiInput<'import.preview'>['mapping']>
type CommitResult = ApiOutput<'import.commit'>

/** The API takes up to 15 million base64 characters, which is about 11 MB of file. */
const MAX_IMPORT_BYTES = 11_000_000

/** One roster import: the file, what the worker chose, the preview and the outcome. Nothing is written before commit(). */
export const useImportStore = defineStore('import', () => {
  const sessionId = ref('')
  const file = ref<{ name: string; dataBase64: string } | null>(null)
  const mapping = ref<ColumnMapping>({})
  /** The row holding the headers; undefined until the first preview finds it. */
  const headerRow = ref<number | undefined>(undefined)
  const consentConfirmed = ref(false)
  const markPresent = ref(false)
  const preview = ref<Preview | null>(null)
  const decisions = ref<Record<number, DecisionChoice>>({})
  const busy = ref<'reading' | 'committing' | null>(null)
  const error = ref('')
  const result = ref<CommitResult | null>(null)

  const locale = () => i18n.global.locale.value

  function reset(forSession: string): void {
    sessionId.value = forSession
    file.value = null
    mapping.value = {}
    headerRow.value = undefined
    consentConfirmed.value = false
    markPresent.value = false
    preview.value = null
    decisions.value = {}
    busy.value = null
    error.value = ''
    result.value = null
  }

  async function refreshPreview(useMapping?: ColumnMapping): Promise<void> {
    if (!file.value) return
    busy.value = 'reading'
    error.value = ''
    try {
      const answer = await invoke('import.preview', {
        sessionId: sessionId.value,
        fileName: file.value.name,
        dataBase64: file.value.dataBase64,
        mapping: useMapping,
        headerRow: headerRow.value,
        consentConfirmed: consentConfirmed.value,
        locale: locale(),
      })
      preview.value = answer
      mapping.value = { ...answer.mapping }
      headerRow.value = answer.headerRow
      decisions.value = Object.fromEntries(
        answer.rows.filter((row) => row.status === 'possible_duplicate').map((row) => [row.rowNumber, decisions.value[row.rowNumber] ?? `same:${row.candidates[0].attendeeId}`]),
      )
    } catch (failure) {
      preview.value = null
      error.value = (failure as Error).message
    } finally {
      busy.value = null
    }
  }

  async function chooseFile(chosen: File): Promise<void> {
    result.value = null
    decisions.value = {}
    if (chosen.size > MAX_IMPORT_BYTES) {
      file.value = null
      preview.value = null
      error.value = i18n.global.t('io.import.tooLarge', { mb: Math.floor(MAX_IMPORT_BYTES / 1_000_000) })
      return
    }
    file.value = { name: chosen.name, dataBase64: await fileToBase64(chosen) }
    headerRow.value = undefined
    await refreshPreview()
  }

  const remap = (next: ColumnMapping) => refreshPreview(next)
  /** Another header row means other columns: their mapping is suggested afresh. */
  const chooseHeaderRow = (row: number) => {
    headerRow.value = row
    return refreshPreview()
  }
  const setConsentConfirmed = (value: boolean) => {
    consentConfirmed.value = value
    return refreshPreview(mapping.value)
  }

  const willImport = computed(() => (preview.value ? importableCount(preview.value.rows, decisions.value) : 0))

  async function commit(): Promise<void> {
    if (!file.value || !preview.value) return
    busy.value = 'committing'
    error.value = ''
    try {
      result.value = await invoke('import.commit', {
        sessionId: sessionId.value,
        fileName: file.value.name,
        dataBase64: file.value.dataBase64,
        mapping: mapping.value,
        headerRow: headerRow.value,
        consentConfirmed: consentConfirmed.value,
        markPresent: markPresent.value,
        decisions: decisionsForCommit(decisions.value),
        locale: locale(),
      })
      preview.value = null
      file.value = null
    } catch (failure) {
      error.value = i18n.global.t('io.import.failed', { message: (failure as Error).message })
    } finally {
      busy.value = null
    }
  }

  return {
    sessionId,
    file,
    mapping,
    headerRow,
    consentConfirmed,
    markPresent,
    preview,
    decisions,
    busy,
    error,
    result,
    willImport,
    reset,
    chooseFile,
    remap,
    chooseHeaderRow,
    setConsentConfirmed,
    commit,
  }
})
