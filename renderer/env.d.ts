import type { BeianBridge } from '../shared/api/contract';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in the browser host, where renderer/api/httpBridge.ts stands in. */
    beian?: BeianBridge;
  }
}

export {};
