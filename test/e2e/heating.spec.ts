import { expect, test, type Page } from '@playwright/test';
import type { CoverageNow } from '../../shared/heating/contract.js';
import { join } from 'node:path';
import { ARTIFACTS, demoCampus, shot, signIn, startServer, type TestServer } from './server.js';

test.describe.configure({ mode: 'serial' });

let server: TestServer;
let token: string;

test.beforeAll(async () => {
  server = await startServer();
  token = await demoCampus(server);
});
test.afterAll(async () => server?.close());

const coverageNow = () => server.api<CoverageNow>('heating.coverage', {}, token);

async function openHeating(page: Page, section = ''): Promise<void> {
  await page.goto(`${server.url}#/heating${section ? `/${section}` : ''}`);
  await page.getByTestId('page-heating').waitFor();
}

test('a round with two cold rooms: coverage drops and both rooms head the coldest list', async ({ page }) => {
  const before = await coverageNow();
  await signIn(page, server, 'en');
  await openHeating(page);
  await expect(page.getByTestId('coverage-gaps')).toContainText(String(before.gap.spaces));
  const peopleBefore = await page.getByTestId('coverage-people').locator('.heat-big').innerText();
  await expect(page.getByTestId('heating-coverage-chart').locator('svg.recharts-surface[role="application"]')).toBeVisible();
  await shot(page, 'heating-overview-before-en');

  // A building where every space is warm now, so each of its two cold rooms is a new gap.
  const coldBuildings = new Set(before.coldest.filter((s) => s.status === 'gap').map((s) => s.buildingId));
  const building = (await server.api<{ rooms: { buildingId?: string }[] }>('heating.rooms.list', {}, token)).rooms.find(
    (r) => r.buildingId !== undefined && !coldBuildings.has(r.buildingId),
  )!.buildingId!;
  await page.getByTestId('heating-tab-round').click();
  await page.getByTestId('round-building').selectOption(building);
  const inputs = page.locator('[data-testid^="round-input-"]');
  await expect(inputs.first()).toBeVisible();
  const count = await inputs.count();
  expect(count).toBeGreaterThan(3);
  const names = await page.getByTestId('round-table').locator('tbody th').allInnerTexts();

  // By keyboard only: type, Tab to the next room, Enter saves the round.
  await inputs.first().focus();
  for (let i = 0; i < count; i += 1) {
    await page.keyboard.type(i === 0 ? '12.5' : i === 1 ? '13' : '20.5');
    if (i < count - 1) await page.keyboard.press('Tab');
  }
  await expect(page.getByTestId('round-table').locator('tr.row-danger')).toHaveCount(2);
  await shot(page, 'heating-round-filled-en');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('round-saved')).toContainText(`Saved ${count} readings; 2 below minimum.`);

  const after = await coverageNow();
  expect(after.gap.spaces).toBe(before.gap.spaces + 2);
  expect(after.byOccupants!.covered).toBeLessThan(before.byOccupants!.covered);

  await page.getByTestId('heating-tab-overview').click();
  await expect(page.getByTestId('coverage-gaps')).toContainText(String(before.gap.spaces + 2));
  const peopleAfter = await page.getByTestId('coverage-people').locator('.heat-big').innerText();
  expect(Number.parseFloat(peopleAfter)).toBeLessThan(Number.parseFloat(peopleBefore));
  const coldest = page.getByTestId('coldest-table').locator('tbody tr');
  await expect(coldest.nth(0)).toContainText(names[0]!);
  await expect(coldest.nth(0)).toContainText('12.5 °C');
  await expect(coldest.nth(1)).toContainText(names[1]!);
  await expect(coldest.nth(1)).toContainText('13.0 °C');
  await expect(coldest.nth(0)).toContainText('Below minimum');
  await shot(page, 'heating-overview-after-en');

  await page.goto(`${server.url}#/dashboard`);
  await expect(page.getByTestId('heating-card-warm')).toContainText('of people are warm enough');
  await expect(page.getByTestId('heating-card-fuel')).toContainText(/Coal lasts [\d.]+ days, until/);
  await shot(page, 'heating-dashboard-en');
});

test('an import with a bad row is refused whole; the preview names the line', async ({ page }) => {
  await signIn(page, server, 'en');
  await openHeating(page, 'import');
  const rooms = await server.api<{ rooms: { id: string; name: string }[] }>('heating.rooms.list', {}, token);
  // Newer than any demo reading, so the imported one becomes each room's latest.
  const at = new Date(Date.now() - 30_000).toISOString();
  const csv = `room,at,celsius\n${rooms.rooms[0]!.name},${at},19.5\nNo such room,${at},18\n${rooms.rooms[1]!.id},${at},hot\n`;
  await page.getByTestId('import-readings-file').setInputFiles({ name: 'readings.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await page.getByTestId('import-readings-preview').waitFor();
  const errors = page.getByTestId('import-readings-errors');
  await expect(errors).toContainText('unknown room "No such room"');
  await expect(errors).toContainText('must be a number such as 18.5');
  await expect(page.getByTestId('import-readings-commit')).toBeDisabled();
  await shot(page, 'heating-import-errors-en');

  const fixed = `room,at,celsius\n${rooms.rooms[0]!.name},${at},19.5\n${rooms.rooms[1]!.id},${at},17.5\n`;
  await page.getByTestId('import-readings-file').setInputFiles({ name: 'readings.csv', mimeType: 'text/csv', buffer: Buffer.from(fixed, 'utf8') });
  await expect(page.getByTestId('import-readings-rows').locator('tbody tr')).toHaveCount(2);
  await shot(page, 'heating-import-preview-en');
  await page.getByTestId('import-readings-commit').click();
  await expect(page.getByTestId('import-readings-done')).toContainText('Imported 2 readings for 2 spaces.');
  const latest = (await server.api<{ rooms: { id: string; latest: { celsius: number } | null }[] }>('heating.rooms.list', {}, token)).rooms;
  expect(latest.find((r) => r.id === rooms.rooms[1]!.id)!.latest!.celsius).toBe(17.5);
});

test('the same pages in Chinese', async ({ page }) => {
  await signIn(page, server, 'zh');
  await openHeating(page);
  await expect(page.getByTestId('heating-coverage')).toContainText('大家都暖和吗？');
  await expect(page.getByTestId('heating-fuel')).toContainText('燃煤');
  await shot(page, 'heating-overview-zh');
  await page.getByTestId('heating-tab-round').click();
  await expect(page.getByTestId('round-table')).toBeVisible();
  await shot(page, 'heating-round-zh');
  await page.getByTestId('heating-tab-rooms').click();
  await expect(page.getByTestId('rooms-table')).toBeVisible();
  await shot(page, 'heating-rooms-zh');
  await page.getByTestId('rooms-table').getByRole('button', { name: /^编辑 / }).first().click();
  await expect(page.getByTestId('room-dialog')).toBeVisible();
  await page.getByTestId('room-dialog').screenshot({ path: join(ARTIFACTS, 'heating-room-dialog-zh.png') });
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('room-dialog')).toHaveCount(0);
  await page.getByTestId('heating-tab-outdoor').click();
  await expect(page.getByTestId('heating-degree-days').locator('svg.recharts-surface[role="application"]')).toBeVisible();
  await shot(page, 'heating-outdoor-zh');
  await page.goto(`${server.url}#/dashboard`);
  await expect(page.getByTestId('heating-card-warm')).toContainText('的人员处于达标空间');
  await shot(page, 'heating-dashboard-zh');
});
