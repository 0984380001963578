import type { AppContract } from '../../../shared/contract/index.js';
import type { Handlers } from '../context.js';
import { systemHandlers } from './system.js';

/** Every operation of the contract has exactly one handler: the type refuses a missing or extra one. */
export function allHandlers(version: string): Handlers<AppContract> {
  return {
    ...systemHandlers(version),
  };
}
