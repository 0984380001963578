// Runs a TypeScript worker from source (tsx, vitest, Playwright): registers tsx's loader in this thread, then imports
// the worker given as the last argument. Built, the worker is plain JavaScript and this file is not used.
import { tsImport } from 'tsx/esm/api';

await tsImport(process.argv.at(-1), import.meta.url);
