/**
 * A deterministic source of numbers in [0, 1): the demo campus, the planner's search and the property tests must be
 * the same on every run for the same seed.
 */
export type Random = () => number;

/** mulberry32: tiny, fast and good enough for demo data and search orders; not for anything secret. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Integer in [0, n). */
export const randomInt = (random: Random, n: number): number => Math.floor(random() * n);

/** Integer in [min, max]. */
export const intBetween = (random: Random, min: number, max: number): number => min + randomInt(random, max - min + 1);

export const pick = <T>(random: Random, list: readonly T[]): T => list[randomInt(random, list.length)]!;

/** A Fisher–Yates shuffled copy. */
export function shuffled<T>(items: readonly T[], random: Random): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = randomInt(random, i + 1);
    [result[i], result[j]] = [result[j]!, result[i]!];
  }
  return result;
}
