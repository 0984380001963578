import { defineErrors, e } from './define.js';

/**
 * Codes every module shares: input that fails its schema (one per kind of check, so a form can show each field's
 * reason in the user's language), sign-in and roles, missing records, the store, and the host itself.
 */
export const commonErrors = defineErrors({
  // Schema checks; `input.*` always names a field.
  'input.required': e('invalid_input'),
  'input.invalid': e('invalid_input'),
  'input.unknownField': e('invalid_input'),
  'input.notText': e('invalid_input'),
  'input.notNumber': e('invalid_input'),
  'input.notWhole': e('invalid_input'),
  'input.notBoolean': e('invalid_input'),
  'input.notList': e('invalid_input'),
  'input.tooShort': e('invalid_input', { min: 'integer' }),
  'input.tooLong': e('invalid_input', { max: 'integer' }),
  'input.tooFew': e('invalid_input', { min: 'integer' }),
  'input.tooMany': e('invalid_input', { max: 'integer' }),
  'input.tooSmall': e('invalid_input', { min: 'number' }),
  'input.tooLarge': e('invalid_input', { max: 'number' }),
  'input.notPositive': e('invalid_input'),
  'input.negative': e('invalid_input'),
  'input.notOneOf': e('invalid_input'),
  'input.dateTime': e('invalid_input'),
  'input.date': e('invalid_input'),
  'input.time': e('invalid_input'),
  'input.idChars': e('invalid_input'),
  'input.usernameChars': e('invalid_input'),
  'input.inFuture': e('invalid_input'),
  'input.idTaken': e('conflict', { id: 'text' }),

  'auth.signInFirst': e('unauthenticated'),
  'auth.wrongPassword': e('unauthenticated'),
  'auth.roleNeeded': e('forbidden', { roles: 'labels:role', role: 'label:role' }),
  'auth.outsideUnits': e('forbidden'),

  'record.notFound': e('not_found', { what: 'label:record' }),
  'operation.unknown': e('unknown_operation', { op: 'text' }),
  'store.damaged': e('store_unavailable', { reason: 'text' }),
  'store.tooNew': e('store_unavailable', { found: 'integer', supported: 'integer' }),
  'host.internal': e('internal'),
  'http.usePost': e('invalid_input'),
  'http.notJson': e('invalid_input'),
  'http.unknownHost': e('forbidden'),
  /** A check the UI makes itself before sending (two passwords differ): already worded in the reader's language. */
  'ui.worded': e('invalid_input', { text: 'text' }),
});

/** Transitional: a module not yet moved to declared codes sends its English sentence here; it goes with the last one. */
export const legacyErrors = defineErrors({
  'legacy.text': e('invalid_input', { text: 'text' }),
});
