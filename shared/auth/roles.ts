import { z } from 'zod';

/**
 * Who may do what (DESIGN §2): the administrator runs everything but approvals; the principal approves, reports and
 * sees everything; logistics keeps supplies and heating; the school doctor runs health checks, cases and isolation;
 * a class teacher checks and looks after their own units only (the user's `unitIds`; the host enforces the scope).
 */
export const ROLES = ['administrator', 'principal', 'logistics', 'doctor', 'classTeacher'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** Roles whose reach is limited to the units they are linked to. */
export const UNIT_SCOPED_ROLES: readonly Role[] = ['classTeacher'];
