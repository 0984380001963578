import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { demoCampus, shot, signIn, startServer, type TestServer } from './server.js';

test.describe.configure({ mode: 'serial' });

let server: TestServer;
let token: string;

test.beforeAll(async () => {
  server = await startServer();
  token = await demoCampus(server);
});
test.afterAll(async () => server?.close());

const HEADER = 'id,name,kind,boarding,presence,unitId,phone,idNumber';
const UNITS = ['unit-9-1', 'unit-9-2', 'unit-9-3'];
/** Person i is on line i + 1 (the header is line 1). */
const lineOf = (i: number) => i + 1;

/** 300 new students in three demo classes; every third is a day student at home. */
function person(i: number): string[] {
  const day = i % 3 === 0;
  return [`imp-${i}`, `导入学生${i}`, 'student', day ? 'day' : 'boarder', day ? 'atHome' : 'onCampus', UNITS[i % 3]!, `1380000${String(i).padStart(4, '0')}`, `ID-IMP-${i}`];
}

function csvOf(rows: string[][]): string {
  return `\uFEFF${[HEADER, ...rows.map((r) => r.join(','))].join('\r\n')}\r\n`;
}

const BAD = { unknownUnit: 50, missingName: 120, duplicateId: 200 };

function brokenCsv(): string {
  const rows = Array.from({ length: 300 }, (_, k) => person(k + 1));
  rows[BAD.unknownUnit - 1]![5] = 'unit-does-not-exist';
  rows[BAD.missingName - 1]![1] = '';
  rows[BAD.duplicateId - 1]![0] = 'imp-10';
  return csvOf(rows);
}

const cleanCsv = () => csvOf(Array.from({ length: 300 }, (_, k) => person(k + 1)));

interface UnitRow {
  id: string;
  status: string;
  headcount: { total: { onCampus: number; atHome: number } };
}
const unitsNow = () => server.api<UnitRow[]>('campus.units.list', {}, token);
const peopleTotal = async (search = '') => (await server.api<{ total: number }>('campus.people.query', { search, limit: 1 }, token)).total;

async function chooseCsv(page: Page, name: string, csv: string): Promise<void> {
  await page.getByTestId('import-file').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await page.getByTestId('import-preview').waitFor();
}

test('a CSV of 300 people with 3 bad rows: the preview lists exactly those rows, nothing is written; fixed, it imports and the counts appear', async ({ page }) => {
  const before = await unitsNow();
  const peopleBefore = await peopleTotal();
  await signIn(page, server, 'en');
  await page.goto(`${server.url}#/campus/transfer`);

  await chooseCsv(page, 'people-broken.csv', brokenCsv());
  await expect(page.getByTestId('import-summary')).toContainText('300 rows');
  await expect(page.getByTestId('import-error-line')).toHaveText([BAD.unknownUnit, BAD.missingName, BAD.duplicateId].map((i) => String(lineOf(i))));
  const errors = page.getByTestId('import-errors');
  await expect(errors).toContainText('unknown unit "unit-does-not-exist"');
  await expect(errors).toContainText('is required');
  await expect(errors).toContainText('duplicate id "imp-10"');
  await expect(page.getByTestId('import-confirm')).toHaveCount(0);
  await shot(page, 'campus-import-errors-en');
  expect(await peopleTotal()).toBe(peopleBefore);

  await chooseCsv(page, 'people.csv', cleanCsv());
  await expect(page.getByTestId('import-errors')).toHaveCount(0);
  await expect(page.getByTestId('import-summary')).toContainText('300 rows: 300 new, 0 changed, 0 unchanged');
  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('import-done')).toContainText('300 added, 0 updated, 0 unchanged');
  expect(await peopleTotal()).toBe(peopleBefore + 300);
  expect(await peopleTotal('imp-')).toBe(300);

  // The derived headcounts show the newcomers: boarders on campus, day students at home.
  await page.getByTestId('campus-tab-units').click();
  for (const [k, unitId] of UNITS.entries()) {
    const old = before.find((u) => u.id === unitId)!.headcount.total.onCampus;
    const added = Array.from({ length: 300 }, (_, j) => j + 1).filter((i) => i % 3 === k && i % 3 !== 0).length;
    await expect(page.getByTestId(`unit-headcount-${unitId}`)).toHaveText(String(old + added));
  }
  await page.getByTestId('unit-link-unit-9-2').click();
  await expect(page.getByTestId('unit-detail')).toBeVisible();
  await expect(page.getByTestId('people-count')).toContainText('people match');
  await shot(page, 'campus-unit-after-import-en');
});

