import { build as esbuild } from 'esbuild';
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build as viteBuild } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const BUILD_STAMP = `${root}dist/.build-stamp`;

/**
 * Builds the renderer with Vite and the main process with esbuild into dist/. The host is bundled so the packaged app
 * needs no node_modules; electron stays external because the runtime provides it.
 */
export async function buildAll(): Promise<void> {
  await viteBuild({ configFile: `${root}renderer/vite.config.ts`, logLevel: 'warn' });
  const common = { bundle: true, platform: 'node' as const, target: 'node20', sourcemap: true, logLevel: 'warning' as const, absWorkingDir: root, external: ['electron'] };
  // Bundled CommonJS dependencies call require(); ESM output needs one defined.
  const banner = { js: "import { createRequire as __cordonRequire } from 'node:module'; const require = __cordonRequire(import.meta.url);" };
  await esbuild({ ...common, format: 'esm', banner, entryPoints: { serve: 'main/serve.ts', shell: 'main/shell/main.ts', ...workerEntries() }, outdir: 'dist/main', outExtension: { '.js': '.js' } });
  // A sandboxed preload cannot be an ES module.
  await esbuild({ ...common, format: 'cjs', entryPoints: { preload: 'main/shell/preload.ts' }, outdir: 'dist/main', outExtension: { '.js': '.cjs' } });
  await mkdir(`${root}dist`, { recursive: true });
  await writeFile(BUILD_STAMP, new Date().toISOString());
}

/** Workers the host starts for work that would block it (the canteen planner). */
function workerEntries(): Record<string, string> {
  // main/host/planning.ts looks for it at dist/main/workers/planner.js, beside the bundled host.
  return { 'workers/planner': 'main/host/workers/planner.ts' };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = Date.now();
  await buildAll();
  console.log(`Built dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
