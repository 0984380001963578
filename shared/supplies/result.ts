/** Why a supplies operation was refused; the host maps it to an ApiError (`field` and the numbers go to the UI). */
export type SupplyErrorCode =
  | 'invalid_quantity'
  | 'insufficient_stock'
  | 'exceeds_balance'
  | 'no_change'
  | 'already_disinfected'
  | 'disinfected_before_receipt';

export interface SupplyError {
  code: SupplyErrorCode;
  message: string;
  field?: string;
  requested?: number;
  available?: number;
}

export type SupplyResult<T> = { ok: true; value: T } | { ok: false; error: SupplyError };

export function refuse(error: SupplyError): { ok: false; error: SupplyError } {
  return { ok: false, error };
}
