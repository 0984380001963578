/** The meals of a day, in order. Kept apart from schema.ts so the planning worker's bundle does not carry zod. */
export const MEALS = ['breakfast', 'lunch', 'dinner'] as const;
export type Meal = (typeof MEALS)[number];
