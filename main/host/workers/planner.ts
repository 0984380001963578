import { parentPort, workerData } from 'node:worker_threads';
import { planMeals } from '../../../shared/canteen/planner.js';
import type { PlanningRequest, WorkerMessage } from '../planning.js';

/*
 * The planning worker: one per planning job, started by main/host/planning.ts. It plans the meals of the request
 * (workerData), reports each meal as it is done, and posts the result; the host's event loop stays free meanwhile.
 */
const port = parentPort;
if (!port) throw new Error('planner.ts runs as a worker thread');
const post = (message: WorkerMessage) => port.postMessage(message);
try {
  const results = planMeals({
    ...(workerData as PlanningRequest),
    onMeal: (result, done, total) => post({ kind: 'meal', meal: result.meal, done, total }),
  });
  post({ kind: 'result', results });
} catch (err) {
  post({ kind: 'error', message: err instanceof Error ? (err.stack ?? err.message) : String(err) });
}
