import { ROTATION_DECIDERS, ROTATION_MAINTAINERS } from '../../../../shared/rotation/contract.js';
import { allows, useSession } from '../../session.js';

/** The host refuses others; the UI only spares them buttons that would be refused. */
export function useRotationAccess() {
  const { user } = useSession();
  return { canMaintain: allows(user, ROTATION_MAINTAINERS), canDecide: allows(user, ROTATION_DECIDERS) };
}
