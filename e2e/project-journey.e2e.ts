import { afterEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { baseUrl, openBrowser, screenshot, settle, signIn, type Browser } from './support/browser.ts';

const LIFECYCLE_PROJECT = '长流村集中供水工程（示范）';

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^账号菜单/ }).click();
  await page.getByRole('menuitem', { name: '退出登录' }).click();
  await page.waitForURL(/\/sign-in/);
}

/** Opens a select and takes the option showing `option`. */
async function choose(page: Page, combobox: Locator, option: string): Promise<void> {
  await combobox.click();
  const item = page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first();
  await item.waitFor();
  await settle(page);
  await item.click();
}

async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name }).click();
  await settle(page);
}

/** Presses a workflow button and confirms its dialog, with a comment when one is given. */
async function take(page: Page, action: string, comment?: string): Promise<void> {
  await page.getByTestId(`workflow-action-${action}`).click();
  const dialog = page.locator('.ant-modal:visible');
  await dialog.waitFor();
  if (comment) await dialog.getByTestId('workflow-comment').fill(comment);
  await dialog.getByRole('button', { name: /确\s*定/ }).click();
}

async function asUser(page: Page, username: string, projectUrl: string): Promise<void> {
  await signOut(page);
  await signIn(page, username);
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  await page.goto(projectUrl);
}

