import { z } from 'zod';
import { canteenSettingsSchema } from '../canteen/schema.js';
import { heatingSettingsSchema } from '../heating/schema.js';
import { rotationSettingsSchema } from '../rotation/schema.js';

/** Every rule default of DESIGN §1, editable and stored with the campus. Each module owns its section. */
export const settingsSchema = z.object({
  heating: heatingSettingsSchema.prefault({}),
  rotation: rotationSettingsSchema.prefault({}),
  canteen: canteenSettingsSchema.prefault({}),
});
export type Settings = z.infer<typeof settingsSchema>;

/** An update names only the sections it replaces: no defaults here, or a section left out would be reset. */
export const settingsUpdateSchema = z
  .object({
    heating: heatingSettingsSchema.optional(),
    rotation: rotationSettingsSchema.optional(),
    canteen: canteenSettingsSchema.optional(),
  })
  .strict();
