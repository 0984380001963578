import { expect, test } from '@playwright/test';
import { addHours, formatISO } from 'date-fns';
import { ADMIN, demoCampus, shot, signIn, startServer, type TestServer } from './server.js';

/*
 * Staff roles on the demo campus (every role fully staffed, security by the rule's 100 % of its 18 posts): an
 * administrator raises a minimum above who is on campus and sees the role flagged; a minimum above the posts, and a
 * raise that an approved rotation's gap would fall below, are refused beside the field; a principal reads the table.
 */

test.describe.configure({ mode: 'serial' });

let server: TestServer;
let admin: string;
const PRINCIPAL = { ...ADMIN, username: 'zhou', password: 'principal pass', displayName: '周校长' };

interface RoleRow {
  id: string;
  posts: number;
  minimum: number;
  onCampus: number;
}

test.beforeAll(async () => {
  server = await startServer();
  admin = await demoCampus(server);
  await server.api('users.create', { username: PRINCIPAL.username, password: PRINCIPAL.password, displayName: PRINCIPAL.displayName, role: 'principal' }, admin);
});
test.afterAll(async () => server?.close());

const role = async (id: string) => (await server.api<RoleRow[]>('rotation.roles.list', {}, admin)).find((r) => r.id === id)!;

test('an administrator raises a minimum above who is on campus, with the keyboard, and the role is flagged below it', async ({ page }) => {
  await signIn(page, server, 'en');
  await page.goto(`${server.url}#/staff`);
  await page.getByTestId('staff-tab-roles').click();
  await expect(page.getByTestId('role-min-role-security')).toHaveText('18 (100 % of posts)');
  await expect(page.getByTestId('role-state-role-medical')).toHaveAttribute('data-below', 'false');

  await page.getByTestId('role-edit-role-medical').focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByTestId('role-dialog');
  await expect(page.getByTestId('role-name')).toBeFocused();
  await page.getByTestId('role-posts').fill('10');
  await page.getByTestId('role-min').fill('10');
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('role-notice')).toContainText('saved');

  const state = page.getByTestId('role-state-role-medical');
  await expect(state).toHaveAttribute('data-below', 'true');
  await expect(state).toHaveText('Below minimum: 2 short');
  await expect(page.getByTestId('role-now-role-medical')).toHaveText('8');
  expect(await role('role-medical')).toMatchObject({ posts: 10, minimum: 10, onCampus: 8 });
  await shot(page, 'roles-below-minimum-en');

  // A minimum above the posts: refused beside its field, and nothing changes.
  await page.getByTestId('role-edit-role-maintenance').click();
  await page.getByTestId('role-min').fill('15');
  await page.getByTestId('role-save').click();
  await expect(page.getByTestId('role-min')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('role-min')).toBeFocused();
  await expect(dialog.locator('.field-invalid .field-error')).toHaveText('must not exceed the number of posts');
  await shot(page, 'roles-min-above-posts-en');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  expect(await role('role-maintenance')).toMatchObject({ posts: 14, minimum: 10 });
});

test('in Chinese: a minimum above the posts, and a raise an approved rotation’s gap would fall below, are refused beside the field', async ({ page }) => {
  // An approved cleaning rotation whose outgoing person leaves an hour before the newcomer arrives: 24 → 23 → 24.
  const principal = (await server.api<{ token: string }>('auth.signIn', { username: PRINCIPAL.username, password: PRINCIPAL.password })).token;
  await server.api('rotation.candidates.create', { id: 'cand-gap', name: '冯测试', idNumber: 'E2E-ROLE-1', roleId: 'role-cleaning', phone: '139 0000 0002', contacts: [] }, admin);
  await server.api('rotation.certificates.add', { subjectId: 'cand-gap', sampledAt: formatISO(addHours(new Date(), -1)), result: 'negative', institution: '天津市第一中心医院', certificateNo: 'E2E-ROLE-NAT-1' }, admin);
  const leaving = new Set((await server.api<{ outgoingPersonId: string; status: string }[]>('rotation.rotations.list', {}, admin)).map((r) => r.outgoingPersonId));
  const cleaners = await server.api<{ rows: { id: string }[] }>('campus.people.query', { staffRoleId: 'role-cleaning', presence: 'onCampus', limit: 50 }, admin);
  const rotation = await server.api<{ id: string }>(
    'rotation.rotations.request',
    {
      roleId: 'role-cleaning',
      outgoingPersonId: cleaners.rows.find((p) => !leaving.has(p.id))!.id,
      incomingCandidateId: 'cand-gap',
      plannedHandoverAt: formatISO(addHours(new Date(), 8)),
      plannedLeaveAt: formatISO(addHours(new Date(), 7)),
    },
    admin,
  );
  await server.api('rotation.rotations.approve', { id: rotation.id, comment: '' }, principal);

  await signIn(page, server, 'zh');
  await page.goto(`${server.url}#/staff/roles`);
  await expect(page.getByTestId('role-min-role-security')).toHaveText('18（岗位数的 100%）');
  await expect(page.getByTestId('role-state-role-medical')).toHaveText('低于最低人数，缺 2 人');
  await shot(page, 'roles-table-zh');

  const dialog = page.getByTestId('role-dialog');
  await page.getByTestId('role-edit-role-cleaning').click();
  await page.getByTestId('role-min').fill('25');
  await page.getByTestId('role-save').click();
  await expect(dialog.locator('.field-invalid .field-error')).toHaveText('不能超过岗位数');

  await page.getByTestId('role-min').fill('24');
  await page.getByTestId('role-save').click();
  const error = dialog.locator('.field-invalid .field-error');
  await expect(error).toContainText('在岗人数将降至 23 人，低于最低要求 24 人');
  await expect(error).toContainText('请先取消该轮换');
  await shot(page, 'roles-plan-broken-zh');
  await dialog.getByRole('button', { name: '取消', exact: true }).click();
  expect(await role('role-cleaning')).toMatchObject({ minimum: 18 });

  // A new role whose minimum is stated, from the add button.
  await page.getByTestId('role-add').click();
  await page.getByTestId('role-name').fill('Drivers 司机');
  await page.getByTestId('role-kind').selectOption('other');
  await page.getByTestId('role-posts').fill('4');
  await page.getByTestId('role-save').click();
  await expect(dialog.locator('.field-invalid .field-error')).toContainText('必须填写最低人数');
  await page.getByTestId('role-min').fill('2');
  await page.getByTestId('role-save').click();
  await expect(page.getByTestId('role-notice')).toContainText('Drivers 司机');
  await expect(page.getByTestId('roles-table')).toContainText('Drivers 司机');
});

test('a principal reads the roles without edit controls', async ({ page }) => {
  await signIn(page, server, 'en', PRINCIPAL);
  await page.goto(`${server.url}#/staff/roles`);
  await expect(page.getByTestId('role-state-role-medical')).toHaveAttribute('data-below', 'true');
  await expect(page.getByTestId('rotation-roles')).toContainText('Only administrators change roles');
  await expect(page.getByTestId('role-add')).toHaveCount(0);
  await expect(page.getByTestId('role-edit-role-medical')).toHaveCount(0);
  await shot(page, 'roles-principal-en');
});
