import type { Catalog } from './catalog.js';
import { commonEn } from './en.common.js';

/** English for every code: the renderer's English catalog and the host's log and API message. */
export const errorsEn: Catalog = {
  ...commonEn,
  'legacy.text': (p) => p.text,
};