test('isolating a unit flags it on its page, in the units list, in the people table and on the dashboard', async ({ page }) => {
  await signIn(page, server, 'en');
  await page.goto(`${server.url}#/campus/units/unit-7-1`);
  await expect(page.getByTestId('unit-title')).toContainText('Class 7-1');
  await expect(page.getByTestId('unit-title').getByTestId('unit-status')).toHaveCount(0);

  // The reason is required: the host refuses an empty one and says so beside the field.
  await page.getByTestId('status-to').selectOption('isolated');
  await page.getByTestId('status-submit').click();
  await expect(page.getByTestId('status-form')).toContainText('a reason is required');
  expect((await unitsNow()).find((u) => u.id === 'unit-7-1')!.status).toBe('normal');

  await page.getByTestId('status-reason').fill('Fever case reported at 07:40');
  await page.getByTestId('status-submit').click();
  await expect(page.getByTestId('unit-title').getByTestId('unit-status')).toHaveAttribute('data-status', 'isolated');
  await expect(page.getByTestId('status-history')).toContainText('Fever case reported at 07:40');
  await expect(page.getByTestId('status-history')).toContainText('Admin 管理员');
  // From isolation the only way is release to normal.
  await expect(page.getByTestId('status-to').locator('option')).toHaveText(['Normal']);
  await shot(page, 'campus-unit-isolated-en');

  await page.getByTestId('campus-tab-units').click();
  const row = page.getByTestId('units-table-region-junior').getByRole('row').filter({ has: page.getByTestId('unit-link-unit-7-1') });
  await expect(row.getByTestId('unit-status')).toHaveAttribute('data-status', 'isolated');
  await expect(page.getByTestId('units-summary')).toContainText('1 isolated');
  await shot(page, 'campus-units-en');
  // A long region folds away, by keyboard too.
  await page.getByTestId('toggle-region-region-senior').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('units-table-region-senior')).toBeHidden();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('units-table-region-senior')).toBeVisible();

  await page.getByTestId('campus-tab-people').click();
  await page.getByTestId('filter-unit-status').selectOption('isolated');
  await expect(page.getByTestId('people-count')).toContainText(/^\d+ people match/);
  const first = page.getByTestId('person-row').first();
  await expect(first).toContainText('Class 7-1');
  await expect(first.getByTestId('unit-status')).toHaveAttribute('data-status', 'isolated');
  await shot(page, 'campus-people-isolated-en');

  await page.getByTestId('nav-dashboard').click();
  await expect(page.getByTestId('card-isolated')).toHaveText('1');
  await expect(page.getByTestId('campus-card')).toContainText('Class 7-1');
  await shot(page, 'campus-dashboard-en');
});

test('people and units export, and the exported files import back with nothing to change', async ({ page }) => {
  const people = await peopleTotal();
  await signIn(page, server, 'en');
  await page.goto(`${server.url}#/campus/transfer`);

  for (const [kind, rows] of [
    ['people', people],
    ['units', (await unitsNow()).length],
  ] as const) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(`export-${kind}`).click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^${kind}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv.startsWith('\uFEFFid,name,kind')).toBe(true);
    expect(csv.trimEnd().split('\r\n')).toHaveLength(rows + 1);
    await expect(page.getByTestId('export-done')).toContainText(`${rows.toLocaleString('en')} rows`);

    await page.getByTestId('import-kind').selectOption(kind);
    await chooseCsv(page, download.suggestedFilename(), csv);
    await expect(page.getByTestId('import-summary')).toContainText(`0 new, 0 changed, ${rows.toLocaleString('en')} unchanged`);
    await expect(page.getByTestId('import-nothing')).toBeVisible();
    await expect(page.getByTestId('import-errors')).toHaveCount(0);
  }
  // The isolated unit survived the round trip with its history.
  expect((await unitsNow()).find((u) => u.id === 'unit-7-1')!.status).toBe('isolated');
  await shot(page, 'campus-roundtrip-en');
});

