import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router'
import SessionsPage from './pages/SessionsPage.vue'
import ComingSoonPage from './pages/ComingSoonPage.vue'
import DecksPage from './pages/DecksPage.vue'
import DeckEditorPage from './pages/DeckEditorPage.vue'
import PresenterPage from './pages/PresenterPage.vue'
import AudiencePage from './pages/AudiencePage.vue'
import PeoplePage from './pages/PeoplePage.vue'
import SettingsPage from './pages/SettingsPage.vue'
import SessionSignUpPage from './pages/SessionSignUpPage.vue'
import KioskPage from './pages/KioskPage.vue'
import { keepKioskOpen } from './stores/useKioskStore'
import SessionDetailPage from './pages/SessionDetailPage.vue'
import PaperEntryPage from './pages/PaperEntryPage.vue'
import SessionImportPage from './pages/SessionImportPage.vue'
import ReportsPage from './pages/ReportsPage.vue'
import PrintPage from './pages/PrintPage.vue'
import PrintPreviewPage from './pages/PrintPreviewPage.vue'
import LedgerPage from './pages/LedgerPage.vue'
import LedgerPrintPage from './pages/LedgerPrintPage.vue'

export const NAV_AREAS = ['sessions', 'people', 'decks', 'print', 'reports', 'ledger', 'settings'] as const

const comingSoon = (area: string): RouteRecordRaw => ({ path: `/${area}`, name: area, component: ComingSoonPage, props: { area } })

// Hash history: the built app is loaded from file:// in Electron, where paths cannot be rewritten.
export const router = createRouter({
  history: createWebHashHistory(),
  routes: [
    { path: '/', redirect: '/sessions' },
    { path: '/sessions', name: 'sessions', component: SessionsPage },
    { path: '/sessions/:id/signup', name: 'session-signup', component: SessionSignUpPage, props: true },
    // bare: no navigation around it, so a resident at the kiosk has nowhere to go.
    { path: '/sessions/:id/kiosk', name: 'session-kiosk', component: KioskPage, props: true, meta: { bare: true } },
    { path: '/people', name: 'people', component: PeoplePage },
    { path: '/settings', name: 'settings', component: SettingsPage },
    { path: '/sessions/:id', name: 'session-detail', component: SessionDetailPage, props: true },
    { path: '/sessions/:id/paper', name: 'session-paper', component: PaperEntryPage, props: true },
    { path: '/sessions/:id/import', name: 'session-import', component: SessionImportPage, props: true },
    { path: '/reports', name: 'reports', component: ReportsPage },
    { path: '/print', name: 'print', component: PrintPage },
    { path: '/ledger', name: 'ledger', component: LedgerPage },
    { path: '/print/ledger', name: 'print-ledger', component: LedgerPrintPage, meta: { bare: true } },
    // bare: the preview needs the whole window for paper-sized pages, and nothing but the pages may print.
    { path: '/print/:kind', name: 'print-preview', component: PrintPreviewPage, props: true, meta: { bare: true } },
    { path: '/decks', name: 'decks', component: DecksPage },
    { path: '/decks/:id/edit', name: 'deck-edit', component: DeckEditorPage },
    { path: '/present/:deckId', name: 'present', component: PresenterPage, meta: { bare: true } },
    { path: '/audience/:channel', name: 'audience', component: AudiencePage, meta: { bare: true } },
    ...NAV_AREAS.filter((area) => !['sessions', 'people', 'settings', 'decks', 'reports', 'print', 'ledger'].includes(area)).map(comingSoon),
    { path: '/:rest(.*)*', redirect: '/sessions' },
  ],
})

router.beforeEach((to) => keepKioskOpen(to.fullPath))