describe('a project is proposed, reviewed, approved, started, paid, completed and accepted', () => {
  let browser: Browser | undefined;
  afterEach(async () => {
    await browser?.close();
    browser = undefined;
  });

  test('changliu-leader proposes, xindong-party reviews, gaozhou-rural approves; start waits for the notice', async () => {
    browser = await openBrowser();
    const { page } = browser;
    const name = `长流村饮水安全巩固提升工程（${Date.now().toString(36)}）`;

    await signIn(page, 'changliu-leader');
    await page.getByRole('menuitem', { name: /项目库/ }).click();
    await page.waitForURL(`${baseUrl}/projects`);
    await page.getByTestId('project-new').click();
    await page.waitForURL(`${baseUrl}/projects/new`);
    await page.getByRole('heading', { name: '申报项目' }).waitFor();
    await page.getByTestId('project-name').fill(name);
    await choose(page, page.getByLabel('项目类别'), '饮水工程');
    await page.getByLabel('实施村（第一个为项目所在地）').fill('长流');
    const village = page.getByRole('treeitem', { name: /长流村/ }).first();
    await village.waitFor();
    await settle(page);
    await village.click();
    await page.keyboard.press('Escape');
    await page.getByTestId('project-responsible').fill('新垌镇人民政府');
    await page.getByTestId('project-budget').fill('180,000.00');
    const first = page.getByTestId('project-source-row').nth(0);
    await first.getByPlaceholder('出资方').fill('高州市财政局');
    await first.getByPlaceholder('金额（元）').fill('120000');
    await page.getByTestId('project-add-source').click();
    const second = page.getByTestId('project-source-row').nth(1);
    await choose(page, second.locator('.ant-select').first(), '帮扶单位资金');
    await second.getByPlaceholder('出资方').fill('广东省高级人民法院');
    await second.getByPlaceholder('金额（元）').fill('50000');
    // The total follows the rows as they are typed, and says what is missing.
    await page.getByTestId('project-sources-total').getByText('还差 ¥10,000.00', { exact: false }).waitFor();
    await second.getByPlaceholder('金额（元）').fill('60,000.00');
    await page.getByTestId('project-sources-total').getByText('与预算一致', { exact: false }).waitFor();
    await page.getByTestId('project-add-output').click();
    const output = page.getByTestId('project-output-row').nth(0);
    await choose(page, output.locator('.ant-select').first(), '饮水工程（处）');
    await output.getByPlaceholder('计划数量').fill('1');
    await screenshot(page, 'project-1-leader-form');
    await page.getByTestId('project-submit').click();
    await page.waitForURL(/\/projects\/[0-9a-f-]{36}$/);
    const projectUrl = page.url();
    await page.getByText('待乡镇审核').first().waitFor();

    await asUser(page, 'xindong-party', projectUrl);
    await openTab(page, '审批流程');
    await take(page, 'review', '符合村规划，同意上报');
    await page.getByTestId('workflow-panel').getByText('待县级审批').first().waitFor();
    await screenshot(page, 'project-2-township-reviewed');

    await asUser(page, 'gaozhou-rural', projectUrl);
    await openTab(page, '审批流程');
    await take(page, 'approve', '同意立项');
    await page.getByTestId('workflow-panel').getByText('已批准（公示）').first().waitFor();
    await openTab(page, '基本信息');
    const notice = (await page.getByTestId('project-notice').innerText()).trim();
    const match = /^(\d{4}-\d{2}-\d{2}) 至 (\d{4}-\d{2}-\d{2})$/.exec(notice);
    assert.ok(match, `notice shown as dates: ${notice}`);
    await screenshot(page, 'project-3-county-approved-notice');

    await asUser(page, 'changliu-leader', projectUrl);
    await openTab(page, '审批流程');
    await take(page, 'start');
    const refusal = page.getByTestId('project-refusal');
    await refusal.waitFor();
    assert.ok((await refusal.innerText()).includes(match[2]!), 'the refusal names the notice’s last day');
    await screenshot(page, 'project-4-start-refused');
  });

  test('the demo project: started, paid within its budget, completed and accepted', async () => {
    browser = await openBrowser();
    const { page } = browser;

    await signIn(page, 'changliu-leader');
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    await page.goto(`${baseUrl}/projects?q=${encodeURIComponent('集中供水工程（示范）')}`);
    await page.getByRole('link', { name: LIFECYCLE_PROJECT }).click();
    await page.waitForURL(/\/projects\/[0-9a-f-]{36}$/);
    const projectUrl = page.url();
    await openTab(page, '审批流程');
    await take(page, 'start');
    await page.getByTestId('workflow-panel').getByText('实施中').first().waitFor();

    await asUser(page, 'gaozhou-rural', projectUrl);
    await openTab(page, '资金拨付');
    await page.getByTestId('funds-pay').click();
    await choose(page, page.locator('.ant-modal:visible').getByLabel('资金来源'), '财政资金');
    await page.getByTestId('payment-amount').fill('80,000.00');
    await page.getByTestId('payment-payee').fill('高州市水利水电工程有限公司');
    await page.getByTestId('payment-purpose').fill('蓄水池土建进度款');
    await page.getByTestId('payment-submit').click();
    await page.getByTestId('funds-remaining').getByText('220,000.00', { exact: false }).waitFor();
    // ¥220,000.00 remain of the budget, ¥120,000.00 of the fiscal source: more than that is refused on the amount.
    await page.getByTestId('funds-pay').click();
    await choose(page, page.locator('.ant-modal:visible').getByLabel('资金来源'), '财政资金');
    await page.getByTestId('payment-amount').fill('230,000.00');
    await page.getByTestId('payment-payee').fill('高州市水利水电工程有限公司');
    await page.getByTestId('payment-purpose').fill('供水管网工程款');
    await page.getByTestId('payment-submit').click();
    const amountItem = page.locator('.ant-form-item', { has: page.getByTestId('payment-amount') });
    await amountItem.locator('.ant-form-item-explain-error').first().waitFor();
    await screenshot(page, 'project-5-payment-refused');
    await page.keyboard.press('Escape');

    await asUser(page, 'changliu-leader', projectUrl);
    await openTab(page, '审批流程');
    await page.getByTestId('project-complete').click();
    await page.locator('.ant-modal:visible').getByRole('button', { name: /确\s*定|OK/ }).click();
    await page.getByTestId('workflow-panel').getByText('已完工').first().waitFor();

    await asUser(page, 'gaozhou-rural', projectUrl);
    await openTab(page, '审批流程');
    await take(page, 'accept', '工程质量合格，同意验收');
    await page.getByTestId('workflow-panel').getByText('已验收').first().waitFor();
    await openTab(page, '基本信息');
    assert.match((await page.getByTestId('project-acceptance-notice').innerText()).trim(), /^\d{4}-\d{2}-\d{2} 至 \d{4}-\d{2}-\d{2}$/);
    await screenshot(page, 'project-6-accepted');
  });
});
