import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * The window's security posture, kept apart from the code that opens it so a unit test can assert on it: no Node in
 * the renderer, an isolated and sandboxed preload, nothing that loosens web security.
 */
export function windowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1360,
    height: 860,
    minWidth: 1024,
    minHeight: 680,
    title: 'Cordon',
    show: false,
    backgroundColor: '#f5f7f8',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    },
  };
}

/** The renderer is loaded from this file URL only; anything else is navigation away from the app. */
export function isAppUrl(url: string, appIndexUrl: string): boolean {
  const strip = (u: string) => u.split('#')[0];
  return strip(url) === strip(appIndexUrl);
}

export const IPC_CHANNEL = 'cordon:invoke';
