/// <reference types="vite/client" />
import type { OutreachBridge } from '@contract/bridge'

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
