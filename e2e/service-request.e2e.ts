import { afterEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { baseUrl, openBrowser, screenshot, signIn, type Browser } from './support/browser.ts';

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^账号菜单/ }).click();
  await page.getByRole('menuitem', { name: '退出登录' }).click();
  await page.waitForURL(/\/sign-in/);
}

/** 代办服务, in the menu's 项目资金 group. */
async function openServiceDesk(page: Page): Promise<void> {
  await page.getByRole('menuitem', { name: /代办服务/ }).click();
  await page.waitForURL(`${baseUrl}/service-requests`);
}

async function act(page: Page, action: string, stateLabel: string): Promise<void> {
  await page.getByTestId(`workflow-action-${action}`).click();
  await page.getByRole('dialog').getByRole('button', { name: /确\s*定|确\s*认/ }).click();
  await page.getByTestId('workflow-panel').getByText(stateLabel).first().waitFor();
}

describe('代办服务: a village asks, the county service station handles it', () => {
  let browser: Browser | undefined;
  afterEach(async () => {
    await browser?.close();
    browser = undefined;
  });

  test('changliu-leader asks to register the cooperative; gaozhou-station accepts, starts and completes it', async () => {
    browser = await openBrowser();
    const { page } = browser;
    const title = '长流村荔枝种植专业合作社登记';
    // The demo may already hold requests; this run's is told apart by its detail.
    const detail = `荔枝种植户 23 户自愿入社，章程和成员名册已备好，请代办市场监管登记（${Date.now().toString(36)}）`;
    const result = '已在市市场监督管理局办结登记，营业执照已送达村委会。';

    await signIn(page, 'changliu-leader');
    await openServiceDesk(page);
    await page.getByTestId('service-request-new').click();
    await page.waitForURL(`${baseUrl}/service-requests/new`);
    await page.getByTestId('service-request-submit').click();
    await page.getByText('标题至少 2 个字').waitFor();
    await page.getByTestId('service-request-kind').click();
    await page.getByTitle('合作社登记').click();
    await page.getByTestId('service-request-title').fill(title);
    await page.getByTestId('service-request-detail').fill(detail);
    await screenshot(page, 'service-request-1-leader-form');
    await page.getByTestId('service-request-submit').click();
    await page.waitForURL(/\/service-requests\/[0-9a-f-]{36}$/);
    const id = page.url().split('/').pop()!;
    await page.getByTestId('workflow-panel').getByText('待受理').first().waitFor();
    await page.getByTestId('service-request-detail').getByText(detail).waitFor();
    await screenshot(page, 'service-request-2-leader-submitted');
    await signOut(page);

    await signIn(page, 'gaozhou-station');
    // Signed in once the menu shows.
    await page.getByRole('menuitem', { name: /代办服务/ }).waitFor();
    const waiting = await page.request.get(`${baseUrl}/api/todos`);
    assert.equal(waiting.status(), 200, await waiting.text());
    const listed = ((await waiting.json()) as { items: { link: string }[] }).items.map((item) => item.link);
    assert.ok(listed.includes(`/service-requests/${id}`), `the request waits in the station’s to-do list: ${listed.join(', ')}`);
    await page.goto(`${baseUrl}/todos`);
    const link = page.locator(`a[href="/service-requests/${id}"]`).first();
    await link.waitFor();
    await screenshot(page, 'service-request-3-station-todos');
    await link.click();
    await page.waitForURL(`${baseUrl}/service-requests/${id}`);
    await act(page, 'accept', '已受理');
    await act(page, 'start', '办理中');
    await page.getByTestId('service-request-complete').click();
    await page.getByRole('dialog').getByRole('button', { name: /确认办结/ }).click();
    await page.getByText('请填写办理结果').waitFor();
    await page.getByTestId('service-request-result').fill(result);
    await page.getByRole('dialog').getByRole('button', { name: /确认办结/ }).click();
    await page.getByTestId('workflow-panel').getByText('已办结').first().waitFor();
    await screenshot(page, 'service-request-4-station-done');
    const todos = (await (await page.request.get(`${baseUrl}/api/todos`)).json()) as { items: { link: string }[] };
    assert.ok(!todos.items.some((item) => item.link === `/service-requests/${id}`), 'done, it leaves the station’s to-do list');
    await signOut(page);

    await signIn(page, 'changliu-leader');
    await openServiceDesk(page);
    const row = page.getByRole('row').filter({ has: page.locator(`a[href="/service-requests/${id}"]`) });
    await row.getByText('已办结').waitFor();
    await row.getByRole('link', { name: title }).click();
    await page.waitForURL(`${baseUrl}/service-requests/${id}`);
    await page.getByTestId('service-request-result-text').getByText(result).waitFor();
    await screenshot(page, 'service-request-5-leader-sees-done');
  });
});
