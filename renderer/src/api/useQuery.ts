import type { ApiError } from '../../../shared/contract/define.js';
import type { OpName } from '../../../shared/contract/index.js';
import { useCallback, useEffect, useRef, useState } from 'react';
import { api, type Input, type Output } from './client.js';
import { noteFailure, toApiError } from './errors.js';

export interface Query<T> {
  /** The last good answer; kept while a reload runs so the page does not flash. */
  data: T | undefined;
  error: ApiError | null;
  loading: boolean;
  reload(): void;
}

/** Calls a read operation when the component mounts and whenever `input` changes (compared by value). */
export function useQuery<K extends OpName>(op: K, input: Input<K>): Query<Output<K>> {
  const key = JSON.stringify(input);
  const [data, setData] = useState<Output<K>>();
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(true);
  const [round, setRound] = useState(0);
  const latest = useRef(0);

  useEffect(() => {
    const ticket = ++latest.current;
    setLoading(true);
    api
      .call(op, JSON.parse(key) as Input<K>)
      .then((value) => {
        if (ticket !== latest.current) return;
        setData(value);
        setError(null);
      })
      .catch((err: unknown) => {
        if (ticket !== latest.current) return;
        const e = toApiError(err);
        noteFailure(e);
        setError(e);
      })
      .finally(() => {
        if (ticket === latest.current) setLoading(false);
      });
  }, [op, key, round]);

  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { data, error, loading, reload };
}
