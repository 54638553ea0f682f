import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNEL, METHOD_NAMES } from '../shared/api/methodNames';
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
