import type { Catalog } from '../../../../shared/errors/catalog.js';
import { localizeHostMessage } from '../hostMessages.js';
import { commonZh } from './zh.common.js';

/** Chinese for every code; the compiler refuses a catalog that misses one. */
export const errorsZh: Catalog = {
  ...commonZh,
  'legacy.text': (p) => localizeHostMessage(p.text, 'zh'),
};
