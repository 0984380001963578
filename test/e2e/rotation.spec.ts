import { expect, test, type Page } from '@playwright/test';
import { formatISO } from 'date-fns';
import { ADMIN, demoCampus, shot, signIn, startServer, type TestServer } from './server.js';

/*
 * Issue 5's scenario on the demo campus: an administrator files a request for an eligible and for an ineligible
 * candidate, a logistics user cannot approve, a principal approves the eligible one, and the entry re-check catches a
 * certificate that expired after approval. The host runs on real time here, so the last part arranges a certificate
 * whose 24 h window closes a few seconds after the request is filed, and waits for it to close before the entry.
 */

test.describe.configure({ mode: 'serial' });

let server: TestServer;
let admin: string;
let principal: string;
let logistics: string;

const PRINCIPAL = { ...ADMIN, username: 'zhou', password: 'principal pass', displayName: '周校长' };
const LOGISTICS = { ...ADMIN, username: 'lu', password: 'logistics pass', displayName: '陆后勤' };

interface RotationRow {
  id: string;
  status: string;
  incomingCandidateId: string;
  outgoingPersonId: string;
  approval?: { decision: string; by: string };
  entryCheck?: { eligible: boolean; reasons: { code: string }[] };
}

test.beforeAll(async () => {
  server = await startServer();
  admin = await demoCampus(server);
  for (const u of [
    { ...PRINCIPAL, role: 'principal' },
    { ...LOGISTICS, role: 'logistics' },
  ]) {
    await server.api('users.create', { username: u.username, password: u.password, displayName: u.displayName, role: u.role }, admin);
  }
  principal = (await server.api<{ token: string }>('auth.signIn', { username: PRINCIPAL.username, password: PRINCIPAL.password })).token;
  logistics = (await server.api<{ token: string }>('auth.signIn', { username: LOGISTICS.username, password: LOGISTICS.password })).token;
});
test.afterAll(async () => server?.close());

const rotations = () => server.api<RotationRow[]>('rotation.rotations.list', {}, admin);
const rotationFor = async (candidateId: string) => (await rotations()).find((r) => r.incomingCandidateId === candidateId && r.status !== 'cancelled')!;

/** Files a request through the form, keeping the proposed handover (on the hour, about three hours ahead). */
async function fileRequest(page: Page, roleId: string, candidateId: string): Promise<void> {
  await page.goto(`${server.url}#/staff/new`);
  await page.getByTestId('request-role').selectOption(roleId);
  await page.getByTestId('request-incoming').selectOption(candidateId);
  await expect(page.getByTestId('request-preview').locator('[data-eligible]')).toBeVisible();
  await page.getByTestId('request-submit').click();
  await page.getByTestId('request-filed').waitFor();
}

test('an administrator files a request for an eligible candidate and one for an ineligible one, whose reasons are shown', async ({ page }) => {
  await signIn(page, server, 'en');
  // Demo candidate 04 (medical) has a negative NAT sampled six hours ago and no risky travel or contact.
  await fileRequest(page, 'role-medical', 'cand-04');
  const filedOk = page.getByTestId('request-filed');
  await expect(filedOk.getByTestId('live-check')).toHaveAttribute('data-eligible', 'true');
  await expect(filedOk).toContainText('Request filed for');
  await shot(page, 'rotation-request-eligible-en');

  // Demo candidate 07 (maintenance) has only a negative sampled 40 hours ago.
  await fileRequest(page, 'role-maintenance', 'cand-07');
  const filedBad = page.getByTestId('request-filed');
  await expect(filedBad).toContainText('does not meet the entry conditions');
  await expect(filedBad.getByTestId('live-check')).toHaveAttribute('data-eligible', 'false');
  await expect(filedBad.locator('[data-reason="nat_expired"]')).toContainText('Latest negative NAT sampled');
  await shot(page, 'rotation-request-ineligible-en');

  expect(await rotationFor('cand-04')).toMatchObject({ status: 'request' });
  expect(await rotationFor('cand-07')).toMatchObject({ status: 'request' });

  // The board shows both among the requests, with the ineligible one's reason.
  await page.goto(`${server.url}#/staff`);
  const requests = page.getByTestId('board-request');
  await expect(requests.getByTestId(`rotation-${(await rotationFor('cand-07')).id}`).locator('[data-reason="nat_expired"]')).toBeVisible();
  await shot(page, 'rotation-board-en');
});

