import type { z } from 'zod';
import type { ApiError, ErrorCode } from '../../shared/contract/define.js';

/** A failure a service reports to the caller as a typed error; anything else thrown is an internal error. */
export class HostError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'HostError';
  }

  toApi(): ApiError {
    return {
      code: this.code,
      message: this.message,
      ...(this.field !== undefined ? { field: this.field } : {}),
      ...(this.details !== undefined ? { details: this.details } : {}),
    };
  }
}

export const notFound = (what: string, id: string, field = 'id') => new HostError('not_found', `${what} ${id} does not exist`, field);

/** A refusal that names the input field at fault, in the same `field: reason` form dispatch uses for schema errors. */
export function fieldError(field: string | undefined, reason: string, code: ErrorCode = 'invalid_input', details?: unknown): HostError {
  return new HostError(code, field ? `${field}: ${reason}` : reason, field, details);
}

/** Validates a whole record (after a patch is merged, when cross-field rules can first be seen) and names the first field at fault. */
export function parseRecord<T>(schema: z.ZodType<T>, candidate: unknown): T {
  const res = schema.safeParse(candidate);
  if (res.success) return res.data;
  const issue = res.error.issues[0];
  throw fieldError(issue?.path.map(String).join('.') || undefined, issue?.message ?? 'is invalid');
}

/** Imports are all or nothing: one bad row refuses the file, with every error for the preview screen. */
export function importRefusal(errors: readonly unknown[]): HostError {
  return new HostError('rule_violation', `The file has ${errors.length} error(s); nothing was imported. Preview it again to see them.`, 'csv', { errors });
}
