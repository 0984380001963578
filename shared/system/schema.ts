import { z } from 'zod';
import { roleSchema } from '../auth/roles.js';
import { idSchema, isoDateTimeSchema, nameSchema, recordBase } from '../common/fields.js';

export const usernameSchema = z
  .string()
  .trim()
  .min(2, 'must be at least 2 characters')
  .max(40, 'must be at most 40 characters')
  .regex(/^[\p{L}\p{N}_.-]+$/u, 'may contain only letters, digits and _ . -');

export const passwordSchema = z.string().min(8, 'must be at least 8 characters').max(200, 'must be at most 200 characters');

export const userSchema = z.object({
  ...recordBase,
  username: usernameSchema,
  displayName: nameSchema,
  role: roleSchema,
  /** The units a class teacher looks after; empty for every other role. */
  unitIds: z.array(idSchema).default([]),
  /** `scrypt$N$r$p$salt$hash`, base64 parts: the parameters travel with the hash so they can be raised later. */
  passwordHash: z.string().min(1),
  active: z.boolean(),
});
export type User = z.infer<typeof userSchema>;
/** What leaves the host about a user: never the hash. */
export type PublicUser = Omit<User, 'passwordHash'>;

export const campusInfoSchema = z.object({
  name: z.string().trim().max(200),
  /** Set once the first administrator exists; the demo is offered until the campus holds data. */
  createdAt: isoDateTimeSchema.optional(),
});
export type CampusInfo = z.infer<typeof campusInfoSchema>;

export const auditEntrySchema = z.object({
  id: idSchema,
  seq: z.number().int().nonnegative(),
  at: isoDateTimeSchema,
  userId: z.string().nullable(),
  username: z.string().nullable(),
  op: z.string(),
  outcome: z.enum(['ok', 'denied', 'refused']),
  summary: z.string(),
  prevHash: z.string(),
  hash: z.string(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
