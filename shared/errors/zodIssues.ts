import type { z } from 'zod';
import { isErrorCode, type ErrorCode, type FieldIssue } from './index.js';

/*
 * A schema states its own reason by giving an error code as the message (`.regex(RE, { error: 'input.time' })`);
 * every other failure is named from zod's issue kind, so no schema needs a hand-written English sentence.
 */

type Issue = z.core.$ZodIssue;

/** zod's own messages; any other message was written by a schema. */
const ZOD_DEFAULT = /^(Invalid|Too (small|big)|Unrecognized)/;

const pathOf = (issue: Issue, extra: readonly PropertyKey[] = []) => [...issue.path, ...extra].map(String).join('.');

function bound(issue: Issue): number {
  const raw = 'minimum' in issue ? issue.minimum : 'maximum' in issue ? issue.maximum : 0;
  return Number(raw);
}

/** The value at an issue's path: zod leaves the input out of its issues unless asked, and a missing field reads best as "required". */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function generic(issue: Issue, input: unknown): { code: ErrorCode; params: Record<string, unknown> } {
  switch (issue.code) {
    case 'invalid_type': {
      if (valueAt(input, issue.path) === undefined) return { code: 'input.required', params: {} };
      const expected = String(issue.expected);
      if (expected === 'number' || expected === 'nan') return { code: 'input.notNumber', params: {} };
      if (expected === 'int') return { code: 'input.notWhole', params: {} };
      if (expected === 'string') return { code: 'input.notText', params: {} };
      if (expected === 'boolean') return { code: 'input.notBoolean', params: {} };
      if (expected === 'array') return { code: 'input.notList', params: {} };
      return { code: 'input.invalid', params: {} };
    }
    case 'too_small': {
      const min = bound(issue);
      if (issue.origin === 'string') return min <= 1 ? { code: 'input.required', params: {} } : { code: 'input.tooShort', params: { min } };
      if (issue.origin === 'array' || issue.origin === 'set') return { code: 'input.tooFew', params: { min } };
      if (min === 0) return { code: issue.inclusive ? 'input.negative' : 'input.notPositive', params: {} };
      return { code: 'input.tooSmall', params: { min } };
    }
    case 'too_big': {
      const max = bound(issue);
      if (issue.origin === 'string') return { code: 'input.tooLong', params: { max } };
      if (issue.origin === 'array' || issue.origin === 'set') return { code: 'input.tooMany', params: { max } };
      return { code: 'input.tooLarge', params: { max } };
    }
    case 'not_multiple_of':
      return { code: 'input.notWhole', params: {} };
    case 'invalid_format':
      if (issue.format === 'datetime') return { code: 'input.dateTime', params: {} };
      if (issue.format === 'date') return { code: 'input.date', params: {} };
      if (issue.format === 'time') return { code: 'input.time', params: {} };
      return { code: 'input.invalid', params: {} };
    case 'invalid_value':
      return { code: 'input.notOneOf', params: {} };
    default:
      return { code: 'input.invalid', params: {} };
  }
}

/** Every failure in a zod error as field issues, in input order; unknown keys become one issue per key. */
export function fieldIssues(issues: readonly Issue[], input: unknown): FieldIssue[] {
  const out: FieldIssue[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) out.push({ field: pathOf(issue, [key]), code: 'input.unknownField', params: {} });
      continue;
    }
    if (isErrorCode(issue.message)) {
      const params: Record<string, unknown> = { ...(issue.code === 'custom' ? issue.params : {}) };
      if ('minimum' in issue) params.min = bound(issue);
      if ('maximum' in issue) params.max = bound(issue);
      out.push({ field: pathOf(issue), code: issue.message, params });
      continue;
    }
    // Transitional: a schema still worded in English keeps its sentence until its module declares codes.
    if (!ZOD_DEFAULT.test(issue.message)) {
      const field = pathOf(issue);
      out.push({ field, code: 'legacy.text', params: { text: field ? `${field}: ${issue.message}` : issue.message } });
      continue;
    }
    out.push({ field: pathOf(issue), ...generic(issue, input) });
  }
  return out;
}
