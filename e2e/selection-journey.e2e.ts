import { afterEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { idNumberChecksum } from '../contracts/identity.ts';
import { baseUrl, openBrowser, screenshot, settle, signIn, type Browser } from './support/browser.ts';

const DAY = 86_400_000;
const tuoche = '云南省/曲靖市/会泽县/娜姑镇/拖车村村民委员会';

/** A man of 曲靖中院 no earlier run registered: the clock picks his birth date and serial. */
function uniqueCandidate(now = Date.now()) {
  const seconds = Math.floor(now / 1000);
  const birth = new Date(Date.UTC(1970, 0, 1) + (seconds % 10_000) * DAY).toISOString().slice(0, 10);
  const serial = String((Math.floor(seconds / 10_000) % 500) * 2 + 1).padStart(3, '0');
  const first17 = `530302${birth.replaceAll('-', '')}${serial}`;
  const suffix = String(seconds % 1_000_000).padStart(6, '0').replace(/\d/g, (d) => '零一二三四五六七八九'[Number(d)]!);
  return { idNumber: `${first17}${idNumberChecksum(first17)}`, birth, name: `选派${suffix}`, needs: `能调处矛盾纠纷的第一书记（${suffix}）` };
}

async function choose(page: Page, field: ReturnType<Page['getByLabel']>, typed: string | null, option: string): Promise<void> {
  await field.click();
  if (typed !== null) await field.fill(typed);
  await page.getByTitle(option, { exact: true }).waitFor();
  await settle(page);
  await page.getByTitle(option, { exact: true }).click();
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^账号菜单/ }).click();
  await page.getByRole('menuitem', { name: '退出登录' }).click();
  await page.waitForURL(/\/sign-in/);
}

/** A step of the selection workflow from the panel, confirmed in its dialog, until the panel shows the new state. */
async function takeStep(page: Page, action: string, state: string): Promise<void> {
  await page.getByTestId(`workflow-action-${action}`).click();
  await page.getByRole('dialog').getByRole('button', { name: /确\s*定/ }).click();
  await page.getByTestId('workflow-panel').getByText(state).first().waitFor();
}

describe('selection: the county asks, the unit nominates, the county vets and dispatches', () => {
  let browser: Browser | undefined;
  afterEach(async () => {
    await browser?.close();
    browser = undefined;
  });

  test('huize-org posts a slot for 拖车村, qjcourt-unit nominates from its to-do list, huize-org approves and dispatches', async () => {
    browser = await openBrowser();
    const { page } = browser;
    const who = uniqueCandidate();

    await signIn(page, 'huize-org');
    await page.getByRole('menuitem', { name: /选派管理/ }).click();
    await page.waitForURL(`${baseUrl}/selection`);
    await page.getByRole('button', { name: '发布岗位' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('村庄').fill('拖车');
    await page.getByRole('treeitem', { name: tuoche }).waitFor();
    await settle(page);
    await page.getByRole('treeitem', { name: tuoche }).click();
    await choose(page, dialog.getByLabel('派出单位'), '曲靖市中级', '曲靖市中级人民法院 · 曲靖市');
    // The court's 拖车村 team: the dispatched cadre joins it (and is then posted in 会泽县).
    await dialog.getByLabel('加入工作队（可选）').click();
    await dialog.getByLabel('加入工作队（可选）').fill('拖车');
    const team = page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '拖车村' }).first();
    await team.waitFor();
    await settle(page);
    await team.click();
    await dialog.getByLabel('需求说明').fill(who.needs);
    await screenshot(page, 'selection-1-slot-form');
    await dialog.getByRole('button', { name: /确\s*定|OK/ }).click();
    await page.waitForURL(/\/selection\/slots\/[0-9a-f-]{36}$/);
    const slotId = page.url().split('/').pop()!;
    await page.getByText(who.needs).waitFor();
    await signOut(page);

    await signIn(page, 'qjcourt-unit');
    await page.getByRole('banner').waitFor();
    const me = (await (await page.request.get(`${baseUrl}/api/auth/me`)).json()) as { csrfToken: string; scope: { unitId: string } };
    const registered = await page.request.post(`${baseUrl}/api/cadres`, {
      headers: { 'x-csrf-token': me.csrfToken },
      data: { name: who.name, gender: 'male', birthDate: who.birth, ethnicity: '汉族', partyStatus: 'formal', unitId: me.scope.unitId, idNumber: who.idNumber, specialities: ['law'] },
    });
    assert.equal(registered.status(), 201, await registered.text());

    // The open slot waits in the unit's to-do list until it nominates.
    await page.goto(`${baseUrl}/todos`);
    await page.locator(`a[href="/selection/slots/${slotId}"]`).first().click();
    await page.waitForURL(`${baseUrl}/selection/slots/${slotId}`);
    await choose(page, page.getByLabel('本单位干部'), who.name, `${who.name} · 男 · 曲靖市中级人民法院`);
    await page.getByLabel('推荐理由').fill('政治过硬、熟悉法律业务');
    await page.getByRole('button', { name: '推荐人选' }).click();
    await page.waitForURL(/\/selection\/nominations\/[0-9a-f-]{36}$/);
    const nominationUrl = page.url();
    await page.getByTestId('workflow-panel').getByText('待审核').first().waitFor();
    await screenshot(page, 'selection-2-nominated');
    await signOut(page);

    await signIn(page, 'huize-org');
    await page.getByRole('banner').waitFor();
    await page.goto(nominationUrl);
    await page.getByTestId('vetting-politics').fill('政治立场坚定');
    await page.getByTestId('vetting-health').fill('身体健康');
    await takeStep(page, 'approve', '审核通过');
    await page.getByText('政治立场坚定').waitFor();

    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    await page.getByTestId('step-effective-date').click();
    await page.getByTestId('step-effective-date').fill(today);
    const cell = page.locator(`td.ant-picker-cell-in-view[title="${today}"]`).first();
    await cell.waitFor();
    await settle(page);
    await cell.click();
    await takeStep(page, 'dispatch', '已派驻');
    await page.getByTestId('workflow-panel').getByText('派驻到村').first().waitFor();
    await screenshot(page, 'selection-3-dispatched');

    // 因人定村: the county sees the villages that fit him, each with the reasons.
    await page.goto(`${baseUrl}/selection/match`);
    await page.getByText('为人选村').click();
    await choose(page, page.getByLabel('选择干部'), who.name, `${who.name} · 男 · 曲靖市中级人民法院`);
    await page.getByTestId('match-village').first().waitFor();
    assert.match(await page.getByTestId('match-village').first().innerText(), /曲靖市中级人民法院/);
    await screenshot(page, 'selection-4-match');
  });
});
