import { UNIT_SCOPED_ROLES } from '../../shared/auth/roles.js';
import type { User } from '../../shared/system/schema.js';
import { refuse } from './errors.js';

/** The units a caller may see and act on: null for everyone, or the class teacher's own units. */
export function unitScope(user: User | null): ReadonlySet<string> | null {
  if (!user || !UNIT_SCOPED_ROLES.includes(user.role)) return null;
  return new Set(user.unitIds);
}

/** Refuses an act on a unit outside the caller's scope; the field names where the unit was given. */
export function assertInScope(user: User | null, unitId: string, field = 'unitId'): void {
  const scope = unitScope(user);
  if (scope && !scope.has(unitId)) throw refuse('auth.outsideUnits', {}, { field });
}
