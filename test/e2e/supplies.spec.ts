import { expect, test, type Page } from '@playwright/test';
import { addDays, format } from 'date-fns';
import { demoCampus, shot, signIn, startServer, type TestServer } from './server.js';

test.describe.configure({ mode: 'serial' });

let server: TestServer;

test.beforeAll(async () => {
  server = await startServer();
  await demoCampus(server);
});

test.afterAll(async () => {
  await server.close();
});

const chart = (page: Page) => page.getByTestId('stock-chart');
/** The projected line as drawn: it moves whenever what is available changes. */
const projectedPath = (page: Page) => chart(page).locator('.recharts-line path.recharts-curve').nth(1).getAttribute('d');
const cover = (page: Page) => page.getByTestId('stat-cover').locator('dd').innerText();
const days = (text: string) => Number(text.replace(/[^\d.]/g, ''));

test('receive masks (quarantined), record disinfection, issue some: days of cover and the chart move', async ({ page }) => {
  await signIn(page, server, 'en');
  await page.getByTestId('nav-supplies').click();
  const table = page.getByTestId('supplies-table');
  await expect(table).toBeVisible();
  await expect(table.locator('tbody tr')).toHaveCount(13);
  await shot(page, 'supplies-overview-en');

  await page.getByTestId('item-link-item-mask').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Medical masks 医用口罩');
  await expect(chart(page)).toBeVisible();
  const cover0 = days(await cover(page));
  const start0 = Number(await chart(page).getAttribute('data-start'));
  const path0 = await projectedPath(page);
  expect(cover0).toBeGreaterThan(0);

  // Receive: the new lot is quarantined, so cover and the projection stay as they were.
  await page.getByTestId('open-receive').click();
  const receive = page.getByTestId('receive-dialog');
  await receive.getByTestId('receive-quantity').fill('6000');
  // A year from now: before the demo's mask lots (two years' shelf life), so it is the first to expire.
  await receive.getByTestId('receive-expires').fill(format(addDays(new Date(), 365), 'yyyy-MM-dd'));
  await receive.getByTestId('receive-supplier').fill('Huaxi Medical 华西医疗');
  await receive.getByTestId('receive-note-no').fill('DN-E2E-001');
  await expect(receive.getByTestId('receive-contactless')).toBeChecked();
  await receive.getByTestId('receive-submit').click();
  await expect(receive).toBeHidden();
  await expect(page.getByTestId('supplies-notice')).toContainText('DN-E2E-001');
  const row = page.getByTestId('lots-table').locator('tr', { hasText: 'DN-E2E-001' });
  await expect(row).toContainText('Quarantined');
  await expect(page.getByTestId('stat-quarantined')).toContainText('26,000');
  expect(days(await cover(page))).toBe(cover0);
  expect(Number(await chart(page).getAttribute('data-start'))).toBe(start0);
  await shot(page, 'supplies-received-en');

  // An issue of more than is available is refused beside the field, and nothing changes.
  await page.getByTestId('open-issue').click();
  const issue = page.getByTestId('issue-dialog');
  await issue.getByTestId('issue-quantity').fill('abc');
  await issue.getByTestId('issue-quantity').press('Enter');
  await expect(issue.locator('.field-error')).toHaveText('Enter a number');
  await issue.getByTestId('issue-quantity').fill('-5');
  await issue.getByTestId('issue-quantity').press('Enter');
  await expect(issue.locator('.field-error')).toHaveText('must not be negative');
  await issue.getByTestId('issue-quantity').fill(String(start0 + 1));
  await issue.getByTestId('issue-submit').click();
  await expect(issue.locator('.field-error')).toContainText('available');
  await shot(page, 'supplies-issue-refused-en');
  await issue.getByRole('button', { name: 'Cancel' }).click();

  // Disinfection makes the lot available: cover rises and the projection moves up.
  await row.getByRole('button', { name: 'Record disinfection of lot DN-E2E-001' }).click();
  const disinfect = page.getByTestId('disinfect-dialog');
  await expect(disinfect.getByTestId('disinfect-by')).toHaveValue('Admin 管理员');
  await disinfect.getByTestId('disinfect-method').fill('Spray, 500 mg/L chlorine');
  await disinfect.getByTestId('disinfect-submit').click();
  await expect(disinfect).toBeHidden();
  await expect(row).toContainText('Available');
  await expect(page.getByTestId('stat-quarantined')).toContainText('20,000');
  await expect(chart(page)).toHaveAttribute('data-start', String(start0 + 6000));
  const cover1 = days(await cover(page));
  expect(cover1).toBeGreaterThan(cover0);
  const path1 = await projectedPath(page);
  expect(path1).not.toBe(path0);

  // Issue: taken first-expiring first, so from the lot just received.
  await page.getByTestId('open-issue').click();
  await issue.getByTestId('issue-quantity').fill('3000');
  await issue.getByTestId('issue-quantity').press('Enter');
  await expect(issue).toBeHidden();
  await expect(page.getByTestId('supplies-notice')).toContainText('3,000 piece issued from');
  await expect(page.getByTestId('supplies-notice')).toContainText('DN-E2E-001 (3,000)');
  await expect(row).toContainText('3,000 piece');
  await expect(chart(page)).toHaveAttribute('data-start', String(start0 + 3000));
  const cover2 = days(await cover(page));
  expect(cover2).toBeLessThan(cover1);
  expect(await projectedPath(page)).not.toBe(path1);
  await expect(page.getByTestId('stock-card').locator('tbody tr').first()).toContainText('Issued for use');
  await shot(page, 'supplies-item-en');

  await page.getByTestId('nav-dashboard').click();
  await expect(page.getByTestId('card-supplies')).toBeVisible();
  await shot(page, 'supplies-dashboard-en');
});

test('reads in Chinese, and keeps the forms usable by keyboard', async ({ page }) => {
  await signIn(page, server, 'zh');
  await page.goto(`${server.url}#/supplies`);
  await expect(page.getByTestId('supplies-table')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('物资');
  await shot(page, 'supplies-overview-zh');

  await page.goto(`${server.url}#/supplies/item-mask`);
  await expect(page.getByTestId('stock-chart')).toBeVisible();
  await expect(page.getByTestId('chart-summary')).toContainText('预计');
  await shot(page, 'supplies-item-zh');

  // Keyboard only: focus the receive button, open, type, submit with Enter; the host's refusal lands on its field.
  await page.getByTestId('open-receive').focus();
  await page.keyboard.press('Enter');
  const receive = page.getByTestId('receive-dialog');
  await expect(receive.getByTestId('receive-quantity')).toBeFocused();
  await page.keyboard.type('0');
  await page.keyboard.press('Enter');
  await expect(receive.locator('.field-error').first()).toBeVisible();
  await shot(page, 'supplies-receive-zh');
  await page.keyboard.press('Escape');
  await expect(receive).toBeHidden();

  await page.goto(`${server.url}#/dashboard`);
  await expect(page.getByTestId('card-supplies')).toBeVisible();
  await shot(page, 'supplies-dashboard-zh');
});
