import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNEL } from './windowOptions.js';

// Exactly one function crosses into the page: the typed client's transport. No Node, no ipcRenderer itself.
contextBridge.exposeInMainWorld('cordon', {
  invoke: (op: string, input: unknown, token: string | undefined): Promise<unknown> => ipcRenderer.invoke(IPC_CHANNEL, op, input, token),
});
