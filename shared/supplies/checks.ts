import type { AdjustInput, Disinfection, Lot } from './schema.js';
import type { SupplyResult } from './result.js';
import { refuse } from './result.js';
import { roundQuantity } from './stock.js';

/**
 * The signed movement quantity an adjustment makes on a lot holding `balance`: a write-off removes what it names,
 * a count correction moves the books to what was counted.
 */
export function adjustmentDelta(input: Pick<AdjustInput, 'reason' | 'quantity'>, balance: number): SupplyResult<number> {
  if (input.reason === 'countCorrection') {
    const delta = roundQuantity(input.quantity - balance);
    if (delta === 0) return refuse({ code: 'no_change', field: 'quantity', message: 'the count matches the balance' });
    return { ok: true, value: delta };
  }
  if (input.quantity > balance) {
    return refuse({
      code: 'exceeds_balance',
      field: 'quantity',
      message: `cannot write off ${input.quantity}: the lot holds ${balance}`,
      requested: input.quantity,
      available: balance,
    });
  }
  return { ok: true, value: -input.quantity };
}

/** R8: disinfection is recorded once, like an approval, and happens after the delivery arrived. */
export function checkDisinfection(lot: Pick<Lot, 'receivedAt' | 'disinfection'>, disinfection: Disinfection): SupplyResult<Disinfection> {
  if (lot.disinfection !== undefined) {
    return refuse({ code: 'already_disinfected', message: `disinfection was already recorded at ${lot.disinfection.at}` });
  }
  if (Date.parse(disinfection.at) < Date.parse(lot.receivedAt)) {
    return refuse({ code: 'disinfected_before_receipt', field: 'at', message: 'must not be before the lot was received' });
  }
  return { ok: true, value: disinfection };
}
