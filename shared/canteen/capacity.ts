/** Distanced capacity (R7): people a zone may seat with one-metre spacing; rounded down, never over the rule. */
export function distancedCapacity(seats: number, occupancyPct: number): number {
  // Multiply before dividing: seats × (pct / 100) in floating point can land just under an integer (0.29 × 100).
  return Math.floor((seats * occupancyPct) / 100);
}
