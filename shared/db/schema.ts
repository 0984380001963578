import { z } from 'zod';
import { buildingSchema, personSchema, regionSchema, unitSchema } from '../campus/schema.js';
import { canteenSchema, mealPlanSchema } from '../canteen/schema.js';
import { outdoorSchema, readingSchema, roomSchema } from '../heating/schema.js';
import {
  candidateSchema,
  certificateSchema,
  natRoundSchema,
  riskAreaSchema,
  rotationSchema,
  staffRoleSchema,
  travelStaySchema,
} from '../rotation/schema.js';
import { itemSchema, lotSchema, movementSchema } from '../supplies/schema.js';
import { auditEntrySchema, campusInfoSchema, userSchema } from '../system/schema.js';
import { settingsSchema } from '../settings/schema.js';

export const SCHEMA_VERSION = 1;

/**
 * The core document: everything but the append-heavy histories. It stays small enough that a write (which rewrites
 * the collections a change touched) stays well under 50 ms on a 10,000-person campus.
 */
export const coreDocSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  campus: campusInfoSchema,
  settings: settingsSchema,
  users: z.array(userSchema),
  regions: z.array(regionSchema),
  buildings: z.array(buildingSchema),
  units: z.array(unitSchema),
  people: z.array(personSchema),
  canteens: z.array(canteenSchema),
  mealPlans: z.array(mealPlanSchema),
  roles: z.array(staffRoleSchema),
  candidates: z.array(candidateSchema),
  certificates: z.array(certificateSchema),
  travel: z.array(travelStaySchema),
  riskAreas: z.array(riskAreaSchema),
  natRounds: z.array(natRoundSchema),
  rotations: z.array(rotationSchema),
  items: z.array(itemSchema),
  lots: z.array(lotSchema),
  rooms: z.array(roomSchema),
  outdoor: z.array(outdoorSchema),
});
export type CoreDoc = z.infer<typeof coreDocSchema>;

/** Append-only histories, each kept in monthly files beside the core document. */
export const journalSchemas = {
  audit: auditEntrySchema,
  movements: movementSchema,
  readings: readingSchema,
};
export type Journals = { [K in keyof typeof journalSchemas]: z.infer<(typeof journalSchemas)[K]> };
export type JournalName = keyof Journals;

export function emptyDoc(): CoreDoc {
  return {
    schemaVersion: SCHEMA_VERSION,
    campus: { name: '' },
    settings: settingsSchema.parse({}),
    users: [],
    regions: [],
    buildings: [],
    units: [],
    people: [],
    canteens: [],
    mealPlans: [],
    roles: [],
    candidates: [],
    certificates: [],
    travel: [],
    riskAreas: [],
    natRounds: [],
    rotations: [],
    items: [],
    lots: [],
    rooms: [],
    outdoor: [],
  };
}
