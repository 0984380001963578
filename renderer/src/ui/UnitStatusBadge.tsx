import type { UnitStatus } from '../../../shared/campus/schema.js';
import { useText } from '../i18n/lang.js';
import { unitStatusText } from '../i18n/unitStatus.js';
import { Icon } from './icons.js';

export interface UnitStatusBadgeProps {
  status: UnitStatus;
  /** Also show "Normal" (in a status column); by default a normal unit shows nothing, so flags stand out. */
  showNormal?: boolean;
}

const TONE: Record<UnitStatus, string> = { normal: 'neutral', observation: 'warning', isolated: 'danger' };

/**
 * The flag of a minimum control unit. Use it wherever a unit is named (tables, plans, notices, cards): an isolated or
 * observed unit must be recognisable everywhere it appears, by word and icon as well as colour.
 */
export function UnitStatusBadge({ status, showNormal = false }: UnitStatusBadgeProps) {
  const t = useText(unitStatusText);
  if (status === 'normal' && !showNormal) return null;
  return (
    <span className={`badge badge-${TONE[status]} unit-status unit-status-${status}`} data-testid="unit-status" data-status={status}>
      {status === 'normal' ? null : <Icon name="alert" size={14} />}
      {t[status]}
    </span>
  );
}
