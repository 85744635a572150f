import type zhCN from './zh-CN'
import { enumLabels } from '@contract/labels'

type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> }

const en: Messages<typeof zhCN> = {
  app: { name: 'Outreach Desk', tagline: 'Anti-fraud community outreach' },
  nav: {
    sessions: 'Sessions',
    people: 'People',
    decks: 'Decks',
    print: 'Print',
    reports: 'Reports',
    ledger: 'Ledger',
    alerts: 'Alerts',
    risk: 'Risk register',
    settings: 'Settings',
  },
  language: { label: 'Language', 'zh-CN': '中文', en: 'English' },
  sessions: {
    title: 'Outreach sessions',
    empty: 'No sessions yet. Fill in a title, time and place above to record the first one.',
    count: '{n} session | {n} sessions',
    loading: 'Loading…',
    loadFailed: 'Could not load the sessions: {message}',
    retry: 'Try again',
    columns: { startsAt: 'When', title: 'Title', place: 'Place', status: 'Status', attendance: 'Present / registered' },
    status: enumLabels.en.sessionStatus,
    form: {
      heading: 'Record a new session',
      title: 'Title',
      titlePlaceholder: 'e.g. Protect your savings: a talk on telecom fraud',
      startsAt: 'Date and time',
      place: 'Place',
      placePlaceholder: 'e.g. Community service centre, 2nd floor',
      submit: 'Record session',
      saving: 'Saving…',
      saved: 'Recorded: {title}',
      required: 'required',
    },
  },
}

export default en
