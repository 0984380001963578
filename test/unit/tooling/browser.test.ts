import { describe, expect, it } from 'vitest';
import { findChromium, provideChromium, provideCjkFont, systemChromiumPaths, type Machine } from '../../e2e/browser.js';

const MANAGED = '/home/dev/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome';

/** A machine where only the given files exist; installers record what they were asked and can make files appear. */
function fakeMachine(over: Partial<Machine> & { files?: string[]; reachable?: boolean; fonts?: boolean } = {}) {
  const files = new Set(over.files ?? []);
  let fonts = over.fonts ?? true;
  const did: string[] = [];
  const machine: Machine = {
    platform: 'linux',
    env: { PATH: '/usr/local/bin:/usr/bin:/bin' },
    distro: undefined,
    root: false,
    managedChromium: MANAGED,
    downloadHost: 'https://cdn.playwright.dev',
    isExecutable: (file) => files.has(file),
    downloadHostReachable: async () => over.reachable ?? false,
    installManagedChromium: (withDeps) => {
      did.push(withDeps ? 'playwright --with-deps' : 'playwright');
      files.add(MANAGED);
    },
    aptInstall: (packages) => {
      did.push(`apt ${packages.join(' ')}`);
      if (packages.includes('chromium')) files.add('/usr/bin/chromium');
      if (packages.includes('fonts-noto-cjk')) fonts = true;
    },
    cjkFontInstalled: () => fonts,
    ...over,
  };
  return { machine, did };
}

