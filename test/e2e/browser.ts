import path from 'node:path';

/**
 * Which Chromium the end-to-end tests drive and which CJK font they render with, found or installed before any test
 * starts. Decisions only: everything it looks at or does goes through a Machine, so the order can be tested with fakes.
 */

/** Flags every launch uses: headless under root in containers, and quiet (no background traffic to Google). */
export const LAUNCH_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/** Set by the global setup for the workers, which read it in the config: discovery runs once per run, not per worker. */
export const CHROMIUM_ENV = 'CORDON_E2E_CHROMIUM';

export const PLAYWRIGHT_INSTALL = 'npx playwright install chromium';

export interface Machine {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  /** Debian itself has a `chromium` package; derivatives (Ubuntu) have apt and fonts-noto-cjk but ship Chromium as a snap. */
  distro: 'debian' | 'debian-like' | undefined;
  root: boolean;
  /** A program this user can run that is not a snap. */
  isExecutable(file: string): boolean;
  /** Where Playwright keeps its own Chromium, whether or not it is installed there. */
  managedChromium: string;
  /** The host Playwright downloads Chromium from, for the messages. */
  downloadHost: string;
  downloadHostReachable(): Promise<boolean>;
  /** The installers throw with the reason when they fail. */
  installManagedChromium(withSystemDeps: boolean): void;
  aptInstall(packages: string[]): void;
  /** undefined where there is nothing to check: macOS and Windows ship CJK fonts. */
  cjkFontInstalled(): boolean | undefined;
}

/** Thrown when the tests cannot run here; its message alone is what the reader sees. */
export class SetupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Cannot run the end-to-end tests';
    // Playwright prints a code frame for a stack; the message says all there is to say.
    this.stack = message;
  }
}

const LINUX_NAMES = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];

