import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router'
import SessionsPage from './pages/SessionsPage.vue'
import ComingSoonPage from './pages/ComingSoonPage.vue'

export const NAV_AREAS = ['sessions', 'people', 'decks', 'print', 'reports', 'settings'] as const

const comingSoon = (area: string): RouteRecordRaw => ({ path: `/${area}`, name: area, component: ComingSoonPage, props: { area } })

// Hash history: the built app is loaded from file:// in Electron, where paths cannot be rewritten.
export const router = createRouter({
  history: createWebHashHistory(),
  routes: [
    { path: '/', redirect: '/sessions' },
    { path: '/sessions', name: 'sessions', component: SessionsPage },
    ...NAV_AREAS.filter((area) => area !== 'sessions').map(comingSoon),
    { path: '/:rest(.*)*', redirect: '/sessions' },
  ],
})
