import { afterEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { baseUrl, openBrowser, screenshot, settle, signIn, type Browser } from './support/browser.ts';

type Candidate = { cadreId: string; name: string; partyStatus: 'formal' | 'probationary'; teamName: string | null };

/** Opens a select and takes the option showing `option`. */
async function choose(page: Page, combobox: Locator, option: string | RegExp): Promise<void> {
  await combobox.click();
  const item = page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first();
  await item.waitFor();
  await settle(page);
  await item.click();
}

/** Finds a member in the picker by name and ticks him onto the roll. */
async function tick(page: Page, name: string): Promise<void> {
  const search = page.getByLabel('输入姓名或拼音首字母筛选');
  await search.fill(name);
  await search.press('Enter');
  await page.getByRole('checkbox', { name, exact: true }).first().check();
}

/** Names that appear once among the candidates, so ticking by name takes the intended person. */
function unique(candidates: Candidate[]): Candidate[] {
  const counts = new Map<string, number>();
  for (const c of candidates) counts.set(c.name, (counts.get(c.name) ?? 0) + 1);
  return candidates.filter((c) => counts.get(c.name) === 1);
}

describe('党建: a temporary branch from request to 六个一, and 五千行动\'s figures', () => {
  let browser: Browser | undefined;
  afterEach(async () => {
    await browser?.close();
    browser = undefined;
  });
  // Each office on a computer of its own.
  const as = async (username: string): Promise<Page> => {
    await browser?.close();
    browser = await openBrowser();
    await signIn(browser.page, username);
    return browser.page;
  };

  test('苍梧县 asks for a branch, is refused below three formal members, adds one; 梧州市 approves; a theme party day moves 六个一', async () => {
    let page = await as('cangwu-org');
    const listed = (await (await page.request.get(`${baseUrl}/api/temporary-branches/candidates`)).json()) as { items: Candidate[] };
    const people = unique(listed.items).filter((c) => c.teamName);
    const formal = people.filter((c) => c.partyStatus === 'formal');
    const probationary = people.find((c) => c.partyStatus === 'probationary');
    assert.ok(formal.length >= 3 && probationary, '苍梧县 has formal and probationary members on its teams');
    const [first, second, third] = formal as [Candidate, Candidate, Candidate];
    const village = /驻苍梧县(.+?)战斗团队/.exec(first.teamName ?? '')?.[1] ?? first.teamName!;
    const name = `苍梧县驻村工作队联合临时党支部${Date.now() % 100000}`;

    await page.goto(`${baseUrl}/temporary-branches/new`);
    await page.getByLabel('临时党支部名称', { exact: true }).fill(name);
    await page.getByLabel('所在地', { exact: true }).click();
    const place = page.getByRole('treeitem', { name: '苍梧县' }).first();
    await place.waitFor();
    await settle(page);
    await place.click();
    await choose(page, page.getByLabel('审批部门', { exact: true }), '市委组织部');
    await page.getByLabel('工作队', { exact: true }).fill(village.slice(-3));
    const team = page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: village.slice(-3) }).first();
    await team.waitFor();
    await team.click();
    await page.keyboard.press('Escape');
    for (const member of [first, second, probationary]) await tick(page, member.name);
    await page.getByTestId('formal-count').getByText('正式党员 2 名').waitFor();
    await page.getByRole('button', { name: /提交申请/ }).click();
    await page.getByText(/正式党员只有 2 名（预备党员不计入）/).first().waitFor();
    assert.match(page.url(), /\/temporary-branches\/new$/, 'nothing was created');
    await screenshot(page, 'party-1-refused-below-three');

    await tick(page, third.name);
    await page.getByRole('button', { name: /提交申请/ }).click();
    await page.waitForURL(/\/temporary-branches\/[0-9a-f-]{36}$/);
    const branchUrl = page.url();
    const branchId = branchUrl.split('/').pop()!;
    await page.getByTestId('workflow-panel').getByText('待审批').first().waitFor();
    await screenshot(page, 'party-2-submitted');

    page = await as('wuzhou-city');
    await page.goto(branchUrl);
    await page.getByTestId('workflow-action-approve').click();
    await page.getByTestId('workflow-comment').fill('同意成立，按属地管理纳入市委组织部管理');
    await page.getByRole('dialog').getByRole('button', { name: /确\s*定|确\s*认/ }).click();
    await page.getByTestId('workflow-panel').getByText('已批准').first().waitFor();
    await screenshot(page, 'party-3-approved');

    page = await as('cangwu-org');
    await page.goto(`${baseUrl}/six-ones/${branchId}`);
    const themeDays = page.getByTestId('six-ones-monthly_theme_day-done');
    await themeDays.waitFor();
    const before = (await themeDays.innerText()).trim();
    const doneBefore = Number(before.split('/')[0]);

    await page.goto(`${baseUrl}/org-life/new?partyOrgId=${branchId}`);
    await choose(page, page.getByLabel('活动类型', { exact: true }), '主题党日');
    await page.getByLabel('主题', { exact: true }).fill('学习贯彻党的二十届四中全会精神主题党日');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.waitForURL(new RegExp(`/six-ones/${branchId}$`));
    await page.getByTestId('six-ones-monthly_theme_day-done').getByText(`${doneBefore + 1}/`).waitFor();
    await screenshot(page, 'party-4-six-ones-moved');
  });

  test('省直机关工委 reads 五千行动\'s figures as seed 001 states them; 省总工会 finds its branch paired with 宝山村', async () => {
    let page = await as('guizhou-campaign');
    const campaigns = (await (await page.request.get(`${baseUrl}/api/campaigns`)).json()) as { items: { id: string; name: string }[] };
    const campaign = campaigns.items.find((c) => c.name.includes('五千行动'));
    assert.ok(campaign, 'the demo campaign is there');
    await page.goto(`${baseUrl}/campaigns/${campaign.id}/statistics`);
    await page.getByText('已有 1,263 个机关党支部结对帮扶 1,120 个村', { exact: false }).first().waitFor();
    for (const clause of ['2,152 户贫困户', '3,719 人次专业技术人员', '9,700 人次党员干部', '帮助解决问题 2,725 个', '提供政策和信息支持 3,457 条', '提供技术服务 5,987 人次', '帮助完善发展思路 2,563 条', '生成项目 1,927 个', '资金达 1.93亿元']) {
      await page.getByText(clause, { exact: false }).first().waitFor();
    }
    await screenshot(page, 'party-5-campaign-statistics');

    page = await as('gzunion-unit');
    await page.getByRole('menuitem', { name: /结对共建/ }).click();
    await page.waitForURL(/\/branch-pairings/);
    await page.getByText('中共宝山村支部委员会').first().waitFor();
    await screenshot(page, 'party-6-branch-pairing');
  });
});
