import { commonErrors, legacyErrors } from './common.js';
import type { ErrorKind, ParamsOf } from './define.js';

/** Every code the host can answer with. A module declares its codes in `<module>/errors.ts` and adds them here. */
export const ERRORS = {
  ...commonErrors,
  ...legacyErrors,
};

export type Errors = typeof ERRORS;
export type ErrorCode = keyof Errors;
export type ErrorParams<C extends ErrorCode> = ParamsOf<Errors[C]['params']>;

export const isErrorCode = (value: unknown): value is ErrorCode => typeof value === 'string' && Object.hasOwn(ERRORS, value);
export const kindOf = (code: ErrorCode): ErrorKind => ERRORS[code].kind;

/** One field's failure, as a form shows it beside that field. */
export interface FieldIssue {
  field: string;
  code: ErrorCode;
  params: Readonly<Record<string, unknown>>;
}
