import { describe, expect, it } from 'vitest';
import { isAppUrl, windowOptions } from '../../../main/shell/windowOptions.js';
import { CONTENT_SECURITY_POLICY } from '../../../shared/security.js';

describe('Electron window', () => {
  it('isolates the renderer: context isolation, sandbox, no Node', () => {
    const web = windowOptions('/app/preload.cjs').webPreferences!;
    expect(web).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, nodeIntegrationInWorker: false, nodeIntegrationInSubFrames: false, webSecurity: true, allowRunningInsecureContent: false, webviewTag: false });
    expect(web.preload).toBe('/app/preload.cjs');
  });

  it('allows navigation to the app page only', () => {
    const index = 'file:///opt/Cordon/resources/app.asar/dist/renderer/index.html';
    expect(isAppUrl(`${index}#/canteen`, index)).toBe(true);
    expect(isAppUrl('https://example.com/', index)).toBe(false);
    expect(isAppUrl('file:///etc/passwd', index)).toBe(false);
  });

  it('has a strict content security policy: own scripts only, no eval, no remote content', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
  });
});
