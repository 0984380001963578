/** Minutes since local midnight for a clock time HH:mm (already validated by clockTimeSchema). */
export function clockToMinutes(clock: string): number {
  const [hours, minutes] = clock.split(':');
  return Number(hours) * 60 + Number(minutes);
}

/** Clock time HH:mm for minutes since local midnight; meals never cross midnight, so 0 ≤ minutes < 1440. */
export function minutesToClock(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  return `${String(hours).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
