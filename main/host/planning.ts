import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { planMeals, type MealPlanResult } from '../../shared/canteen/planner.js';
import type { PlannerInput } from '../../shared/canteen/projection.js';
import type { Meal } from '../../shared/canteen/schema.js';

/** What the host asks the planner for: a whole day's meals, posted to the worker as plain data. */
export type PlanningRequest = Omit<PlannerInput, 'meal'>;

export type WorkerMessage =
  | { kind: 'meal'; meal: Meal; done: number; total: number }
  | { kind: 'result'; results: MealPlanResult[] }
  | { kind: 'error'; message: string };

export interface PlanningOutcome {
  results: MealPlanResult[];
  /** False only when no worker script was found and the planner ran on the host's own thread. */
  inWorker: boolean;
}

export type OnMeal = (meal: Meal, done: number, total: number) => void;

/**
 * How to start the worker. Built, the host is bundled into dist/main/{serve,shell}.js and esbuild writes the worker
 * beside it as dist/main/workers/planner.js (main/tools/build.ts, workerEntries), so `./workers/planner.js` from this
 * module's URL finds it. From source (tsx, vitest, Playwright), this module is main/host/planning.ts and the worker is
 * the TypeScript beside it, started through workers/fromSource.mjs, which loads tsx in the worker thread first (a
 * worker does not inherit the parent's loader, and `--import tsx` in execArgv does not cover its entry). With neither
 * (a build that left the worker out), planning falls back to the host's thread: the host then answers nothing else for
 * the fraction of a second it takes, but the plan is the same.
 */
function workerScript(): { url: URL; argv: string[] } | null {
  const exists = (url: URL) => url.protocol === 'file:' && existsSync(fileURLToPath(url));
  const built = new URL('./workers/planner.js', import.meta.url);
  if (exists(built)) return { url: built, argv: [] };
  const source = new URL('./workers/planner.ts', import.meta.url);
  const runner = new URL('./workers/fromSource.mjs', import.meta.url);
  return exists(source) && exists(runner) ? { url: runner, argv: [source.href] } : null;
}

/** Plans a day's meals off the host's main thread, reporting each meal as it is done. */
export function runPlanning(request: PlanningRequest, onMeal: OnMeal): Promise<PlanningOutcome> {
  const script = workerScript();
  if (!script) {
    return Promise.resolve({ results: planMeals({ ...request, onMeal: (r, done, total) => onMeal(r.meal, done, total) }), inWorker: false });
  }
  return new Promise((resolve, reject) => {
    const worker = new Worker(script.url, { workerData: request, argv: script.argv });
    // A job must not keep a closing host's process alive.
    worker.unref();
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
      void worker.terminate();
    };
    worker.on('message', (message: WorkerMessage) => {
      if (message.kind === 'meal') onMeal(message.meal, message.done, message.total);
      else if (message.kind === 'result') settle(() => resolve({ results: message.results, inWorker: true }));
      else settle(() => reject(new Error(`the planner failed: ${message.message}`)));
    });
    worker.on('error', (err) => settle(() => reject(err)));
    worker.on('exit', (code) => settle(() => reject(new Error(`the planning worker stopped (exit code ${code}) before it finished`))));
  });
}
