import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { clockFromArgs } from './host/clock.js';
import { createHost } from './host/host.js';
import { startHttp } from './host/http.js';
import { StoreLockedError } from './host/store/lock.js';
import { argValue, defaultDataDir } from './host/paths.js';

/** The built renderer sits beside the compiled host (dist/renderer) or, when run from source, under dist/. */
function rendererDir(): string {
  const candidates = ['../renderer', '../dist/renderer'].map((p) => fileURLToPath(new URL(p, import.meta.url)));
  const found = candidates.find((dir) => existsSync(`${dir}/index.html`));
  if (!found) throw new Error('The renderer is not built: run `npm run build` first.');
  return found;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const dataDir = argValue(argv, 'data') ?? defaultDataDir();
  const bindHost = argValue(argv, 'host') ?? process.env.CORDON_HOST ?? '127.0.0.1';
  const port = Number(argValue(argv, 'port') ?? process.env.CORDON_PORT ?? 5757);
  const clock = clockFromArgs(argv, (name) => argValue(argv, name));
  let host;
  try {
    host = await createHost({ dataDir, clock });
  } catch (err) {
    if (err instanceof StoreLockedError) {
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }
  const server = await startHttp({ host, rendererDir: rendererDir(), bindHost, port });
  const address = server.address();
  const shownPort = typeof address === 'object' && address ? address.port : port;
  const shownHost = bindHost.includes(':') ? `[${bindHost}]` : bindHost;
  console.log(`Cordon is serving ${dataDir}`);
  console.log(`Open http://${shownHost}:${shownPort}/ in a browser.`);
  if (clock.test) console.log(`Test clock: it is ${clock.now().toISOString()} here${clock.test.frozen ? ', and time stands still' : ''}.`);
  const stop = () => {
    server.close();
    host.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
