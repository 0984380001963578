import { describe, expect, it } from 'vitest';
import { degreeDays, heatingDegreeDays, recentMeanHdd } from '../../../shared/heating/degreeDays.js';

describe('heating degree-days', () => {
  it('is the shortfall of the daily mean below the base, never negative', () => {
    expect(heatingDegreeDays(-5, 18)).toBe(23);
    expect(heatingDegreeDays(18, 18)).toBe(0);
    expect(heatingDegreeDays(22, 18)).toBe(0);
    expect(heatingDegreeDays(10.5, 18)).toBeCloseTo(7.5);
  });

  it('builds a series in date order with the later entry for a repeated date', () => {
    const series = degreeDays(
      [
        { date: '2024-01-02', meanCelsius: 0 },
        { date: '2024-01-01', meanCelsius: 20 },
        { date: '2024-01-02', meanCelsius: 3 },
      ],
      18,
    );
    expect(series).toEqual([
      { date: '2024-01-01', meanCelsius: 20, hdd: 0 },
      { date: '2024-01-02', meanCelsius: 3, hdd: 15 },
    ]);
  });

  it('averages the recent days that have a reading, across a month end', () => {
    const series = degreeDays(
      [
        { date: '2024-01-28', meanCelsius: 0 }, // outside a 3-day window ending Feb 1
        { date: '2024-01-30', meanCelsius: 8 },
        { date: '2024-02-01', meanCelsius: 2 },
        { date: '2024-02-02', meanCelsius: -30 }, // after the window
      ],
      18,
    );
    expect(recentMeanHdd(series, '2024-02-01', 3)).toBe(13);
    expect(recentMeanHdd(series, '2023-12-01', 7)).toBeNull();
  });
});