test('in Chinese: import errors, refusals and the flags read in Chinese', async ({ page }) => {
  await signIn(page, server, 'zh');
  await page.goto(`${server.url}#/campus/transfer`);
  await chooseCsv(page, '人员.csv', brokenCsv());
  await expect(page.getByTestId('import-errors')).toContainText('不存在的单元“unit-does-not-exist”');
  await expect(page.getByTestId('import-errors')).toContainText('编号“imp-10”重复');
  await shot(page, 'campus-import-errors-zh');

  // A unit with people cannot be deleted: the refusal says what to do.
  await page.goto(`${server.url}#/campus/units/unit-9-1`);
  await page.getByTestId('delete-unit').click();
  await page.getByTestId('confirm-delete-submit').click();
  await expect(page.getByTestId('confirm-delete')).toContainText('请先将他们调到其他单元');
  await shot(page, 'campus-delete-refused-zh');
  await page.keyboard.press('Escape');

  await page.goto(`${server.url}#/campus/units/unit-7-1`);
  await expect(page.getByTestId('unit-title')).toContainText('已隔离');
  await shot(page, 'campus-unit-isolated-zh');
  await page.getByTestId('campus-tab-units').click();
  await shot(page, 'campus-units-zh');
  await page.getByTestId('campus-tab-people').click();
  await expect(page.getByTestId('person-row').first()).toBeVisible();
  await shot(page, 'campus-people-zh');
  await page.getByTestId('nav-dashboard').click();
  await expect(page.getByTestId('card-isolated')).toHaveText('1');
  await shot(page, 'campus-dashboard-zh');
});

test('an administrator builds a region, a building, a unit and a person through the forms; the host’s field errors show beside their fields', async ({ page }) => {
  await signIn(page, server, 'en');
  await page.goto(`${server.url}#/campus/units`);

  await page.getByTestId('add-region').click();
  await page.getByTestId('region-name').fill('East annex 东配楼区');
  await page.getByTestId('region-name').press('Enter');
  await expect(page.getByTestId('campus-notice')).toContainText('East annex 东配楼区 saved');

  await page.getByTestId('campus-tab-buildings').click();
  await page.getByTestId('add-building').click();
  const building = page.getByTestId('building-dialog');
  await building.getByLabel('Building name').fill('Annex classrooms 配楼教室');
  await building.getByLabel('Region').selectOption({ label: 'East annex 东配楼区' });
  await building.getByLabel('Floors').fill('two');
  await building.getByLabel('Floors').press('Enter');
  await expect(building).toContainText('Enter a whole number');
  await building.getByLabel('Floors').fill('0');
  await building.getByLabel('Floors').press('Enter');
  await expect(building).toContainText('must be at least 1');
  await building.getByLabel('Floors').fill('2');
  await building.getByLabel('Floors').press('Enter');
  await expect(page.getByTestId('buildings-table')).toContainText('Annex classrooms 配楼教室');

  await page.getByTestId('campus-tab-units').click();
  await page.getByTestId('add-unit').click();
  const unit = page.getByTestId('unit-dialog');
  // A name another unit has is refused by the host, beside the name.
  await page.getByTestId('unit-name').fill('Class 7-1');
  await page.getByTestId('unit-region').selectOption({ label: 'East annex 东配楼区' });
  await page.getByTestId('unit-building').selectOption({ label: 'Annex classrooms 配楼教室' });
  await page.getByTestId('unit-save').click();
  await expect(unit.locator('.field-invalid')).toContainText('another unit is already named "Class 7-1"');
  await page.getByTestId('unit-name').fill('Annex class A');
  await page.getByTestId('unit-save').click();
  await expect(page.getByTestId('campus-notice')).toContainText('Annex class A saved');

  const annex = page.locator('[data-testid^="region-region-"]').filter({ hasText: 'East annex 东配楼区' });
  await annex.getByRole('link', { name: 'Annex class A' }).click();
  await expect(page.getByTestId('unit-title')).toContainText('Annex class A');
  await page.getByTestId('add-person').click();
  const person = page.getByTestId('person-dialog');
  await page.getByTestId('person-name').fill('林晓');
  await person.getByLabel('ID number').fill('ID-IMP-1');
  await page.getByTestId('person-save').click();
  await expect(person.locator('.field-invalid')).toContainText('this ID number already belongs to 导入学生1 (imp-1)');
  await shot(page, 'campus-person-error-en');
  await person.getByLabel('ID number').fill('ID-NEW-1');
  await page.getByTestId('person-save').click();
  await expect(person).toHaveCount(0);
  await expect(page.getByTestId('unit-headcount-on-campus')).toHaveText('1');
  await expect(page.getByTestId('person-row')).toHaveCount(1);

  // The region now has a unit: deleting it is refused with what to move first.
  await page.getByTestId('campus-tab-units').click();
  await annex.getByRole('button', { name: 'Delete region East annex 东配楼区' }).click();
  await page.getByTestId('confirm-delete-submit').click();
  await expect(page.getByTestId('confirm-delete')).toContainText('still has 1 unit and 1 building');
});

