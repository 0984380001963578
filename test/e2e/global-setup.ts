import { spawnSync } from 'node:child_process';
import { accessSync, constants, readFileSync, realpathSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from '@playwright/test';
import { CHROMIUM_ENV, LAUNCH_ARGS, cannotStart, provideChromium, provideCjkFont, type Machine } from './browser.js';

/** Runs once before any worker starts: finds or installs the browser and fonts, proves the browser starts, hands its path to the workers. */
export default async function globalSetup(): Promise<void> {
  const machine = thisMachine();
  const browser = await provideChromium(machine);
  console.log(browser.said);
  const fonts = provideCjkFont(machine);
  if (fonts) console.log(fonts);
  try {
    const launched = await chromium.launch({ executablePath: browser.path, headless: true, args: LAUNCH_ARGS });
    await launched.close();
  } catch (error) {
    throw cannotStart(browser.path, browser.path === machine.managedChromium, error);
  }
  process.env[CHROMIUM_ENV] = browser.path;
}

function thisMachine(): Machine {
  const env = process.env;
  const downloadHost = env['PLAYWRIGHT_CHROMIUM_DOWNLOAD_HOST'] || env['PLAYWRIGHT_DOWNLOAD_HOST'] || 'https://cdn.playwright.dev';
  let aptUpdated = false;
  return {
    platform: process.platform,
    env,
    distro: process.platform === 'linux' ? debianFamily() : undefined,
    root: process.getuid?.() === 0,
    isExecutable(file) {
      try {
        accessSync(file, constants.X_OK);
        const stat = statSync(file);
        // A snap's private /tmp cannot hold Playwright's profile; Ubuntu's chromium-browser is a small script that runs the snap.
        const snap = realpathSync(file).startsWith('/snap/') || (stat.size < 16_384 && readFileSync(file, 'latin1').includes('/snap/bin/'));
        return stat.isFile() && !snap;
      } catch {
        return false;
      }
    },
    managedChromium: chromium.executablePath(),
    downloadHost,
    async downloadHostReachable() {
      // Node's fetch ignores proxy variables and Playwright's installer honours them: with a proxy, let the installer try.
      if (env['HTTPS_PROXY'] || env['https_proxy']) return true;
      try {
        await fetch(downloadHost, { method: 'HEAD', signal: AbortSignal.timeout(4000) });
        return true;
      } catch {
        return false;
      }
    },
    installManagedChromium(withSystemDeps) {
      const cli = createRequire(import.meta.url).resolve('@playwright/test/cli');
      // Inherited output: the download is large and Playwright shows its own progress.
      run(process.execPath, [cli, 'install', ...(withSystemDeps ? ['--with-deps'] : []), 'chromium'], 'inherit');
    },
    aptInstall(packages) {
      console.log(`Installing ${packages.join(', ')} with apt-get …`);
      if (!aptUpdated) run('apt-get', ['update', '-qq'], 'pipe');
      aptUpdated = true;
      run('apt-get', ['install', '-y', '-qq', ...packages], 'pipe');
    },
    cjkFontInstalled() {
      if (process.platform !== 'linux') return undefined;
      const listed = spawnSync('fc-list', [':lang=zh-cn', 'family'], { encoding: 'utf8' });
      return listed.status === 0 && listed.stdout.trim() !== '';
    },
  };
}

function run(command: string, args: string[], stdio: 'inherit' | 'pipe'): void {
  const result = spawnSync(command, args, { stdio, encoding: 'utf8', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${result.status}${result.stderr ? `: ${result.stderr.trim().split('\n').at(-1)}` : ''}`);
}

/** From /etc/os-release: Debian itself, a derivative (ID_LIKE names debian), or neither. */
function debianFamily(): Machine['distro'] {
  let text: string;
  try {
    text = readFileSync('/etc/os-release', 'utf8');
  } catch {
    return undefined;
  }
  const field = (name: string) => new RegExp(`^${name}="?([^"\\n]*)"?$`, 'm').exec(text)?.[1] ?? '';
  if (field('ID') === 'debian') return 'debian';
  return field('ID_LIKE').split(' ').includes('debian') ? 'debian-like' : undefined;
}
