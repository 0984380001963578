import type { AppContract } from '../../../shared/contract/index.js';
import type { Handlers } from '../context.js';
import { campusHandlers } from './campus.js';
import { canteenHandlers } from './canteen.js';
import { heatingHandlers } from './heating.js';
import { rotationHandlers } from './rotation.js';
import { suppliesHandlers } from './supplies.js';
import { systemHandlers } from './system.js';

/** Every operation of the contract has exactly one handler: the type refuses a missing or extra one. */
export function allHandlers(version: string): Handlers<AppContract> {
  return {
    ...systemHandlers(version),
    ...campusHandlers(),
    ...canteenHandlers(),
    ...suppliesHandlers(),
    ...heatingHandlers(),
    ...rotationHandlers(),
  };
}
