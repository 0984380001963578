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