test('20,000 people: the table draws only the rows in view and a jump to the end fills within a frame budget', async ({ page }) => {
  const have = await peopleTotal();
  const rows = Array.from({ length: 20_000 - have }, (_, k) => [`bulk-${k}`, `批量${k}`, 'teacher', '', 'onCampus', UNITS[k % 3]!, '', '']);
  await server.api('campus.import.commit', { kind: 'people', csv: csvOf(rows) }, token);
  expect(await peopleTotal()).toBe(20_000);

  await signIn(page, server, 'en');
  await page.goto(`${server.url}#/campus/people`);
  await expect(page.getByTestId('people-count')).toContainText('20,000 people match');
  await expect(page.getByTestId('person-row').first()).toBeVisible();
  expect(await page.getByTestId('person-row').count()).toBeLessThan(50);

  // Jump to the bottom: the rows there arrive from the host and are drawn.
  const started = Date.now();
  await page.getByTestId('people-scroll').evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  await expect(page.locator('[data-testid="person-row"][aria-rowindex="20001"]')).toBeVisible();
  const jumpMs = Date.now() - started;

  // A steady scroll (200 px a frame, as a wheel or trackpad gives) against idle frames on the same machine: the
  // difference is what drawing the rows costs, whatever else the machine is doing.
  const frames = await page.getByTestId('people-scroll').evaluate(async (el) => {
    const p95 = (gaps: number[]) => gaps.sort((a, b) => a - b)[Math.floor(gaps.length * 0.95)]!;
    const measure = async (step: (i: number) => void) => {
      const gaps: number[] = [];
      let last = performance.now();
      for (let i = 0; i < 120; i++) {
        step(i);
        await new Promise(requestAnimationFrame);
        const now = performance.now();
        gaps.push(now - last);
        last = now;
      }
      return p95(gaps);
    };
    el.scrollTop = el.scrollHeight / 2;
    const idle = await measure(() => undefined);
    const scrolling = await measure(() => {
      el.scrollTop += 200;
    });
    return { idle, scrolling };
  });
  const figure = `jump to row 20,000: ${jumpMs} ms; frame p95 idle ${frames.idle.toFixed(1)} ms, scrolling ${frames.scrolling.toFixed(1)} ms`;
  test.info().annotations.push({ type: 'figure', description: figure });
  console.log(`people table, 20,000 rows: ${figure}`);
  expect(jumpMs).toBeLessThan(1_500);
  expect(await page.getByTestId('person-row').count()).toBeLessThan(50);
  await shot(page, 'campus-people-20000-en');
});
