import { afterEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { addIsoDays, leaveToday } from '../contracts/leave-rules.ts';
import { baseUrl, openBrowser, screenshot, settle, signIn, type Browser } from './support/browser.ts';

/** Picks a day in the range picker's open calendar: typing moves it there, the in-view cell takes the click. */
async function pickDay(page: Page, placeholder: string, day: string): Promise<void> {
  await page.getByPlaceholder(placeholder).click();
  await page.getByPlaceholder(placeholder).fill(day);
  const cell = page.locator(`td.ant-picker-cell-in-view[title="${day}"]`).first();
  await cell.waitFor();
  await settle(page);
  await cell.click();
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^账号菜单/ }).click();
  await page.getByRole('menuitem', { name: '退出登录' }).click();
  await page.waitForURL(/\/sign-in/);
}

/** The to-do page lists the request once the approver signs in; the leave list's 待我审批 is the other way in. */
async function openFromTodos(page: Page, leaveId: string): Promise<boolean> {
  await page.goto(`${baseUrl}/todos`);
  const link = page.locator(`a[href="/leave/${leaveId}"]`).first();
  try {
    await link.waitFor({ timeout: 8_000 });
  } catch {
    return false;
  }
  await screenshot(page, 'leave-3-township-todos');
  await link.click();
  return true;
}

async function openFromLeaveList(page: Page, reason: string): Promise<void> {
  await page.goto(`${baseUrl}/leave?awaitingMe=true`);
  const row = page.getByRole('row').filter({ hasText: reason });
  await row.waitFor();
  await screenshot(page, 'leave-3-township-list');
  await row.getByRole('link').first().click();
}

describe('leave is asked, approved by the township and reported back', () => {
  let browser: Browser | undefined;
  afterEach(async () => {
    await browser?.close();
    browser = undefined;
  });

  test('tuoche-member asks two days from tomorrow, nagu-party approves, the member reports back', async () => {
    browser = await openBrowser();
    const { page } = browser;
    const today = leaveToday();
    const start = addIsoDays(today, 1);
    const end = addIsoDays(today, 2);
    // The demo has its own leave rows; this run's is the one with this reason.
    const reason = `回老家办理户口迁移手续（${Date.now().toString(36)}）`;

    await signIn(page, 'tuoche-member');
    await page.getByRole('menuitem', { name: /请销假/ }).click();
    await page.waitForURL(`${baseUrl}/leave`);
    await page.getByTestId('leave-new').click();
    await page.waitForURL(`${baseUrl}/leave/new`);
    await page.getByRole('heading', { name: '请假申请' }).waitFor();
    await pickDay(page, '开始日期', start);
    await pickDay(page, '结束日期', end);
    await page.getByLabel('请假事由').fill(reason);
    // The level comes from the county's tier table, computed as the server will.
    await page.getByText('审批层级').waitFor();
    assert.equal((await page.getByTestId('leave-approval').innerText()).trim(), '乡镇党委（2 天）');
    await screenshot(page, 'leave-1-member-request-form');
    await page.getByTestId('leave-submit').click();
    await page.waitForURL(/\/leave\/[0-9a-f-]{36}$/);
    const leaveId = page.url().split('/').pop()!;
    await page.getByTestId('workflow-panel').getByText('待审批').first().waitFor();
    await page.getByTestId('leave-detail').getByText('乡镇党委').waitFor();
    await screenshot(page, 'leave-2-member-submitted');
    await signOut(page);

    await signIn(page, 'nagu-party');
    await page.getByRole('menuitem', { name: /请销假/ }).waitFor();
    const todos = (await (await page.request.get(`${baseUrl}/api/todos`)).json()) as { items: { link: string }[] };
    assert.ok(todos.items.some((item) => item.link === `/leave/${leaveId}`), 'the request waits in the township’s to-do list');
    if (!(await openFromTodos(page, leaveId))) await openFromLeaveList(page, reason);
    await page.waitForURL(`${baseUrl}/leave/${leaveId}`);
    await page.getByTestId('leave-detail').getByText(reason).waitFor();
    await page.getByTestId('workflow-action-approve').click();
    await page.getByTestId('workflow-comment').fill('同意，注意安全，按时返岗');
    await page.getByRole('dialog').getByRole('button', { name: /确\s*定|确\s*认/ }).click();
    await page.getByTestId('workflow-panel').getByText('已批准').first().waitFor();
    await screenshot(page, 'leave-4-township-approved');
    await signOut(page);

    await signIn(page, 'tuoche-member');
    await page.getByRole('menuitem', { name: /请销假/ }).click();
    const row = page.getByRole('row').filter({ hasText: reason });
    await row.getByText('已批准').waitFor();
    await row.getByRole('link').first().click();
    await page.waitForURL(`${baseUrl}/leave/${leaveId}`);
    await page.getByTestId('leave-report-back').click();
    await page.getByRole('dialog').getByLabel('说明').fill('家中事情提前办妥，今天返岗');
    await screenshot(page, 'leave-5-member-report-back');
    await page.getByRole('dialog').getByRole('button', { name: /销\s*假/ }).click();
    await page.getByText('已销假').first().waitFor();
    await page.getByTestId('leave-detail').getByText('家中事情提前办妥，今天返岗').waitFor();
    await screenshot(page, 'leave-6-member-reported-back');
  });
});
