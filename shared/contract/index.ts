import { settingsContract } from '../settings/contract.js';
import { systemContract } from '../system/contract.js';
import type { Contract } from './define.js';

/** Every operation the host offers, by name. Modules add theirs here. */
export const contract = {
  ...systemContract,
  ...settingsContract,
} satisfies Contract;

export type AppContract = typeof contract;
export type OpName = keyof AppContract;
