import { expect, test, type Page } from '@playwright/test';
import type { PlanJob, PlanSummary, PlanView } from '../../shared/canteen/contract.js';
import type { Canteen } from '../../shared/canteen/schema.js';
import type { Settings } from '../../shared/settings/schema.js';
import { ADMIN, demoCampus, shot, signIn, startServer, type TestServer } from './server.js';

/*
 * Canteens and zones set up in the UI, and the canteen rules in Settings: an administrator adds a canteen with two
 * zones, changes the distanced occupancy and sees the capacity follow; a bad value is refused beside its field; a zone
 * a published plan uses cannot be removed; a draft is held to the rules in force; others only look.
 */
test.describe.configure({ mode: 'serial' });

let server: TestServer;
let token: string;
const LOGISTICS = { ...ADMIN, username: 'lu', password: 'logistics pass', displayName: '陆后勤' };

test.beforeAll(async () => {
  server = await startServer();
  token = await demoCampus(server);
  await server.api('users.create', { username: LOGISTICS.username, password: LOGISTICS.password, displayName: LOGISTICS.displayName, role: 'logistics' }, token);
});
test.afterAll(async () => server.close());

const occupancy = async () => (await server.api<Settings>('settings.get', {}, token)).canteen.occupancyPct;
const canteenNamed = async (name: string) => (await server.api<Canteen[]>('canteen.canteens.list', {}, token)).find((c) => c.name === name)!;

async function openCanteens(page: Page): Promise<void> {
  await page.getByTestId('nav-canteen').click();
  await page.getByTestId('canteen-tab-canteens').click();
  await expect(page.getByTestId('canteens')).toBeVisible();
}

async function setOccupancy(page: Page, value: string): Promise<void> {
  await page.getByTestId('nav-settings').click();
  const section = page.getByTestId('settings-canteen');
  await section.getByTestId('canteen-rule-occupancyPct').fill(value);
  await section.getByTestId('canteen-settings-save').click();
}

/** A published plan for the coming week (so its zones cannot be removed) and a draft copy of it. */
async function publishedPlanAndDraft(): Promise<{ published: PlanView; draft: PlanSummary }> {
  const from = new Date();
  const day = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  let job = await server.api<PlanJob>('canteen.plan.start', { from: day(from), to: day(new Date(from.getTime() + 6 * 86_400_000)) }, token);
  while (job.state === 'running') {
    await new Promise((resolve) => setTimeout(resolve, 50));
    job = await server.api<PlanJob>('canteen.plan.job', { id: job.id }, token);
  }
  if (job.state !== 'done') throw new Error('planning failed');
  await server.api('canteen.plans.publish', { id: job.planId }, token);
  const published = await server.api<PlanView>('canteen.plans.get', { id: job.planId }, token);
  const draft = await server.api<PlanSummary>('canteen.plans.copy', { id: job.planId }, token);
  return { published, draft };
}

