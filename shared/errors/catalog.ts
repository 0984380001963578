import type { ParamKind, ParamSpec } from './define.js';
import { ERRORS, type ErrorCode, type Errors } from './index.js';

/** Parameters as a catalog receives them: each already formatted for the reader by its kind. */
export type Formatted<S extends ParamSpec> = { readonly [P in keyof S]: string };

/** The words for some codes in one language; `raw` is there for choices such as plurals. */
export type ModuleCatalog<T extends Record<string, { params: ParamSpec }>> = {
  readonly [C in keyof T]: (p: Formatted<T[C]['params']>, raw: Readonly<Record<keyof T[C]['params'], unknown>>) => string;
};

/** A whole language: the compiler refuses one that misses a code. */
export type Catalog = ModuleCatalog<Errors>;

/** How one language writes each kind of parameter. */
export interface ParamFormatter {
  number(value: number): string;
  dateTime(iso: string): string;
  date(isoDate: string): string;
  time(clock: string): string;
  list(values: readonly string[]): string;
  /** An enum value from `domain` in the reader's language. */
  label(domain: string, value: string): string;
}

function formatParam(kind: ParamKind, value: unknown, f: ParamFormatter): string {
  if (value === undefined || value === null) return '';
  if (kind === 'number' || kind === 'integer') return typeof value === 'number' ? f.number(value) : String(value);
  if (kind === 'dateTime') return f.dateTime(String(value));
  if (kind === 'date') return f.date(String(value));
  if (kind === 'time') return f.time(String(value));
  if (kind === 'list') return f.list(Array.isArray(value) ? value.map(String) : [String(value)]);
  if (kind.startsWith('labels:')) {
    const domain = kind.slice('labels:'.length);
    return f.list((Array.isArray(value) ? value : [value]).map((v) => f.label(domain, String(v))));
  }
  if (kind.startsWith('label:')) return f.label(kind.slice('label:'.length), String(value));
  return String(value);
}

/** Words a code and its parameters in the catalog's language; a parameter the code does not declare is ignored. */
export function wordError(catalog: Catalog, code: ErrorCode, params: Readonly<Record<string, unknown>>, f: ParamFormatter): string {
  const spec = ERRORS[code].params as ParamSpec;
  const formatted: Record<string, string> = {};
  for (const [name, kind] of Object.entries(spec)) formatted[name] = formatParam(kind, params[name], f);
  const word = catalog[code] as (p: Record<string, string>, raw: Readonly<Record<string, unknown>>) => string;
  return word(formatted, params);
}

/** The host's formatter: values as stored, for logs and API users. */
export const plainFormatter: ParamFormatter = {
  number: (n) => String(n),
  dateTime: (iso) => iso,
  date: (d) => d,
  time: (t) => t,
  list: (values) => values.join(', '),
  label: (_domain, value) => value,
};
