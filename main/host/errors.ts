import type { z } from 'zod';
import type { ApiError } from '../../shared/contract/define.js';
import { plainFormatter, wordError } from '../../shared/errors/catalog.js';
import { ERROR_KINDS, type ErrorKind } from '../../shared/errors/define.js';
import { errorsEn } from '../../shared/errors/en.js';
import { kindOf, type ErrorCode, type ErrorParams, type FieldIssue } from '../../shared/errors/index.js';
import { fieldIssues } from '../../shared/errors/zodIssues.js';

interface Where {
  /** The input field at fault, as a dotted path. */
  field?: string | undefined;
  /** Structured detail for the UI (the conflicts that block a publish, an import's rows). */
  details?: unknown;
  issues?: FieldIssue[];
}

/** A refusal a service reports to the caller; anything else thrown is an internal error. */
export class HostError extends Error {
  readonly kind: ErrorKind;
  readonly code: ErrorCode;
  readonly params: Readonly<Record<string, unknown>>;
  readonly field: string | undefined;
  readonly details: unknown;
  readonly issues: FieldIssue[] | undefined;

  constructor(code: ErrorCode, params: Readonly<Record<string, unknown>>, where?: Where);
  /** @deprecated Transitional: a kind and an English sentence, until every module declares its codes. */
  constructor(kind: ErrorKind, message: string, field?: string, details?: unknown);
  constructor(codeOrKind: ErrorCode | ErrorKind, paramsOrMessage: Readonly<Record<string, unknown>> | string, whereOrField?: Where | string, legacyDetails?: unknown) {
    const legacy = typeof paramsOrMessage === 'string';
    const code: ErrorCode = legacy ? 'legacy.text' : (codeOrKind as ErrorCode);
    const params = legacy ? { text: paramsOrMessage } : paramsOrMessage;
    super(wordError(errorsEn, code, params, plainFormatter));
    this.name = 'HostError';
    this.code = code;
    this.params = params;
    this.kind = legacy && (ERROR_KINDS as readonly string[]).includes(codeOrKind) ? (codeOrKind as ErrorKind) : kindOf(code);
    const where: Where = legacy ? { field: whereOrField as string | undefined, details: legacyDetails } : ((whereOrField as Where | undefined) ?? {});
    this.field = where.field ?? where.issues?.[0]?.field;
    this.details = where.details;
    this.issues = where.issues;
  }

  toApi(): ApiError {
    return {
      kind: this.kind,
      code: this.code,
      params: this.params,
      message: this.field && this.kind === 'invalid_input' && this.code !== 'legacy.text' ? `${this.field}: ${this.message}` : this.message,
      ...(this.field !== undefined ? { field: this.field } : {}),
      ...(this.issues !== undefined ? { issues: this.issues } : {}),
      ...(this.details !== undefined ? { details: this.details } : {}),
    };
  }
}

/** The one way a service refuses: a declared code with its parameters, optionally the field at fault. */
export function refuse<C extends ErrorCode>(code: C, params: ErrorParams<C>, where?: Where): HostError {
  return new HostError(code, params as Readonly<Record<string, unknown>>, where);
}

/** Every field a schema rejected, at once; the first one headlines. */
export function invalidInput(issues: FieldIssue[]): HostError {
  const first = issues[0] ?? { field: '', code: 'input.invalid' as const, params: {} };
  return new HostError(first.code, first.params, { field: first.field || undefined, issues });
}

export const notFound = (what: string, _id: string, field = 'id') => refuse('record.notFound', { what }, { field });

/** @deprecated Transitional, as the legacy HostError constructor. */
export function fieldError(field: string | undefined, reason: string, kind: ErrorKind = 'invalid_input', details?: unknown): HostError {
  return new HostError(kind, field ? `${field}: ${reason}` : reason, field, details);
}

/** Validates a whole record (after a patch is merged, when cross-field rules can first be seen), naming every field at fault. */
export function parseRecord<T>(schema: z.ZodType<T>, candidate: unknown): T {
  const res = schema.safeParse(candidate);
  if (res.success) return res.data;
  throw invalidInput(fieldIssues(res.error.issues, candidate));
}

/** Imports are all or nothing: one bad row refuses the file, with every error for the preview screen. */
export function importRefusal(errors: readonly unknown[]): HostError {
  return new HostError('rule_violation', `The file has ${errors.length} error(s); nothing was imported. Preview it again to see them.`, 'csv', { errors });
}
