import { z } from 'zod';
import { heatingSettingsSchema } from '../heating/schema.js';

/** Every rule default of DESIGN §1, editable and stored with the campus. Each module owns its section. */
export const settingsSchema = z.object({
  heating: heatingSettingsSchema.prefault({}),
});
export type Settings = z.infer<typeof settingsSchema>;
