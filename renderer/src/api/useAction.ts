import type { ApiError } from '../../../shared/contract/define.js';
import { useCallback, useRef, useState } from 'react';
import { noteFailure, toApiError } from './errors.js';

export interface Action {
  busy: boolean;
  /** The last run's failure, until the next run or clear(). */
  error: ApiError | null;
  /** Runs `fn` unless a run is under way; a throw becomes `error`. Resolves true when `fn` succeeded. */
  run(fn: () => Promise<unknown> | unknown): Promise<boolean>;
  clear(): void;
}

/** Busy and error state for something the user starts: a button, a form submit. */
export function useAction(): Action {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const running = useRef(false);

  const run = useCallback(async (fn: () => Promise<unknown> | unknown) => {
    if (running.current) return false;
    running.current = true;
    setBusy(true);
    setError(null);
    try {
      await fn();
      return true;
    } catch (err) {
      const e = toApiError(err);
      noteFailure(e);
      setError(e);
      return false;
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);

  const clear = useCallback(() => setError(null), []);
  return { busy, error, run, clear };
}
