import type { MealPlan } from './schema.js';

type Published = Extract<MealPlan, { status: 'published' }>;

/**
 * The published plan a meal was served under on a day ("who ate where, when"): among the published plans covering the
 * day, the one most recently published before the meal began; a plan published only after the meal began counts when
 * no plan was out yet (the seating then was the one announced late), the earliest of those first. Undefined when no
 * published plan covers the day.
 *
 * `mealStart(plan)` is the instant (ms) the meal began on that day under the plan's own window, in the campus's local
 * time; `publishedAt` is compared as an instant, never as a string, because offsets may differ.
 */
export function planServed(plans: readonly MealPlan[], date: string, mealStart: (plan: Published) => number): Published | undefined {
  let before: { plan: Published; at: number } | undefined;
  let after: { plan: Published; at: number } | undefined;
  for (const plan of plans) {
    // Dates are zero-padded YYYY-MM-DD without offset, so string order is calendar order.
    if (plan.status !== 'published' || plan.from > date || plan.to < date) continue;
    const at = Date.parse(plan.publishedAt);
    if (at <= mealStart(plan)) {
      if (!before || at > before.at) before = { plan, at };
    } else if (!after || at < after.at) after = { plan, at };
  }
  return (before ?? after)?.plan;
}
