import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILD_STAMP, buildAll } from './build.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const args = process.argv.slice(2);
const serveOnly = args.includes('--serve');
const passThrough = args.filter((a) => a !== '--serve');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds when dist/ is missing or older than any source, so a fresh clone runs after `npm install` alone. */
async function ensureBuilt(): Promise<void> {
  const stamp = existsSync(BUILD_STAMP) ? statSync(BUILD_STAMP).mtimeMs : 0;
  const sources = Math.max(...['main', 'renderer', 'shared'].map((d) => newestSource(join(root, d))));
  if (stamp >= sources) return;
  console.log('Building Cordon …');
  await buildAll();
}

/** The Electron binary, or null: the npm package fetches it on first use, which fails where its host is unreachable. */
function electronBinary(): string | null {
  const pkg = join(root, 'node_modules', 'electron');
  const pathFile = join(pkg, 'path.txt');
  const located = () => (existsSync(pathFile) ? join(pkg, 'dist', readFileSync(pathFile, 'utf8')) : null);
  const found = located();
  if (found && existsSync(found)) return found;
  if (!existsSync(join(pkg, 'install.js'))) return null;
  console.log('Fetching the Electron binary …');
  const fetched = spawnSync(process.execPath, [join(pkg, 'install.js')], { stdio: 'ignore', timeout: 120_000 });
  const after = located();
  return fetched.status === 0 && after && existsSync(after) ? after : null;
}

function serve(): void {
  const child = spawn(process.execPath, ['--enable-source-maps', join(root, 'dist/main/serve.js'), ...passThrough], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
}

await ensureBuilt();
if (serveOnly) serve();
else {
  const binary = electronBinary();
  if (binary) {
    const child = spawn(binary, [root, ...passThrough], { stdio: 'inherit' });
    child.on('exit', (code) => process.exit(code ?? 0));
  } else {
    console.log('Electron is unavailable on this machine (its binary is not installed and could not be downloaded).');
    console.log('Starting serve mode instead: the same app in your browser.');
    serve();
  }
}
