import type { BeianBridge } from '../shared/api/contract';
import type { MenuCommand } from '../shared/api/methodNames';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in the browser host, where renderer/api/httpBridge.ts stands in. */
    beian?: BeianBridge;
    /** Exposed by the Electron preload: menu commands shown in the window (文件 → 备份到U盘…). */
    beianMenu?: { onCommand(listener: (command: MenuCommand) => void): void };
  }
}

export {};
