import type { ApiError } from '../../../../shared/contract/define.js';
import type { PeopleQueryInput, PersonRow } from '../../../../shared/campus/peopleQuery.js';
import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../../api/client.js';
import { noteFailure, toApiError } from '../../api/errors.js';

export const BLOCK = 100;

export interface PeopleWindow {
  /** Matches of the query; undefined until the first block arrives. */
  total: number | undefined;
  onCampus: number;
  /** The row at a position, if its block has arrived. */
  row(index: number): PersonRow | undefined;
  /** Fetches the blocks covering positions first..last that are not here yet. */
  ensure(first: number, last: number): void;
  error: ApiError | null;
  loading: boolean;
  /** Drops what was fetched (after an edit) and starts again from the first block. */
  reload(): void;
}

/**
 * The people table's data: the host filters, sorts and pages, and this keeps the 100-row blocks fetched for the
 * current query. A new query starts afresh; answers to an older query are dropped.
 */
export function usePeopleWindow(query: Omit<PeopleQueryInput, 'offset' | 'limit'>): PeopleWindow {
  const key = JSON.stringify(query);
  const blocks = useRef(new Map<number, PersonRow[]>());
  const pending = useRef(new Set<number>());
  const generation = useRef(0);
  const [, setVersion] = useState(0);
  const [total, setTotal] = useState<number>();
  const [onCampus, setOnCampus] = useState(0);
  const [error, setError] = useState<ApiError | null>(null);
  const [round, setRound] = useState(0);

  const fetchBlock = useCallback(
    (block: number) => {
      if (blocks.current.has(block) || pending.current.has(block)) return;
      const ticket = generation.current;
      pending.current.add(block);
      setVersion((v) => v + 1);
      api
        .call('campus.people.query', { ...(JSON.parse(key) as typeof query), offset: block * BLOCK, limit: BLOCK })
        .then((page) => {
          if (ticket !== generation.current) return;
          blocks.current.set(block, page.rows);
          setTotal(page.total);
          setOnCampus(page.onCampus);
          setError(null);
        })
        .catch((err: unknown) => {
          if (ticket !== generation.current) return;
          const e = toApiError(err);
          noteFailure(e);
          setError(e);
        })
        .finally(() => {
          if (ticket !== generation.current) return;
          pending.current.delete(block);
          setVersion((v) => v + 1);
        });
    },
    // `query` is read through `key`, its value.
    [key],
  );

  useEffect(() => {
    generation.current += 1;
    blocks.current = new Map();
    pending.current = new Set();
    fetchBlock(0);
  }, [fetchBlock, round]);

  const ensure = useCallback(
    (first: number, last: number) => {
      for (let b = Math.max(0, Math.floor(first / BLOCK)); b <= Math.floor(last / BLOCK); b++) fetchBlock(b);
    },
    [fetchBlock],
  );

  return {
    total,
    onCampus,
    row: (index) => blocks.current.get(Math.floor(index / BLOCK))?.[index % BLOCK],
    ensure,
    error,
    loading: pending.current.size > 0,
    reload: useCallback(() => setRound((r) => r + 1), []),
  };
}
