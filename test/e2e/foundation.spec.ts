import { expect, test } from '@playwright/test';
import { ADMIN, shot, startServer, type TestServer } from './server.js';

test.describe.configure({ mode: 'serial' });

let server: TestServer;
test.beforeAll(async () => {
  server = await startServer();
});
test.afterAll(async () => {
  await server.close();
});

test('first run: create the first administrator, switch language, load the demo, sign out, sign in', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('e2e-started')) {
      sessionStorage.setItem('e2e-started', '1');
      localStorage.setItem('cordon.lang', 'zh');
    }
  });
  await page.goto(server.url);

  // The policy travels in the page too, for Electron's file:// where there are no headers.
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', /script-src 'self'/);

  // First run asks for the first administrator, in Chinese.
  const setup = page.getByTestId('setup-form');
  await expect(setup).toBeVisible();
  await shot(page, 'foundation-setup-zh');
  await setup.getByLabel('校园名称').fill(ADMIN.campusName);
  await setup.getByLabel('姓名').fill(ADMIN.displayName);
  await setup.getByLabel('用户名', { exact: true }).fill(ADMIN.username);
  await setup.getByLabel('密码', { exact: true }).fill(ADMIN.password);
  await setup.getByLabel('再次输入密码').fill('a different one');
  await page.getByTestId('setup-submit').click();
  await expect(setup).toContainText('两次输入的密码不一致');
  await setup.getByLabel('再次输入密码').fill(ADMIN.password);
  await setup.getByLabel('再次输入密码').press('Enter');

  // Signed in on an empty campus: the demo is offered.
  await expect(page.getByTestId('topbar-user')).toContainText(ADMIN.displayName);
  await expect(page.getByTestId('nav-dashboard')).toHaveText(/总览/);
  await expect(page.getByTestId('demo-card')).toBeVisible();

  // The language switch applies at once.
  await page.getByTestId('lang-en').click();
  await expect(page.getByTestId('nav-dashboard')).toHaveText(/Dashboard/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.getByTestId('load-demo').click();
  await expect(page.getByTestId('demo-loaded')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('demo-card')).toHaveCount(0);
  await shot(page, 'foundation-dashboard-en');
  await page.getByTestId('lang-zh').click();
  await expect(page.getByTestId('nav-dashboard')).toHaveText(/总览/);
  await shot(page, 'foundation-dashboard-zh');

  await page.getByTestId('sign-out').click();
  await expect(page.getByTestId('sign-in-form')).toBeVisible();
});

test('a wrong password is refused; the right one signs in', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('cordon.lang', 'en'));
  await page.goto(server.url);
  const form = page.getByTestId('sign-in-form');
  await form.getByLabel('Username', { exact: true }).fill(ADMIN.username);
  await form.getByLabel('Password', { exact: true }).fill('not the password');
  await page.getByTestId('sign-in-submit').click();
  await expect(form).toContainText('Wrong username or password');
  await expect(page.getByTestId('topbar-user')).toHaveCount(0);
  await shot(page, 'foundation-signin-refused-en');

  await form.getByLabel('Password', { exact: true }).fill(ADMIN.password);
  await form.getByLabel('Password', { exact: true }).press('Enter');
  await expect(page.getByTestId('topbar-user')).toContainText(ADMIN.displayName);
  await expect(page.getByTestId('topbar-campus')).toContainText(ADMIN.campusName);
});

test('the audit log records what happened, and its chain is intact', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('cordon.lang', 'en'));
  await page.goto(server.url);
  const form = page.getByTestId('sign-in-form');
  await form.getByLabel('Username', { exact: true }).fill(ADMIN.username);
  await form.getByLabel('Password', { exact: true }).fill(ADMIN.password);
  await page.getByTestId('sign-in-submit').click();
  await page.getByTestId('nav-reports').click();
  await expect(page.getByTestId('audit-chain')).toBeVisible();
  await expect(page.getByTestId('audit-table')).toContainText('demo.load');
  await expect(page.getByTestId('audit-table')).toContainText('auth.signIn');
  await shot(page, 'foundation-audit-en');
});
