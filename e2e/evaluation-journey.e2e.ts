import { afterEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { baseUrl, openBrowser, screenshot, settle, signIn, type Browser } from './support/browser.ts';
import { demoRatingCodes } from '../scripts/demo/seed-mass-ratings.ts';

const HUIZE = '530326000000';
const NAGU = '530326102000';
const TUOCHE = '530326102204';

type Evaluation = { id: string; year: number; quarter: number; state: string };

describe('考核评议与统计: a quarter from computed to published, a villager\'s voice, the dashboard from county to village', () => {
  let browser: Browser | undefined;
  afterEach(async () => {
    await browser?.close();
    browser = undefined;
  });
  // Each person on a device of their own.
  const as = async (username?: string): Promise<Page> => {
    await browser?.close();
    browser = await openBrowser();
    if (username) await signIn(browser.page, username);
    return browser.page;
  };

  test('会泽县 recomputes the last quarter, adjusts the 拖车村 leader\'s score with a reason, confirms and publishes; he sees it', async () => {
    let page = await as('tuoche-leader');
    const me = (await (await page.request.get(`${baseUrl}/api/auth/me`)).json()) as { displayName: string };
    const leader = me.displayName.split('（')[0]!;
    const before = (await (await page.request.get(`${baseUrl}/api/evaluations/mine`)).json()) as { total: number };

    page = await as('huize-org');
    const listed = (await (await page.request.get(`${baseUrl}/api/evaluations?divisionCode=${HUIZE}`)).json()) as { items: Evaluation[] };
    const open = listed.items.find((e) => e.state === 'open');
    assert.ok(open, 'the demo leaves the last quarter waiting for the county');
    const label = `${open.year} 年第 ${open.quarter} 季度`;

    await page.getByRole('menuitem', { name: /季度测评/ }).click();
    await page.getByRole('link', { name: label }).click();
    await page.waitForURL(`**/evaluations/${open.id}**`);
    await page.getByRole('button', { name: /重新计算/ }).click();
    await page.getByText(/已重新计算|计算完成|已保存/).first().waitFor().catch(() => undefined);

    await page.goto(`${baseUrl}/evaluations/${open.id}?divisionCode=${TUOCHE}`);
    await page.getByRole('button', { name: `${leader} 的得分明细` }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByText('佐证').first().waitFor();
    const adjust = drawer.getByRole('form', { name: '调整得分' });
    await adjust.getByLabel('测评项目').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
    await adjust.getByLabel('调整后得分').fill('8');
    await adjust.getByLabel('调整理由').fill('核实');
    await adjust.getByRole('button', { name: /提交调整/ }).click();
    await adjust.getByText('调整理由至少 4 个字').waitFor();
    const reason = '经乡镇核实，驻村期间参加县级集中培训，按在村计算';
    await adjust.getByLabel('调整理由').fill(reason);
    await adjust.getByRole('button', { name: /提交调整/ }).click();
    await drawer.getByText(reason).waitFor();
    await screenshot(page, 'evaluation-adjusted');
    await page.keyboard.press('Escape');
    await settle(page);

    await page.getByRole('button', { name: /确认结果/ }).click();
    await page.locator('.ant-popover:visible').getByRole('button', { name: /确\s*定|OK/ }).click();
    await page.getByTestId('evaluation-state').filter({ hasText: '已确认' }).waitFor();
    await page.getByRole('button', { name: /公布结果/ }).click();
    await page.locator('.ant-popover:visible').getByRole('button', { name: /确\s*定|OK/ }).click();
    await page.getByTestId('evaluation-state').filter({ hasText: '已公布' }).waitFor();

    page = await as('tuoche-leader');
    await page.getByRole('menuitem', { name: /我的测评/ }).click();
    await page.getByText(label).first().waitFor();
    await page.getByText(reason).first().waitFor();
    const after = (await (await page.request.get(`${baseUrl}/api/evaluations/mine`)).json()) as { total: number };
    assert.equal(after.total, before.total + 1);
  });

  test('a villager of 长流村 rates the team through its public page once; the same code is refused the second time', async () => {
    let page = await as('gaozhou-org');
    const list = (await (await page.request.get(`${baseUrl}/api/mass-ratings?q=${encodeURIComponent('长流村')}`)).json()) as {
      items: { villageName: string; token: string | null }[];
    };
    const token = list.items.find((i) => i.villageName.includes('长流村') && i.token)?.token;
    assert.ok(token, '长流村 has an open rating page');

    page = await as();
    await page.goto(`${baseUrl}/r/${token}`);
    await page.getByText('长流村').first().waitFor();
    const code = demoRatingCodes[0]!;
    await page.getByLabel('评议码').fill(code);
    await page.getByRole('radio', { name: '满意', exact: true }).check();
    await page.getByRole('radio', { name: '建议留任', exact: true }).check();
    await page.getByRole('button', { name: /提交评议/ }).click();
    await page.getByText('感谢您的评议！').waitFor();
    await screenshot(page, 'mass-rating-thanks');

    await page.goto(`${baseUrl}/r/${token}`);
    await page.getByLabel('评议码').fill(code);
    await page.getByRole('radio', { name: '基本满意', exact: true }).check();
    await page.getByRole('radio', { name: '建议调整', exact: true }).check();
    await page.getByRole('button', { name: /提交评议/ }).click();
    await page.getByText('该评议码已使用').first().waitFor();
  });

  test('the county leader drills the dashboard from 会泽县 to 娜姑镇 to 拖车村 and exports it', async () => {
    const page = await as('huize-org');
    await page.getByRole('menuitem', { name: /统计分析/ }).click();
    await page.waitForURL('**/stats**');
    await page.locator('canvas').first().waitFor();
    await page.getByRole('link', { name: '娜姑镇', exact: true }).click();
    await page.waitForURL(`**/stats?*division=${NAGU}*`);
    await page.getByRole('navigation', { name: '地区层级' }).getByText('娜姑镇').waitFor();
    await screenshot(page, 'stats-township');
    await page.getByRole('link', { name: /^拖车村/ }).click();
    await page.waitForURL(`**/stats?*division=${TUOCHE}*`);
    const figures = (await (await page.request.get(`${baseUrl}/api/stats?division=${TUOCHE}`)).json()) as { figures: { teams: number } };
    assert.equal(figures.figures.teams, 1);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: /导出/ }).click();
    assert.match((await download).suggestedFilename(), /\.xlsx$/);
    await screenshot(page, 'stats-village');
  });
});
