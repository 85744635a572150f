/// <reference types="vite/client" />
import type { OutreachBridge } from '../src-main/preload/bridgeApi'

declare global {
  interface Window {
    outreach?: OutreachBridge
  }
}

declare module '*.vue' {
  import type { DefineComponent } from 'vue'
  const component: DefineComponent<object, object, unknown>
  export default component
}