test('an administrator adds a canteen with two zones, changes the occupancy in Settings and sees the capacity follow', async ({ page }) => {
  await signIn(page, server, 'en');
  await openCanteens(page);
  await expect(page.getByTestId('canteens')).toContainText('50 % of its seats');

  await page.getByTestId('canteen-add').click();
  const dialog = page.getByTestId('canteen-dialog');
  await expect(dialog.getByTestId('canteen-name')).toBeFocused();
  await page.keyboard.type('Annex');
  await dialog.getByTestId('canteen-region').selectOption({ index: 1 });
  const first = dialog.getByTestId('zone-row-0');
  await first.getByLabel('Name of zone 1').fill('A');
  await first.getByLabel('Seats in zone 1').fill('40');
  await expect(first).toContainText('20 distanced');
  // By keyboard: "Add zone" focuses the new zone's name, Tab goes to its seats, Enter saves.
  await dialog.getByTestId('zone-add').click();
  await expect(dialog.getByTestId('zone-row-1').getByTestId('zone-name')).toBeFocused();
  await page.keyboard.type('B');
  await page.keyboard.press('Tab');
  await page.keyboard.type('60');
  await expect(dialog.getByTestId('zone-row-1')).toContainText('30 distanced');
  await shot(page, 'canteen-admin-add-en');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('canteens-message')).toContainText('Annex is added.');
  await expect(dialog).toBeHidden();

  const annex = await canteenNamed('Annex');
  expect(annex.zones.map((z) => [z.name, z.seats])).toEqual([
    ['A', 40],
    ['B', 60],
  ]);
  const capacityOf = (zone: number) => page.getByTestId(`capacity-${annex.id}-${annex.zones[zone]!.id}`);
  await expect(capacityOf(0)).toHaveText('20 distanced');
  await expect(capacityOf(1)).toHaveText('30 distanced');
  await expect(page.getByTestId(`canteen-facts-${annex.id}`)).toHaveText('2 zones · 100 seats · 50 distanced');
  await shot(page, 'canteen-admin-canteens-en');

  // Occupancy 120 % is refused beside its field, and nothing is stored.
  await setOccupancy(page, '120');
  const section = page.getByTestId('settings-canteen');
  const field = section.locator('.field', { has: page.getByTestId('canteen-rule-occupancyPct') });
  await expect(field.locator('.field-error')).toHaveText('must be at most 100');
  await expect(section.getByTestId('canteen-rule-occupancyPct')).toHaveAttribute('aria-invalid', 'true');
  await expect(section.getByTestId('canteen-rule-occupancyPct')).toBeFocused();
  await expect(section.getByTestId('canteen-settings-saved')).toHaveCount(0);
  expect(await occupancy()).toBe(50);
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, 'canteen-admin-settings-refused-en');

  // 75 %: saved, and the canteen's distanced capacity follows.
  await section.getByTestId('canteen-rule-occupancyPct').fill('75');
  await section.getByTestId('canteen-rule-occupancyPct').press('Enter');
  await expect(section.getByTestId('canteen-settings-saved')).toBeVisible();
  await expect(field.locator('.field-error')).toHaveCount(0);
  expect(await occupancy()).toBe(75);
  await openCanteens(page);
  await expect(capacityOf(0)).toHaveText('30 distanced');
  await expect(capacityOf(1)).toHaveText('45 distanced');
  await expect(page.getByTestId(`canteen-facts-${annex.id}`)).toHaveText('2 zones · 100 seats · 75 distanced');
  await expect(page.locator('.page-subtitle')).toContainText('75 % of seats');
});