test('a logistics user cannot approve: no decision controls, and the host refuses the call', async ({ page }) => {
  await signIn(page, server, 'en', LOGISTICS);
  await page.goto(`${server.url}#/staff/inbox`);
  const inbox = page.getByTestId('rotation-inbox');
  await expect(inbox).toContainText('Only a principal approves or rejects');
  await expect(inbox.getByTestId(`rotation-${(await rotationFor('cand-04')).id}`)).toBeVisible();
  await expect(inbox.getByTestId('approve')).toHaveCount(0);
  await shot(page, 'rotation-inbox-logistics-en');

  const id = (await rotationFor('cand-04')).id;
  await expect(server.api('rotation.rotations.approve', { id }, logistics)).rejects.toThrow(/needs the role principal/);
  expect(await rotationFor('cand-04')).toMatchObject({ status: 'request' });
});

test('a principal approves the eligible request; the ineligible one cannot be approved', async ({ page }) => {
  await signIn(page, server, 'zh', PRINCIPAL);
  await page.goto(`${server.url}#/staff/inbox`);
  const good = page.getByTestId(`rotation-${(await rotationFor('cand-04')).id}`);
  const bad = page.getByTestId(`rotation-${(await rotationFor('cand-07')).id}`);
  await expect(bad.getByTestId('approve')).toBeDisabled();
  await expect(bad.locator('[data-reason="nat_expired"]')).toContainText('最近一次阴性核酸采样于');
  await shot(page, 'rotation-inbox-principal-zh');

  await good.getByTestId('decision-comment').fill('同意，按计划交接。');
  await good.getByTestId('approve').click();
  await expect(page.getByTestId('rotation-notice')).toContainText('已批准');
  expect(await rotationFor('cand-04')).toMatchObject({ status: 'approved', approval: { decision: 'approved' } });
  // The host refuses the ineligible one even when asked directly.
  await expect(server.api('rotation.rotations.approve', { id: (await rotationFor('cand-07')).id }, principal)).rejects.toThrow(/does not meet the entry conditions/);

  await page.goto(`${server.url}#/staff`);
  await expect(page.getByTestId('board-approved').getByTestId(`rotation-${(await rotationFor('cand-04')).id}`)).toContainText('周校长');
  await shot(page, 'rotation-board-zh');
});

