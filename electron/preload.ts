import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNEL, MENU_CHANNEL, MENU_COMMANDS, METHOD_NAMES, type MenuCommand } from '../shared/api/methodNames';
import type { BeianBridge } from '../shared/api/contract';

/**
 * The sandboxed preload: `window.beian` holds one function per contract method and nothing else
 * (never ipcRenderer itself). It imports only the method-name list, so the bundle stays tiny and
 * requires nothing but 'electron' (all a sandboxed preload may require). The contract import above
 * is type-only and erased.
 */
const bridge = Object.fromEntries(
  METHOD_NAMES.map((method) => [method, (input: unknown) => ipcRenderer.invoke(IPC_CHANNEL, method, input)]),
) as unknown as BeianBridge;

contextBridge.exposeInMainWorld('beian', Object.freeze(bridge));

// Menu commands from the main process: only the known command names reach the page, never the event.
contextBridge.exposeInMainWorld(
  'beianMenu',
  Object.freeze({
    onCommand(listener: (command: MenuCommand) => void): void {
      ipcRenderer.on(MENU_CHANNEL, (_event, command: unknown) => {
        if ((MENU_COMMANDS as readonly unknown[]).includes(command)) listener(command as MenuCommand);
      });
    },
  }),
);
