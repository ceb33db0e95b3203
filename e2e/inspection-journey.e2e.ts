import { afterEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { baseUrl, openBrowser, screenshot, settle, signIn, type Browser } from './support/browser.ts';

const DAY = 86_400_000;
const NAGU = '530326102000';
const TUOCHE = '530326102204';
const leaderRoles = ['leader_first_secretary', 'leader'];

type RosterMember = { cadreId: string; cadreName: string; teamName: string; role: string; villageCode: string; leave: unknown };

/** A day in Beijing, `days` before today: the server counts deadlines in Beijing's calendar. */
function beijingDay(daysAgo: number): string {
  return new Date(Date.now() + 8 * 3600 * 1000 - daysAgo * DAY).toISOString().slice(0, 10);
}

/**
 * Picks an option in the antd Select opened last: closed ones stay in the page, and one still
 * fading out is not yet marked hidden; the newest dropdown is appended after them.
 */
async function pickOption(page: Page, option: string): Promise<void> {
  const item = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').getByTitle(option, { exact: true }).last();
  await item.waitFor();
  await settle(page);
  await item.click();
}

describe('an absence becomes a rectification, then a criticism', () => {
  let browser: Browser | undefined;
  afterEach(async () => {
    await browser?.close();
    browser = undefined;
  });

  test('huize-discipline records an on-site check in 娜姑镇; the order, past its deadline, becomes a notice of criticism', async () => {
    browser = await openBrowser();
    const { page } = browser;
    // Twenty days back: the default fifteen-day deadline has passed by the time anyone looks.
    const inspectedOn = beijingDay(20);
    await signIn(page, 'huize-discipline');
    await page.getByRole('menuitem', { name: '督查整改' }).click();
    await page.waitForURL(`${baseUrl}/inspections`);
    await page.getByRole('button', { name: '登记督查' }).click();
    await page.waitForURL(`${baseUrl}/inspections/new`);
    await page.getByRole('heading', { name: '登记督查' }).waitFor();

    await page.getByLabel('督查日期').fill(inspectedOn);
    await page.getByTitle(inspectedOn, { exact: true }).waitFor();
    await settle(page);
    await page.getByTitle(inspectedOn, { exact: true }).click();
    await page.getByLabel('督查范围（县或乡镇）').fill('娜姑');
    const township = page.getByRole('treeitem', { name: /会泽县\/娜姑镇$/ });
    await township.waitFor();
    await settle(page);
    await township.click();

    // The same list the form shows: 拖车村's team, its leader and a member not on leave that day.
    const roster = await page.request.get(`${baseUrl}/api/inspections/roster?divisionCode=${NAGU}&on=${inspectedOn}`);
    const members = ((await roster.json()) as { items: RosterMember[] }).items.filter((m) => m.villageCode === TUOCHE);
    const leader = members.find((m) => leaderRoles.includes(m.role));
    const absentee = members.find((m) => !leaderRoles.includes(m.role) && !m.leave);
    assert.ok(leader && absentee, '拖车村 has a leader and a member in post');

    await page.getByRole('row').filter({ hasText: absentee.cadreName }).first().waitFor();
    // Only 拖车村's team is checked today.
    await page.getByRole('combobox', { name: /只看所选工作队/ }).click();
    await pickOption(page, absentee.teamName);
    await page.keyboard.press('Escape');
    await page.getByRole('combobox', { name: `${leader.cadreName} 检查结果` }).click();
    await pickOption(page, '在岗');
    await page.getByRole('combobox', { name: `${absentee.cadreName} 检查结果` }).click();
    await pickOption(page, '无故脱岗');
    await screenshot(page, 'inspection-form');
    await page.getByRole('button', { name: '保存督查记录' }).click();

    await page.getByText('已对 1 名无故脱岗干部下达限期整改通知').waitFor();
    await page.waitForURL(/\/inspections\/[0-9a-f-]{36}$/);
    const deadline = new Date(Date.parse(`${inspectedOn}T00:00:00Z`) + 15 * DAY).toISOString().slice(0, 10);
    const orders = page.getByTestId('inspection-rectifications');
    await orders.getByText(absentee.cadreName).waitFor();
    await orders.getByText(deadline).waitFor();
    await screenshot(page, 'inspection-detail');

    await orders.getByRole('link', { name: absentee.cadreName }).click();
    await page.waitForURL(/\/inspections\/rectifications\/[0-9a-f-]{36}$/);
    assert.equal(await page.getByTestId('rectification-deadline').innerText(), deadline);
    await page.getByTestId('rectification-criticised').waitFor();
    await page.getByTestId('workflow-panel').getByText('逾期未整改').first().waitFor();
    await screenshot(page, 'rectification-overdue');

    await page.goto(`${baseUrl}/inspections/rectifications`);
    await page.reload();
    await page.getByRole('tab', { name: '逾期未整改' }).click();
    await page.getByRole('row').filter({ hasText: absentee.cadreName }).filter({ hasText: deadline }).waitFor();
    await screenshot(page, 'rectification-list-overdue');

    await page.getByText('通报批评', { exact: true }).first().click();
    await page.waitForURL(`${baseUrl}/inspections/criticisms`);
    const notice = page.getByTestId('criticism-table').getByRole('row').filter({ hasText: absentee.cadreName }).filter({ hasText: inspectedOn });
    await notice.waitFor();
    await notice.getByText(/无故脱岗.*予以通报批评/).waitFor();
    await screenshot(page, 'criticism-list');

    const year = Number(new Date(Date.parse(`${deadline}T00:00:00Z`) + DAY).toISOString().slice(0, 4));
    const record = await page.request.get(`${baseUrl}/api/inspections/criticisms?year=${year}&cadreId=${absentee.cadreId}`);
    const body = (await record.json()) as { total: number; perCadre: { cadreId: string; count: number }[] };
    assert.ok(body.total >= 1);
    assert.ok(body.perCadre.some((p) => p.cadreId === absentee.cadreId && p.count >= 1));
  });
});
