import { z } from 'zod';

/** Stable record id: short, URL- and file-safe, never reused. */
export const idSchema = z
  .string()
  .min(1, 'must not be empty')
  .max(64, 'must be at most 64 characters')
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]*$/, 'may contain only letters, digits and _ . : -');

/** ISO 8601 date-time with an explicit offset: times are compared across time zones, so the offset is required. */
export const isoDateTimeSchema = z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date-time with offset' });

/** Calendar date (YYYY-MM-DD) in the campus's local calendar. */
export const isoDateSchema = z.iso.date({ message: 'must be a date YYYY-MM-DD' });

/** Clock time of day HH:mm in the campus's local time. */
export const clockTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time HH:mm');

export const nameSchema = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');

export const nonNegativeNumber = z.number({ message: 'must be a number' }).finite('must be finite').nonnegative('must not be negative');

/** Fields every stored record carries. */
export const recordBase = {
  id: idSchema,
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
};

export type Id = z.infer<typeof idSchema>;
export type IsoDateTime = string;
export type IsoDate = string;
