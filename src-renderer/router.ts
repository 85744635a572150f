import { createRouter, createWebHashHistory } from 'vue-router'
import SessionsPage from './pages/SessionsPage.vue'
import { keepKioskOpen } from './stores/useKioskStore'

export const NAV_AREAS = ['sessions', 'people', 'decks', 'print', 'reports', 'ledger', 'alerts', 'risk', 'settings'] as const

// Hash history: the built app is loaded from file:// in Electron, where paths cannot be rewritten.
// Every page but the first is loaded when first opened (from local files), so the app starts quickly.
export const router = createRouter({
  history: createWebHashHistory(),
  routes: [
    { path: '/', redirect: '/sessions' },
    { path: '/sessions', name: 'sessions', component: SessionsPage },
    { path: '/sessions/:id/signup', name: 'session-signup', component: () => import('./pages/SessionSignUpPage.vue'), props: true },
    // bare: no navigation around it, so a resident at the kiosk has nowhere to go.
    { path: '/sessions/:id/kiosk', name: 'session-kiosk', component: () => import('./pages/KioskPage.vue'), props: true, meta: { bare: true } },
    { path: '/people', name: 'people', component: () => import('./pages/PeoplePage.vue') },
    { path: '/settings', name: 'settings', component: () => import('./pages/SettingsPage.vue') },
    { path: '/sessions/:id', name: 'session-detail', component: () => import('./pages/SessionDetailPage.vue'), props: true },
    { path: '/sessions/:id/paper', name: 'session-paper', component: () => import('./pages/PaperEntryPage.vue'), props: true },
    { path: '/sessions/:id/import', name: 'session-import', component: () => import('./pages/SessionImportPage.vue'), props: true },
    { path: '/reports', name: 'reports', component: () => import('./pages/ReportsPage.vue') },
    { path: '/print', name: 'print', component: () => import('./pages/PrintPage.vue') },
    { path: '/ledger', name: 'ledger', component: () => import('./pages/LedgerPage.vue') },
    { path: '/alerts', name: 'alerts', component: () => import('./pages/AlertsPage.vue') },
    { path: '/risk', name: 'risk', component: () => import('./pages/RiskRegisterPage.vue') },
    { path: '/print/ledger', name: 'print-ledger', component: () => import('./pages/LedgerPrintPage.vue'), meta: { bare: true } },
    // bare: the preview needs the whole window for paper-sized pages, and nothing but the pages may print.
    { path: '/print/:kind', name: 'print-preview', component: () => import('./pages/PrintPreviewPage.vue'), props: true, meta: { bare: true } },
    { path: '/decks', name: 'decks', component: () => import('./pages/DecksPage.vue') },
    { path: '/decks/:id/edit', name: 'deck-edit', component: () => import('./pages/DeckEditorPage.vue') },
    { path: '/present/:deckId', name: 'present', component: () => import('./pages/PresenterPage.vue'), meta: { bare: true } },
    { path: '/audience/:channel', name: 'audience', component: () => import('./pages/AudiencePage.vue'), meta: { bare: true } },
    { path: '/:rest(.*)*', redirect: '/sessions' },
  ],
})

router.beforeEach((to) => keepKioskOpen(to.fullPath))
