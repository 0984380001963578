import type { Item, MovementReason } from '../../../../shared/supplies/schema.js';
import type { LotState } from '../../../../shared/supplies/stock.js';
import { useMemo } from 'react';
import { useText } from '../../i18n/lang.js';
import { useNumbers } from '../../i18n/numbers.js';
import { suppliesText } from '../../i18n/supplies.js';

/** How supplies figures read in the current language: quantities with their unit, days, daily use, kinds. */
export function useSupplyFormat() {
  const t = useText(suppliesText);
  const numbers = useNumbers();
  return useMemo(() => {
    const n = numbers.format;
    return {
      n,
      qty: (quantity: number, item: Pick<Item, 'unit'>) => t.quantityUnit(n(quantity), item.unit),
      /** Days of cover to one decimal, or "not used" when nothing is used. */
      days: (days: number | null) => (days === null ? t.notUsed : t.days(n(Math.floor(days * 10) / 10))),
      rule: (item: Pick<Item, 'dailyUse' | 'unit'>) =>
        item.dailyUse.mode === 'perPerson' ? t.perPerson(n(item.dailyUse.amount), item.unit) : t.perDay(n(item.dailyUse.amount), item.unit),
      category: (item: Pick<Item, 'category'>) => t[`category_${item.category}`],
      subkind: (item: Pick<Item, 'subkind'>) => t[`subkind_${item.subkind}`],
      /** The kind in a word: the subkind, or the category when the subkind is "other". */
      kind: (item: Pick<Item, 'category' | 'subkind'>) => (item.subkind === 'other' ? t[`category_${item.category}`] : t[`subkind_${item.subkind}`]),
      state: (state: LotState) => t[`state_${state}`],
      reason: (reason: MovementReason) => t[`reason_${reason}`],
    };
  }, [t, numbers]);
}

export const STATE_TONES: Record<LotState, 'success' | 'warning' | 'danger' | 'neutral'> = {
  available: 'success',
  quarantined: 'warning',
  expired: 'danger',
  empty: 'neutral',
};
