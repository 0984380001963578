/*
 * Every refusal the host can give is a code from a closed list, declared once here in shared/ with the parameters it
 * carries. The host sends code + parameters; each language's catalog words them (the English one also gives the host
 * its log message), so no text is ever parsed back into meaning.
 */

/**
 * How a parameter is formatted before a catalog words it: `text` is shown as given (a proper name, a number plate);
 * `label:<domain>` is an enum value the renderer translates from its label table for that domain, `labels:<domain>` a
 * list of them.
 */
export type ParamKind = 'text' | 'number' | 'integer' | 'dateTime' | 'date' | 'time' | 'list' | `label:${string}` | `labels:${string}`;

type ValueOf<K extends ParamKind> = K extends 'number' | 'integer' ? number : K extends 'list' | `labels:${string}` ? readonly string[] : string;

export type ParamSpec = Readonly<Record<string, ParamKind>>;
export type ParamsOf<S extends ParamSpec> = { readonly [P in keyof S]: ValueOf<S[P]> };

/**
 * What kind of failure a code is; the UI headlines by kind and the HTTP layer maps kinds to status codes.
 * `refused` by a rule and `conflict` with stored data are both audited as refusals.
 */
export const ERROR_KINDS = [
  'unknown_operation',
  'invalid_input',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'rule_violation',
  'store_unavailable',
  'internal',
] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

export interface ErrorSpec<S extends ParamSpec = ParamSpec> {
  readonly kind: ErrorKind;
  readonly params: S;
}

/** Declares a module's codes; the literal types keep each code's parameters checked at every throw and in every catalog. */
export function defineErrors<const T extends Record<string, ErrorSpec>>(specs: T): T {
  return specs;
}

/** Shorthand for a spec: `e('conflict', { name: 'text' })`. */
export const e = <const K extends ErrorKind, const S extends ParamSpec = {}>(kind: K, params: S = {} as S): { kind: K; params: S } => ({
  kind,
  params,
});
