import { campusContract } from '../campus/contract.js';
import { canteenContract } from '../canteen/contract.js';
import { heatingContract } from '../heating/contract.js';
import { rotationContract } from '../rotation/contract.js';
import { settingsContract } from '../settings/contract.js';
import { suppliesContract } from '../supplies/contract.js';
import { systemContract } from '../system/contract.js';
import type { Contract } from './define.js';

/** Every operation the host offers, by name. Modules add theirs here. */
export const contract = {
  ...systemContract,
  ...settingsContract,
  ...campusContract,
  ...canteenContract,
  ...suppliesContract,
  ...heatingContract,
  ...rotationContract,
} satisfies Contract;

export type AppContract = typeof contract;
export type OpName = keyof AppContract;
