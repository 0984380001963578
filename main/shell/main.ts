import { app, BrowserWindow, dialog, ipcMain, Menu, session, shell } from 'electron';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CONTENT_SECURITY_POLICY } from '../../shared/security.js';
import { createHost, type Host } from '../host/host.js';
import { argValue } from '../host/paths.js';
import { StoreLockedError } from '../host/store/lock.js';
import { IPC_CHANNEL, isAppUrl, windowOptions } from './windowOptions.js';

const indexUrl = pathToFileURL(fileURLToPath(new URL('../renderer/index.html', import.meta.url))).toString();
const preloadPath = fileURLToPath(new URL('./preload.cjs', import.meta.url));
let mainWindow: BrowserWindow | null = null;
let host: Host | null = null;

if (!app.requestSingleInstanceLock()) app.quit();

app.on('second-instance', () => {
  if (mainWindow) {
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  }
});

// Every web contents, including any a bug might create, is kept on the app page and cannot open windows.
app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, indexUrl)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (url.startsWith('https://')) void shell.openExternal(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
});

async function start(): Promise<void> {
  const dataDir = argValue(process.argv, 'data') ?? process.env.CORDON_DATA_DIR ?? app.getPath('userData');
  try {
    host = await createHost({ dataDir });
  } catch (err) {
    const message = err instanceof StoreLockedError ? err.message : `Cordon could not open its data: ${(err as Error).message}`;
    dialog.showErrorBox('Cordon', message);
    app.exit(1);
    return;
  }
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ipcMain.handle(IPC_CHANNEL, (event, op: unknown, input: unknown, token: unknown) => {
    // Only the app's own page may call the host.
    if (!event.senderFrame || !isAppUrl(event.senderFrame.url, indexUrl) || typeof op !== 'string') {
      return { ok: false, error: { code: 'forbidden', message: 'Unknown caller' } };
    }
    return host!.dispatch({ op, input }, typeof token === 'string' ? token : undefined);
  });
  Menu.setApplicationMenu(null);
  mainWindow = new BrowserWindow(windowOptions(preloadPath));
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  await mainWindow.loadURL(indexUrl);
}

app.whenReady().then(start, (err: unknown) => {
  console.error(err);
  app.exit(1);
});
app.on('window-all-closed', () => app.quit());
app.on('will-quit', () => host?.close());
