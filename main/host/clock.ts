/**
 * The host's one source of time. Services read it through their context; serve mode can run on a test clock so that
 * tests and demos move time ("tomorrow morning") instead of waiting for it.
 */
export interface Clock {
  now(): Date;
  /** Present on a test clock: the UI shows a banner while it is in force. */
  readonly test?: { frozen: boolean };
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that starts at a given instant and then runs (offset) or stays (frozen) until moved. */
export class TestClock implements Clock {
  private offsetMs: number;
  private frozenAt: number | null;

  constructor(
    start: Date,
    frozen = false,
    private readonly real: () => number = Date.now,
  ) {
    this.offsetMs = start.getTime() - real();
    this.frozenAt = frozen ? start.getTime() : null;
  }

  get test() {
    return { frozen: this.frozenAt !== null };
  }

  now(): Date {
    return new Date(this.frozenAt ?? this.real() + this.offsetMs);
  }

  set(at: Date): void {
    if (this.frozenAt !== null) this.frozenAt = at.getTime();
    else this.offsetMs = at.getTime() - this.real();
  }

  advance(ms: number): void {
    this.set(new Date(this.now().getTime() + ms));
  }
}

/**
 * `--now ISO` is honoured only beside `--test-clock`, so a stray flag can never make a real campus run on false time.
 * `--frozen-clock` stops it at that instant.
 */
export function clockFromArgs(argv: readonly string[], value: (name: string) => string | undefined): Clock {
  if (!argv.includes('--test-clock')) {
    if (value('now') !== undefined) throw new Error('--now needs --test-clock: a test clock is for tests and demos only.');
    return systemClock;
  }
  const raw = value('now');
  const start = raw === undefined ? new Date() : new Date(raw);
  if (Number.isNaN(start.getTime())) throw new Error(`--now ${raw}: not a date-time; write it as 2026-12-01T08:00+08:00`);
  return new TestClock(start, argv.includes('--frozen-clock'));
}