test('the entry re-check catches a certificate that expired after approval', async ({ page }) => {
  test.setTimeout(120_000);
  // A security candidate whose only negative was sampled 24 h minus 25 s ago: valid for a handover in 20 s.
  const sampledMs = Date.now() - 24 * 3_600_000 + 25_000;
  await server.api('rotation.candidates.create', { id: 'cand-e2e', name: '韩测试', idNumber: 'E2E-0001', roleId: 'role-security', phone: '139 0000 0001', contacts: [] }, admin);
  await server.api(
    'rotation.certificates.add',
    { subjectId: 'cand-e2e', sampledAt: formatISO(new Date(sampledMs)), result: 'negative', institution: '天津市第一中心医院', certificateNo: 'E2E-NAT-1' },
    admin,
  );
  const busy = new Set((await rotations()).filter((r) => ['request', 'approved', 'entered'].includes(r.status)).map((r) => r.outgoingPersonId));
  const guards = await server.api<{ rows: { id: string }[] }>('campus.people.query', { staffRoleId: 'role-security', presence: 'onCampus', limit: 50 }, admin);
  const outgoing = guards.rows.find((p) => !busy.has(p.id))!.id;
  const handover = formatISO(new Date(Date.now() + 20_000));
  await server.api('rotation.rotations.request', { roleId: 'role-security', outgoingPersonId: outgoing, incomingCandidateId: 'cand-e2e', plannedHandoverAt: handover, plannedLeaveAt: handover }, admin);
  const id = (await rotationFor('cand-e2e')).id;

  // The principal approves it in the inbox: for the planned handover, the certificate is still valid.
  await signIn(page, server, 'en', PRINCIPAL);
  await page.goto(`${server.url}#/staff/inbox`);
  const item = page.getByTestId(`rotation-${id}`);
  await expect(item.getByTestId('live-check')).toHaveAttribute('data-eligible', 'true');
  await item.getByTestId('approve').click();
  await expect(page.getByTestId('rotation-notice')).toContainText('Approved');
  expect(await rotationFor('cand-e2e')).toMatchObject({ status: 'approved' });

  // The person arrives after the certificate's 24 h have run out.
  const wait = sampledMs + 24 * 3_600_000 + 2_000 - Date.now();
  if (wait > 0) await page.waitForTimeout(wait);
  // A second tab has its own session: the administrator at the gate.
  const adminPage = await page.context().newPage();
  await signIn(adminPage, server, 'en');
  await adminPage.goto(`${server.url}#/staff`);
  const card = adminPage.getByTestId('board-approved').getByTestId(`rotation-${id}`);
  await card.getByTestId('record-entry').click();
  const refused = card.getByTestId('entry-refused');
  await expect(refused).toContainText('Entry refused at');
  await expect(refused.locator('[data-reason="nat_expired"]')).toContainText('more than 24 h before entry');
  await shot(adminPage, 'rotation-entry-refused-en');

  const after = await rotationFor('cand-e2e');
  expect(after).toMatchObject({ status: 'approved', approval: { decision: 'approved' }, entryCheck: { eligible: false, reasons: [{ code: 'nat_expired' }] } });
  // Nobody was let in: the guard being replaced is still the one on campus.
  expect((await server.api<{ presence: string }>('campus.people.get', { id: outgoing }, admin)).presence).toBe('onCampus');
});

test('coverage, NAT schedule and candidate pages read in both languages', async ({ page }) => {
  await signIn(page, server, 'en');
  await page.goto(`${server.url}#/staff/coverage`);
  await expect(page.getByTestId('coverage-chart')).toBeVisible();
  await page.getByTestId('coverage-role-role-cleaning').click();
  await expect(page.getByTestId('coverage-chart').locator('figure')).toHaveAttribute('data-role', 'role-cleaning');
  await shot(page, 'rotation-coverage-en');

  await page.goto(`${server.url}#/staff/nat`);
  const overdue = Number(await page.getByTestId('nat-overdue-count').innerText());
  expect(overdue).toBeGreaterThan(0);
  await shot(page, 'rotation-nat-en');

  await page.goto(`${server.url}#/dashboard`);
  await expect(page.getByTestId('rotation-card-pending')).toContainText('awaiting approval');
  await shot(page, 'rotation-dashboard-en');

  // The switch, not a reload: signIn's init script would put English back on every load.
  await page.getByTestId('lang-zh').click();
  await page.goto(`${server.url}#/staff/candidates/cand-05`);
  await expect(page.getByTestId('candidate-check-result').locator('[data-reason="risk_area_stay"]')).toContainText('北京市朝阳区');
  await shot(page, 'rotation-candidate-zh');
  await page.goto(`${server.url}#/staff/coverage`);
  await page.getByTestId('coverage-period-2').click();
  await page.getByTestId('coverage-role-role-cleaning').click();
  await expect(page.getByTestId('coverage-chart')).toContainText('入校');
  await shot(page, 'rotation-coverage-48h-zh');
  await page.goto(`${server.url}#/staff/nat`);
  await expect(page.getByTestId('nat-overdue-list')).toBeVisible();
  await shot(page, 'rotation-nat-zh');
});
