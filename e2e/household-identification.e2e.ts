import { afterEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { idNumberChecksum } from '../contracts/identity.ts';
import { addIsoDays, leaveToday } from '../contracts/leave-rules.ts';
import { baseUrl, demoPassword, openBrowser, screenshot, settle, signIn, type Browser } from './support/browser.ts';

const TUOCHE = '530326102204';
const today = leaveToday();
const day = (offset: number) => addIsoDays(today, offset);

/** The API as one demo account, outside the browser: for the households the journey starts from. */
async function apiAs(username: string) {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: demoPassword }),
  });
  assert.equal(login.status, 200, `sign-in of ${username}`);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const call = async (method: string, url: string, body?: unknown) => {
    const response = await fetch(`${baseUrl}${url}`, {
      method,
      headers: { cookie, 'x-csrf-token': csrfToken, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const json = (await response.json()) as Record<string, unknown>;
    return { status: response.status, json };
  };
  return { get: (url: string) => call('GET', url), post: (url: string, body: unknown) => call('POST', url, body) };
}

/** A new household of one person in 拖车村, with an ID number of its own per run. */
async function createHousehold(api: Awaited<ReturnType<typeof apiAs>>, run: string, index: number): Promise<{ id: string; name: string }> {
  const month = String(1 + ((Date.now() + index) % 9)).padStart(2, '0');
  const dayOfMonth = String(1 + ((Date.now() >> 4) % 28)).padStart(2, '0');
  const first17 = `5303261969${month}${dayOfMonth}0${(index * 2 + 1) % 10}${((Date.now() >> 8) % 5) * 2 + 1}`;
  const name = `识${run.slice(-2).toUpperCase()}${index}`;
  const created = await api.post('/api/households', {
    code: `${TUOCHE}T${run}${index}`,
    divisionCode: TUOCHE,
    attribute: 'general',
    mainCause: 'illness',
    members: [
      {
        name,
        relation: 'householder',
        gender: 'male',
        birthDate: `1969-${month}-${dayOfMonth}`,
        health: 'chronic',
        labourAbility: 'weak',
        schooling: 'primary',
        idNumber: `${first17}${idNumberChecksum(first17)}`,
      },
    ],
  });
  assert.equal(created.status, 201, JSON.stringify(created.json));
  return { id: created.json.id as string, name };
}

/** An antd date picker: typing the day and pressing Enter sets it. */
async function typeDate(page: Page, testId: string, value: string): Promise<void> {
  const marked = page.getByTestId(testId);
  const input = (await marked.evaluate((el) => el.tagName)) === 'INPUT' ? marked : marked.locator('input');
  await input.click();
  await input.fill(value);
  await input.press('Enter');
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^账号菜单/ }).click();
  await page.getByRole('menuitem', { name: '退出登录' }).click();
  await page.waitForURL(/\/sign-in/);
}

async function confirmModal(page: Page): Promise<void> {
  await page.locator('.ant-modal-footer').last().getByRole('button', { name: /确\s*[认定]|提\s*交/ }).click();
}

describe('a household goes through identification in 拖车村', () => {
  let browser: Browser | undefined;
  afterEach(async () => {
    await browser?.close();
    browser = undefined;
  });

  test('the first secretary applies and records the appraisal, the township reviews after the notice, the county approves: 在册', async () => {
    const run = Date.now().toString(36);
    const leaderApi = await apiAs('tuoche-leader');
    const household = await createHousehold(leaderApi, run, 1);
    // A second household whose village notice starts today, for the township's refusal.
    const running = await createHousehold(leaderApi, run, 2);
    const asked = await leaderApi.post(`/api/households/${running.id}/transitions`, { kind: 'identification', reason: '因病致贫，收入低于标准' });
    assert.equal(asked.status, 201, JSON.stringify(asked.json));
    const runningId = asked.json.id as string;
    const appraised = await leaderApi.post(`/api/household-transitions/${runningId}/actions`, {
      action: 'appraise',
      appraisal: { meetingOn: today, attendees: 40, inFavour: 38 },
      noticeStart: today,
    });
    assert.equal(appraised.status, 200, JSON.stringify(appraised.json));

    browser = await openBrowser();
    const { page } = browser;
    await signIn(page, 'tuoche-leader');
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    await page.goto(`${baseUrl}/households/${household.id}?tab=transitions`);
    await page.getByTestId('household-transitions-tab').waitFor();

    // The written application is dated 25 days back: the meeting and notice are recorded after they happened.
    await page.getByTestId('transition-request-identification').click();
    await typeDate(page, 'transition-applied-on', day(-25));
    await page.getByTestId('transition-reason').fill('户主长期慢性病，家中缺劳力，人均纯收入低于标准');
    await confirmModal(page);
    await page.getByTestId('transition-card').getByText('待民主评议').first().waitFor();

    await page.getByTestId('transition-appraise').click();
    await settle(page);
    await typeDate(page, 'transition-meeting-on', day(-20));
    await page.getByTestId('transition-attendees').fill('42');
    await page.getByTestId('transition-in-favour').fill('40');
    await typeDate(page, 'transition-notice-start', day(-19));
    await confirmModal(page);
    await page.getByTestId('transition-facts').getByText(`公示期 ${day(-19)} 至 ${day(-13)}`).waitFor();
    await screenshot(page, 'identification-1-appraised');
    const history = await leaderApi.get(`/api/households/${household.id}/transitions`);
    const transitionId = (history.json.items as { id: string }[])[0]!.id;
    await signOut(page);

    // The township is refused while a notice runs, with the dates it may act from.
    await signIn(page, 'nagu-party');
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    await page.goto(`${baseUrl}/household-transitions/${runningId}`);
    await page.getByTestId('transition-notice-wait').waitFor();
    await page.getByTestId('transition-review').click();
    await confirmModal(page);
    const refusal = page.getByTestId('transition-action-error');
    await refusal.waitFor();
    assert.equal(await refusal.textContent(), `公示期 ${today} 至 ${day(6)}，期满后（${day(7)} 起）方可乡镇审核`);
    await screenshot(page, 'identification-2-township-refused');

    await page.goto(`${baseUrl}/household-transitions/${transitionId}`);
    await page.getByTestId('transition-review').click();
    await typeDate(page, 'transition-notice-start', day(-12));
    await page.getByTestId('transition-comment').fill('经乡镇审核，情况属实');
    await confirmModal(page);
    await page.getByTestId('transition-facts').getByText(`公示期 ${day(-12)} 至 ${day(-6)}`).waitFor();
    await signOut(page);

    await signIn(page, 'huize-rural');
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    await page.goto(`${baseUrl}/household-transitions/${transitionId}`);
    await page.getByTestId('workflow-action-approve').click();
    await confirmModal(page);
    await page.getByTestId('workflow-panel').getByText('已批准并公告').first().waitFor();
    await screenshot(page, 'identification-3-county-approved');

    await page.goto(`${baseUrl}/households/${household.id}`);
    await page.getByText('在册').first().waitFor();
    const after = await leaderApi.get(`/api/households/${household.id}`);
    assert.equal(after.json.status, 'registered');
    await screenshot(page, 'identification-4-registered');
  });
});
