import type { Role } from '../../../../shared/auth/roles.js';
import { useSession } from '../../session.js';

/** The host refuses others; the UI only spares them buttons that would be refused. Mirrors shared/heating/contract.ts. */
const RECORDERS: readonly Role[] = ['administrator', 'logistics'];
const ROOM_EDITORS: readonly Role[] = ['administrator'];

export function useHeatingAccess() {
  const { user } = useSession();
  return { canRecord: RECORDERS.includes(user.role), canEditRooms: ROOM_EDITORS.includes(user.role) };
}