describe('finding Chromium for the end-to-end tests', () => {
  it('takes CHROMIUM_PATH first, over a system and a managed Chromium', () => {
    const { machine } = fakeMachine({ files: ['/opt/mine/chrome', '/usr/bin/chromium', MANAGED], env: { CHROMIUM_PATH: '/opt/mine/chrome' } });
    expect(findChromium(machine)).toEqual({ path: '/opt/mine/chrome', source: 'CHROMIUM_PATH' });
  });

  it('refuses a CHROMIUM_PATH that is not there rather than quietly using another browser', () => {
    const { machine } = fakeMachine({ files: ['/usr/bin/chromium'], env: { CHROMIUM_PATH: '/opt/typo/chrome' } });
    expect(() => findChromium(machine)).toThrow(/CHROMIUM_PATH is \/opt\/typo\/chrome/);
  });

  it('prefers the system Chromium to Chrome, and either to Playwright\'s own', () => {
    expect(findChromium(fakeMachine({ files: ['/usr/bin/google-chrome', '/usr/bin/chromium', MANAGED] }).machine)).toEqual({ path: '/usr/bin/chromium', source: 'system' });
    expect(findChromium(fakeMachine({ files: ['/opt/google/chrome/chrome', MANAGED] }).machine)).toEqual({ path: '/opt/google/chrome/chrome', source: 'system' });
    expect(findChromium(fakeMachine({ files: [MANAGED] }).machine)).toEqual({ path: MANAGED, source: 'playwright' });
  });

  it('looks on PATH but not in snap\'s folders', () => {
    const env = { PATH: '/snap/bin:/home/dev/bin' };
    expect(findChromium(fakeMachine({ env, files: ['/snap/bin/chromium', '/home/dev/bin/chromium'] }).machine)?.path).toBe('/home/dev/bin/chromium');
    expect(findChromium(fakeMachine({ env, files: ['/snap/bin/chromium'] }).machine)).toBeUndefined();
  });

  it('knows where Chrome and Chromium live on macOS and Windows', () => {
    expect(systemChromiumPaths('darwin', { HOME: '/Users/li' })).toEqual([
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Users/li/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Users/li/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    ]);
    const windows = systemChromiumPaths('win32', { PROGRAMFILES: 'C:\\Program Files', LOCALAPPDATA: 'C:\\Users\\li\\AppData\\Local' });
    expect(windows).toContain('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe');
    expect(windows).toContain('C:\\Users\\li\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe');
    const { machine } = fakeMachine({ platform: 'win32', env: { PROGRAMFILES: 'C:\\Program Files' }, files: ['C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'] });
    expect(findChromium(machine)).toEqual({ path: 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe', source: 'system' });
  });
});

describe('providing Chromium when none is found', () => {
  it('says which browser it found, and installs nothing', async () => {
    const { machine, did } = fakeMachine({ files: ['/usr/bin/chromium'], reachable: true, root: true, distro: 'debian' });
    expect(await provideChromium(machine)).toEqual({ path: '/usr/bin/chromium', said: 'End-to-end browser: /usr/bin/chromium (system Chromium).' });
    expect(did).toEqual([]);
  });

  it('installs Playwright\'s Chromium where its download host answers, with system libraries when root on Debian', async () => {
    const plain = fakeMachine({ reachable: true });
    const provided = await provideChromium(plain.machine);
    expect(provided.path).toBe(MANAGED);
    expect(provided.said).toMatch(/installed Playwright's Chromium \(npx playwright install chromium\)/);
    expect(plain.did).toEqual(['playwright']);
    const root = fakeMachine({ reachable: true, root: true, distro: 'debian' });
    await provideChromium(root.machine);
    expect(root.did).toEqual(['playwright --with-deps']);
  });

  it('falls back to Debian\'s chromium package when the download host is unreachable and the user is root on Debian', async () => {
    const { machine, did } = fakeMachine({ reachable: false, root: true, distro: 'debian' });
    expect(await provideChromium(machine)).toEqual({
      path: '/usr/bin/chromium',
      said: "End-to-end browser: none found, so installed Debian's chromium package (apt-get install chromium) at /usr/bin/chromium.",
    });
    expect(did).toEqual(['apt chromium']);
  });

  it('falls back to apt-get when Playwright\'s install fails', async () => {
    const { machine, did } = fakeMachine({
      reachable: true,
      root: true,
      distro: 'debian',
      installManagedChromium: () => {
        throw new Error('Download failed: server returned code 403');
      },
    });
    expect((await provideChromium(machine)).path).toBe('/usr/bin/chromium');
    expect(did).toEqual(['apt chromium']);
  });

  it('stops with one message naming the command when nothing can be installed', async () => {
    const offMac = fakeMachine({ platform: 'darwin', env: { HOME: '/Users/li' }, reachable: false });
    await expect(provideChromium(offMac.machine)).rejects.toThrow(
      'no Chromium found, and none could be installed (https://cdn.playwright.dev is not reachable; not Debian, so no apt-get install chromium). ' +
        'Run `npx playwright install chromium` on a network that reaches https://cdn.playwright.dev, or set CHROMIUM_PATH to a Chromium or Chrome, then run `npm test` again.',
    );
    expect(offMac.did).toEqual([]);
    const debianUser = fakeMachine({ distro: 'debian', root: false, reachable: false });
    await expect(provideChromium(debianUser.machine)).rejects.toThrow(/not root, so apt-get cannot install chromium\)\. Run `sudo apt-get install chromium`/);
    // Ubuntu has apt but no `chromium` package (it is a snap there), so apt-get is not tried.
    const ubuntuRoot = fakeMachine({ distro: 'debian-like', root: true, reachable: false });
    await expect(provideChromium(ubuntuRoot.machine)).rejects.toThrow(/Run `npx playwright install chromium`/);
    expect(ubuntuRoot.did).toEqual([]);
  });
});

describe('CJK fonts for the end-to-end tests', () => {
  it('does nothing where a CJK font is installed or there is nothing to check (macOS, Windows)', () => {
    const found = fakeMachine({ fonts: true, root: true, distro: 'debian' });
    expect(provideCjkFont(found.machine)).toBeUndefined();
    const mac = fakeMachine({ platform: 'darwin', cjkFontInstalled: () => undefined });
    expect(provideCjkFont(mac.machine)).toBeUndefined();
    expect([...found.did, ...mac.did]).toEqual([]);
  });

  it('installs Noto CJK as root on Debian and derivatives, and says so', () => {
    const { machine, did } = fakeMachine({ fonts: false, root: true, distro: 'debian-like' });
    expect(provideCjkFont(machine)).toBe('End-to-end fonts: no CJK font found, so installed fonts-noto-cjk (apt-get).');
    expect(did).toEqual(['apt fonts-noto-cjk fontconfig']);
  });

  it('stops with the command to run where it cannot install', () => {
    expect(() => provideCjkFont(fakeMachine({ fonts: false, root: false, distro: 'debian' }).machine)).toThrow(/run `sudo apt-get install fonts-noto-cjk fontconfig`, then run `npm test` again\./);
    expect(() => provideCjkFont(fakeMachine({ fonts: false, distro: undefined }).machine)).toThrow(/sudo dnf install google-noto-sans-cjk-fonts/);
  });
});
