import { expect, test, type Page } from '@playwright/test';
import type { PlanSummary, PlanView } from '../../shared/canteen/contract.js';
import type { MealAssignment } from '../../shared/canteen/schema.js';
import { ADMIN, demoCampus, shot, signIn, startServer, type TestServer } from './server.js';

test.describe.configure({ mode: 'serial' });

let server: TestServer;
let token: string;

test.beforeAll(async () => {
  server = await startServer();
  token = await demoCampus(server);
});
test.afterAll(async () => server.close());

/** window.print() opens a dialog a headless browser cannot close; count the calls instead. */
async function stubPrint(page: Page): Promise<void> {
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void ((window as unknown as { printed: number }).printed += 1);
  });
}

async function latestPlan(): Promise<PlanView> {
  const [newest] = await server.api<PlanSummary[]>('canteen.plans.list', {}, token);
  return server.api<PlanView>('canteen.plans.get', { id: newest!.id }, token);
}

async function chooseMove(page: Page, unitId: string, to: MealAssignment): Promise<void> {
  const form = page.getByTestId('canteen-move');
  await form.getByTestId('move-unit').selectOption(unitId);
  await form.getByTestId('move-meal').selectOption('lunch');
  await form.getByTestId('move-canteen').selectOption(to.canteenId);
  await form.getByTestId('move-zone').selectOption(to.zoneId);
  await form.getByTestId('move-sitting').selectOption(to.start);
  await form.getByTestId('move-submit').click();
}

test('an administrator plans a week, moves a unit into a conflict, fixes it, publishes and prints a notice', async ({ page }) => {
  await stubPrint(page);
  await signIn(page, server, 'en');
  await page.getByTestId('nav-canteen').click();
  await expect(page.getByTestId('page-canteen')).toBeVisible();

  // The demo brings plan v1, already published; the plan made here is the next version.
  await page.getByTestId('plan-generate').click();
  await expect(page.getByTestId('canteen-message')).toContainText('Plan v2 drafted');
  await expect(page.getByTestId('canteen-no-conflicts')).toBeVisible();
  await expect(page.getByTestId('timeline-canteen-1').locator('.cp-tl-bar').first()).toBeVisible();
  await expect(page.getByTestId('chart-canteen-1').locator('.recharts-area-area')).toBeVisible();
  await expect(page.getByTestId('chart-canteen-1').locator('.recharts-line-curve')).toHaveAttribute('name', 'Distanced capacity');
  await expect(page.getByTestId('plan-publish')).toBeEnabled();
  await shot(page, 'canteen-plan-en');

  // Two units eating lunch in the same canteen, in different zone-slots.
  const plan = await latestPlan();
  const lunch = plan.plan.assignments.filter((a) => a.meal === 'lunch' && a.canteenId === 'canteen-1');
  const a = lunch[0]!;
  const b = lunch.find((x) => x.zoneId !== a.zoneId || x.start !== a.start)!;

  // Into b's zone-slot: one unit per zone-slot is the rule, so both are flagged at once and publishing stops.
  await chooseMove(page, a.unitId, b);
  await expect(page.getByTestId('canteen-conflicts')).toContainText('share one zone and sitting');
  await expect(page.getByTestId(`bar-${a.unitId}`)).toHaveClass(/cp-tl-conflict/);
  await expect(page.getByTestId(`bar-${b.unitId}`)).toHaveClass(/cp-tl-conflict/);
  await expect(page.getByTestId('plan-publish')).toBeDisabled();
  await expect(page.getByTestId('publish-blocked')).toContainText(/blocked by \d+ conflicts?/);
  // The host refuses too, whatever the page shows.
  await expect(server.api('canteen.plans.publish', { id: plan.plan.id }, token)).rejects.toThrow(/conflict/);
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, 'canteen-conflict-en');

  // Fix it by dragging the unit back to its own zone-slot, now free again.
  await page.getByTestId(`bar-${a.unitId}`).scrollIntoViewIfNeeded();
  await page.getByTestId(`bar-${a.unitId}`).dragTo(page.getByTestId(`drop-${a.zoneId}-${a.start}`));
  await expect(page.getByTestId('canteen-no-conflicts')).toBeVisible();
  await expect(page.getByTestId(`bar-${a.unitId}`)).not.toHaveClass(/cp-tl-conflict/);
  await page.getByTestId('plan-publish').click();
  await expect(page.getByTestId('canteen-message')).toContainText('Plan v2 is published');
  expect((await latestPlan()).plan.status).toBe('published');

  // The unit's printable notice, in English and then in Chinese.
  const unitName = plan.units.find((u) => u.id === a.unitId)!.name;
  await page.getByTestId('units-filter').fill(unitName);
  await page.getByTestId(`unit-row-${a.unitId}`).getByRole('link').click();
  const paper = page.getByTestId('notice-paper');
  await expect(paper).toContainText(`${unitName}: where and when to eat`);
  await expect(paper).toContainText(`${unitName} eats lunch ${a.start}–${a.end}`);
  await page.getByTestId('print-button').click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await shot(page, 'canteen-notice-en');
  await page.getByTestId('print-lang').selectOption('zh');
  await expect(paper).toContainText('就餐安排');
  await shot(page, 'canteen-notice-zh');
  await page.emulateMedia({ media: 'print' });
  await shot(page, 'canteen-notice-print');
  await page.emulateMedia({ media: 'screen' });
});

test('the planner, a region sheet and the dashboard card in Chinese', async ({ page }) => {
  await stubPrint(page);
  await signIn(page, server, 'zh', ADMIN);
  await expect(page.getByTestId('card-canteen')).toContainText('执行中');
  await shot(page, 'canteen-dashboard-zh');
  await page.getByTestId('nav-canteen').click();
  await expect(page.getByTestId('canteen-plan')).toContainText('已发布');
  await page.getByTestId('canteen-canteen-2').click();
  await expect(page.getByTestId('timeline-canteen-2').locator('.cp-tl-bar').first()).toBeVisible();
  await shot(page, 'canteen-plan-zh');
  await page.getByTestId('sheet-region-junior').click();
  await expect(page.getByTestId('notice-paper')).toContainText('食堂就餐安排汇总');
  await shot(page, 'canteen-sheet-zh');
});
