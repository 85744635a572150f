import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router'
import SessionsPage from './pages/SessionsPage.vue'
import ComingSoonPage from './pages/ComingSoonPage.vue'
import SessionDetailPage from './pages/SessionDetailPage.vue'
import PaperEntryPage from './pages/PaperEntryPage.vue'

export const NAV_AREAS = ['sessions', 'people', 'decks', 'print', 'reports', 'settings'] as const

const comingSoon = (area: string): RouteRecordRaw => ({ path: `/${area}`, name: area, component: ComingSoonPage, props: { area } })

// Hash history: the built app is loaded from file:// in Electron, where paths cannot be rewritten.
export const router = createRouter({
  history: createWebHashHistory(),
  routes: [
    { path: '/', redirect: '/sessions' },
    { path: '/sessions', name: 'sessions', component: SessionsPage },
    { path: '/sessions/:id', name: 'session-detail', component: SessionDetailPage, props: true },
    { path: '/sessions/:id/paper', name: 'session-paper', component: PaperEntryPage, props: true },
    ...NAV_AREAS.filter((area) => area !== 'sessions').map(comingSoon),
    { path: '/:rest(.*)*', redirect: '/sessions' },
  ],
})
