import type { ApiError } from '../../../shared/contract/define.js';
import { ApiFailure } from './client.js';

/** Any thrown value as the one error shape the UI shows; a failure to reach the host has no code of its own. */
export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiFailure) return err.error;
  const message = err instanceof Error ? err.message : String(err);
  return { kind: 'internal', code: 'host.internal', params: {}, message, details: { unreachable: true } };
}

export const isUnreachable = (error: ApiError) =>
  typeof error.details === 'object' && error.details !== null && 'unreachable' in error.details;

/** Throw from a form's submit to show a check the UI makes itself (e.g. two passwords differ) next to its field. */
export function fieldFailure(field: string, text: string): ApiFailure {
  return new ApiFailure({ kind: 'invalid_input', code: 'ui.worded', params: { text }, message: text, field });
}

type Listener = () => void;
const listeners = new Set<Listener>();

/** The App listens here to go back to sign-in when the host no longer knows the session (restart, idle, deactivated). */
export function onSessionLost(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Called with every failure the UI catches; a session failure without a field is a lost session, not a wrong password. */
export function noteFailure(error: ApiError): void {
  if (error.kind === 'unauthenticated' && !error.field) for (const l of listeners) l();
}