test('a zone a published plan uses cannot be removed; a draft is held to the rules in force', async ({ page }) => {
  const { published, draft } = await publishedPlanAndDraft();
  const used = published.plan.assignments[0]!;
  const canteen = published.canteens.find((c) => c.id === used.canteenId)!;
  const zone = canteen.zones.find((z) => z.id === used.zoneId)!;
  const row = canteen.zones.indexOf(zone);

  await signIn(page, server, 'en');
  await openCanteens(page);
  await page.getByTestId(`canteen-edit-${canteen.id}`).click();
  const dialog = page.getByTestId('canteen-dialog');
  await dialog.getByTestId(`zone-row-${row}`).getByRole('button', { name: `Remove zone ${zone.name}` }).click();
  await expect(dialog.getByTestId(`zone-row-${row}`)).toContainText('removed on saving');
  await dialog.getByTestId('canteen-save').click();
  // The host names the first published plan that seats units there (the demo comes with one of its own).
  await expect(dialog.getByTestId('zones-error')).toHaveText(new RegExp(`^zone ${zone.name} seats units in published plan v\\d+; rename it instead of removing it$`));
  await expect(dialog.getByTestId('error-banner')).toHaveCount(0);
  expect((await canteenNamed(canteen.name)).zones).toHaveLength(canteen.zones.length);
  await expect(dialog.getByTestId('zones-error')).toBeFocused();
  await shot(page, 'canteen-admin-zone-refused-en');

  // Kept and renamed instead: saved.
  await dialog.getByTestId(`zone-row-${row}`).getByRole('button', { name: `Keep zone ${zone.name}` }).click();
  await dialog.getByTestId(`zone-row-${row}`).getByTestId('zone-name').fill(`${zone.name} east`);
  await dialog.getByTestId('canteen-save').click();
  await expect(page.getByTestId('canteens-message')).toContainText(`${canteen.name} is saved.`);
  expect((await canteenNamed(canteen.name)).zones[row]).toMatchObject({ id: zone.id, name: `${zone.name} east` });

  // The draft was made under 75 %; at 30 % its fuller zone-slots are over capacity, and Settings says so.
  await setOccupancy(page, '30');
  const section = page.getByTestId('settings-canteen');
  await expect(section.getByTestId('canteen-settings-saved')).toBeVisible();
  await expect(section.getByTestId('canteen-settings-effect')).toContainText('A published plan keeps the rules it was published under');
  await expect(section.getByTestId('canteen-settings-draft')).toContainText(new RegExp(`Draft v${draft.version} has \\d+ conflicts? under the rules in force`));
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, 'canteen-admin-settings-draft-en');
  await section.getByRole('link', { name: 'Open the planner' }).click();
  await expect(page.getByTestId('canteen-plan')).toContainText('The canteen rules changed since this draft was made');
  await expect(page.getByTestId('plan-publish')).toBeDisabled();
});

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('the canteens, a refused removal and a refused occupancy', async ({ page }) => {
    const [canteen] = await server.api<Canteen[]>('canteen.canteens.list', {}, token);
    const plans = await server.api<PlanSummary[]>('canteen.plans.list', {}, token);
    const published = await server.api<PlanView>('canteen.plans.get', { id: plans.find((p) => p.status === 'published')!.id }, token);
    const row = canteen!.zones.findIndex((z) => published.plan.assignments.some((a) => a.canteenId === canteen!.id && a.zoneId === z.id));

    await signIn(page, server, 'zh');
    await openCanteens(page);
    await expect(page.getByTestId('canteens')).toContainText('为座位数的 30%');
    await shot(page, 'canteen-admin-canteens-zh');

    await page.getByTestId(`canteen-edit-${canteen!.id}`).click();
    const dialog = page.getByTestId('canteen-dialog');
    await dialog.getByTestId(`zone-row-${row}`).getByTestId('zone-remove').click();
    await dialog.getByTestId('canteen-save').click();
    await expect(dialog.getByTestId('zones-error')).toContainText('只能改名，不能删除');
    await expect(dialog.getByTestId('zones-error')).toBeFocused();
    await shot(page, 'canteen-admin-zone-refused-zh');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();

    await setOccupancy(page, '120');
    const section = page.getByTestId('settings-canteen');
    await expect(section.locator('.field-error')).toHaveText('不能大于 100');
    expect(await occupancy()).toBe(30);

    // A meal window ending before it starts is refused beside its end, in Chinese too.
    await section.getByTestId('canteen-rule-occupancyPct').fill('30');
    await section.getByLabel('午餐结束').fill('11:00');
    await section.getByTestId('canteen-settings-save').click();
    const lunchEnd = section.locator('.field', { has: page.getByTestId('canteen-rule-lunch-end') });
    await expect(lunchEnd.locator('.field-error')).toHaveText('结束时间必须晚于开始时间');
    await expect(section.locator('.field-error')).toHaveCount(1);
    expect((await server.api<Settings>('settings.get', {}, token)).canteen.windows.lunch.end).toBe('13:00');
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, 'canteen-admin-settings-refused-zh');
  });
});

test('logistics staff see the canteens and the rules but change neither', async ({ page }) => {
  await signIn(page, server, 'en', LOGISTICS);
  await openCanteens(page);
  await expect(page.getByTestId('canteens')).toContainText('Only administrators add or change canteens and zones.');
  await expect(page.getByTestId('canteen-add')).toHaveCount(0);
  await expect(page.locator('[data-testid^="canteen-edit-"]')).toHaveCount(0);
  await shot(page, 'canteen-admin-readonly-en');
  await page.getByTestId('nav-settings').click();
  const section = page.getByTestId('settings-canteen');
  await expect(section.getByTestId('canteen-rule-occupancyPct')).toBeDisabled();
  await expect(section.getByTestId('canteen-settings-save')).toHaveCount(0);
  await expect(section).toContainText('Only administrators can change these rules.');
  const logistics = (await server.api<{ token: string }>('auth.signIn', { username: LOGISTICS.username, password: LOGISTICS.password })).token;
  await expect(server.api('canteen.canteens.create', { name: 'Side', zones: [{ name: 'A', seats: 10 }] }, logistics)).rejects.toThrow(/needs the role administrator/);
});