/** Where Chromium and Chrome install themselves, most likely first. Not /snap: a snap's private /tmp cannot hold Playwright's profile. */
export function systemChromiumPaths(platform: NodeJS.Platform, env: Machine['env']): string[] {
  if (platform === 'win32') {
    const roots = [env['PROGRAMFILES'], env['PROGRAMFILES(X86)'], env['LOCALAPPDATA']].filter((root): root is string => !!root);
    return roots.flatMap((root) => [path.win32.join(root, 'Chromium', 'Application', 'chrome.exe'), path.win32.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe')]);
  }
  const fixed =
    platform === 'darwin'
      ? ['Chromium.app/Contents/MacOS/Chromium', 'Google Chrome.app/Contents/MacOS/Google Chrome'].flatMap((app) => [
          `/Applications/${app}`,
          ...(env['HOME'] ? [path.posix.join(env['HOME'], 'Applications', app)] : []),
        ])
      : [...LINUX_NAMES.map((name) => `/usr/bin/${name}`), '/opt/google/chrome/chrome'];
  const onPath = (env['PATH'] ?? '')
    .split(path.posix.delimiter)
    .filter((dir) => dir && !dir.startsWith('/snap'))
    .flatMap((dir) => LINUX_NAMES.map((name) => path.posix.join(dir, name)));
  return [...new Set([...fixed, ...onPath])];
}

export type ChromiumSource = 'CHROMIUM_PATH' | 'system' | 'playwright';
export interface Found {
  path: string;
  source: ChromiumSource;
}

/** A Chromium already on this machine: the one asked for, then the system's, then Playwright's own. */
export function findChromium(machine: Machine): Found | undefined {
  const asked = machine.env['CHROMIUM_PATH'];
  if (asked) {
    if (!machine.isExecutable(asked)) throw new SetupError(`CHROMIUM_PATH is ${asked}, which is not a program this user can run (or is a snap, which Playwright cannot drive). Point it at a Chromium or Chrome, or unset it to let the tests find or install one.`);
    return { path: asked, source: 'CHROMIUM_PATH' };
  }
  const system = systemChromiumPaths(machine.platform, machine.env).find((file) => machine.isExecutable(file));
  if (system) return { path: system, source: 'system' };
  if (machine.isExecutable(machine.managedChromium)) return { path: machine.managedChromium, source: 'playwright' };
  return undefined;
}

const FOUND_AS: Record<ChromiumSource, string> = { CHROMIUM_PATH: 'from CHROMIUM_PATH', system: 'system Chromium', playwright: "Playwright's Chromium" };

/** The Chromium to drive, installing one if the machine has none; `said` is the one line telling the reader what happened. */
export async function provideChromium(machine: Machine): Promise<{ path: string; said: string }> {
  const found = findChromium(machine);
  if (found) return { path: found.path, said: `End-to-end browser: ${found.path} (${FOUND_AS[found.source]}).` };

  const aptRoot = machine.root && machine.distro !== undefined;
  const whyNot: string[] = [];
  if (await machine.downloadHostReachable()) {
    try {
      machine.installManagedChromium(aptRoot);
      return { path: machine.managedChromium, said: `End-to-end browser: none found, so installed Playwright's Chromium (${PLAYWRIGHT_INSTALL}) at ${machine.managedChromium}.` };
    } catch (error) {
      whyNot.push(`${PLAYWRIGHT_INSTALL} failed: ${firstLine(error)}`);
    }
  } else {
    whyNot.push(`${machine.downloadHost} is not reachable`);
  }
  if (machine.root && machine.distro === 'debian') {
    try {
      machine.aptInstall(['chromium']);
      const installed = findChromium(machine);
      if (installed) return { path: installed.path, said: `End-to-end browser: none found, so installed Debian's chromium package (apt-get install chromium) at ${installed.path}.` };
      whyNot.push('apt-get installed chromium but it is not at /usr/bin/chromium');
    } catch (error) {
      whyNot.push(`apt-get install chromium failed: ${firstLine(error)}`);
    }
  } else {
    whyNot.push(machine.distro === 'debian' ? 'not root, so apt-get cannot install chromium' : 'not Debian, so no apt-get install chromium');
  }
  const command = machine.distro === 'debian' && !machine.root ? 'sudo apt-get install chromium' : PLAYWRIGHT_INSTALL;
  throw new SetupError(
    `no Chromium found, and none could be installed (${whyNot.join('; ')}). ` +
      `Run \`${command}\`${command === PLAYWRIGHT_INSTALL ? ` on a network that reaches ${machine.downloadHost}` : ''}, or set CHROMIUM_PATH to a Chromium or Chrome, then run \`npm test\` again.`,
  );
}

/** Chinese screens render as boxes without a CJK font; installs Noto CJK where it can. Returns a line to say, if it did anything. */
export function provideCjkFont(machine: Machine): string | undefined {
  if (machine.cjkFontInstalled() !== false) return undefined;
  // fontconfig too: without it there is no fc-list to confirm the fonts with.
  const packages = ['fonts-noto-cjk', 'fontconfig'];
  if (machine.root && machine.distro !== undefined) {
    try {
      machine.aptInstall(packages);
    } catch (error) {
      throw new SetupError(`no CJK font found, and apt-get install fonts-noto-cjk failed: ${firstLine(error)}`);
    }
    if (machine.cjkFontInstalled()) return 'End-to-end fonts: no CJK font found, so installed fonts-noto-cjk (apt-get).';
    throw new SetupError('apt-get installed fonts-noto-cjk, yet `fc-list :lang=zh-cn` still lists none.');
  }
  const how = machine.distro !== undefined ? `run \`sudo apt-get install ${packages.join(' ')}\`` : 'install Noto Sans CJK with your package manager (Fedora: `sudo dnf install google-noto-sans-cjk-fonts`, Arch: `sudo pacman -S noto-fonts-cjk`)';
  throw new SetupError(`no CJK font found (\`fc-list :lang=zh-cn\` lists none), so Chinese screens would render as boxes; ${how}, then run \`npm test\` again.`);
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.trim().split('\n')[0] ?? text;
}

/** The browser is there but does not start (missing libraries, not a browser at all): say so once, not in every test. */
export function cannotStart(found: string, managed: boolean, error: unknown): SetupError {
  const hint = managed ? ' Playwright\'s Chromium may lack system libraries: `sudo npx playwright install-deps chromium` installs them.' : ' Point CHROMIUM_PATH at a working Chromium or Chrome.';
  return new SetupError(`the Chromium at ${found} does not start: ${firstLine(error)}.${hint}`);
}
