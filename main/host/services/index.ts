import type { AppContract } from '../../../shared/contract/index.js';
import type { Handlers } from '../context.js';
import { campusHandlers } from './campus.js';
import { canteenHandlers } from './canteen.js';
import { heatingHandlers } from './heating.js';
import { rotationHandlers } from './rotation.js';
import { suppliesHandlers } from './supplies.js';
import { systemHandlers, type HostInfo } from './system.js';

/** Every operation of the contract has exactly one handler: the type refuses a missing or extra one. */
export function allHandlers(info: HostInfo): Handlers<AppContract> {
  return {
    ...systemHandlers(info),
    ...campusHandlers(),
    ...canteenHandlers(),
    ...suppliesHandlers(),
    ...heatingHandlers(),
    ...rotationHandlers(),
  };
}
