import { z } from 'zod';
import { op } from '../contract/define.js';
import { settingsUpdateSchema, type Settings } from './schema.js';

export const settingsContract = {
  'settings.get': op<Settings>()({ input: z.object({}).strict(), access: 'signedIn', mutates: false }),
  /** Replaces whole sections; a section left out stays as it is. */
  'settings.update': op<Settings>()({ input: settingsUpdateSchema, access: ['administrator'], mutates: true }),
};
