import { afterEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import type { Page, Request } from 'playwright-core';
import { idNumberChecksum } from '../contracts/identity.ts';
import { baseUrl, openBrowser, screenshot, settle, signIn, type Browser } from './support/browser.ts';

const DAY = 86_400_000;
const huizeVillage = '云南省/曲靖市/会泽县/娜姑镇/拖车村村民委员会';

/**
 * A man's ID number (GB 11643) in 会泽县 that no earlier run registered: the clock picks the
 * birth date (1960–1999) and the serial, so runs a second apart differ.
 */
function uniqueIdentity(now = Date.now()) {
  const seconds = Math.floor(now / 1000);
  const birth = new Date(Date.UTC(1960, 0, 1) + (seconds % 14_600) * DAY).toISOString().slice(0, 10).replaceAll('-', '');
  const serial = String((Math.floor(seconds / 14_600) % 500) * 2 + 1).padStart(3, '0');
  const first17 = `530326${birth}${serial}`;
  const check = idNumberChecksum(first17);
  const idNumber = `${first17}${check}`;
  const suffix = String(seconds % 1_000_000).padStart(6, '0').replace(/\d/g, (d) => '零一二三四五六七八九'[Number(d)]!);
  return {
    idNumber,
    wrongIdNumber: `${first17}${check === '0' ? '1' : '0'}`,
    masked: `${idNumber.slice(0, 6)}********${idNumber.slice(14)}`,
    name: `测试${suffix}`,
    teamName: `会泽县测试${suffix}驻拖车村工作队`,
  };
}

/** Opens a select, types to search (when given) and clicks the option once it is listed. */
async function choose(page: Page, field: ReturnType<Page['getByLabel']>, typed: string | null, option: string): Promise<void> {
  await field.click();
  if (typed !== null) await field.fill(typed);
  await page.getByTitle(option, { exact: true }).waitFor();
  await settle(page);
  // antd draws its options in a virtual list whose visible rows carry the label as their title.
  await page.getByTitle(option, { exact: true }).click();
}

async function registerCadre(page: Page, who: ReturnType<typeof uniqueIdentity>): Promise<void> {
  const cadrePosts: Request[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/cadres') cadrePosts.push(request);
  });

  await page.getByRole('menuitem', { name: '干部' }).click();
  await page.getByRole('button', { name: '登记干部' }).click();
  await page.waitForURL(`${baseUrl}/cadres/new`);
  await page.getByRole('heading', { name: '登记干部' }).waitFor();

  await page.getByLabel('姓名').fill(who.name);
  const idField = page.getByLabel('身份证号');
  await idField.fill(who.wrongIdNumber);
  await page.getByRole('radio', { name: '男' }).check();
  await choose(page, page.getByLabel('政治面貌'), null, '中共党员');
  await choose(page, page.getByLabel('所在单位'), '农业农村', '会泽县农业农村局 · 会泽县');
  await page.getByLabel('职务', { exact: true }).fill('四级主任科员');
  await page.getByRole('button', { name: '保存' }).click();

  // The message sits in the field's own help, which the input names as its description.
  await page.getByText('身份证号校验位不正确').waitFor();
  assert.equal(await idField.getAttribute('aria-invalid'), 'true');
  const helpId = (await idField.getAttribute('aria-describedby'))?.split(' ').find((id) => id.endsWith('_help'));
  assert.ok(helpId, 'the ID field points at its help text');
  assert.equal((await page.locator(`[id="${helpId}"]`).innerText()).trim(), '身份证号校验位不正确');
  await screenshot(page, 'cadre-form-wrong-check-digit');

  // Nothing went to the server and nothing was saved.
  assert.equal(cadrePosts.length, 0);
  assert.equal(page.url(), `${baseUrl}/cadres/new`);
  const search = await page.request.get(`${baseUrl}/api/cadres?q=${encodeURIComponent(who.name)}`);
  assert.equal(((await search.json()) as { total: number }).total, 0);

  await idField.fill(who.idNumber);
  await page.getByText('身份证号校验位不正确').waitFor({ state: 'hidden' });
  // The ID fixes the birth date, shown read-only.
  assert.equal(await page.getByLabel('出生日期').inputValue(), `${who.idNumber.slice(6, 10)}-${who.idNumber.slice(10, 12)}-${who.idNumber.slice(12, 14)}`);
  await page.getByRole('button', { name: '保存' }).click();
  await page.getByText(`已登记干部“${who.name}”`).waitFor();
  await page.waitForURL(/\/cadres\/[0-9a-f-]{36}$/);
  await page.getByText(who.masked).waitFor();
  assert.equal(cadrePosts.length, 1);
}

async function formTeam(page: Page, who: ReturnType<typeof uniqueIdentity>): Promise<void> {
  await page.getByRole('menuitem', { name: '工作队' }).click();
  await page.getByRole('button', { name: '组建工作队' }).click();
  await page.waitForURL(`${baseUrl}/teams/new`);
  await page.getByRole('heading', { name: '组建驻村工作队' }).waitFor();

  await page.getByLabel('工作队名称').fill(who.teamName);
  await page.getByLabel('驻村村庄').fill('拖车');
  await page.getByRole('treeitem', { name: huizeVillage }).waitFor();
  await settle(page);
  await page.getByRole('treeitem', { name: huizeVillage }).click();

  // 组团式派驻: two units, the first (ticked when the form opens) leads.
  const units = page.getByRole('combobox', { name: '派出单位' });
  await choose(page, units.nth(0), '农业农村', '会泽县农业农村局 · 会泽县');
  await page.getByRole('button', { name: '添加派出单位' }).click();
  await choose(page, units.nth(1), '教育体育', '会泽县教育体育局 · 会泽县');
  assert.equal(await page.getByRole('checkbox', { name: '牵头单位' }).nth(0).isChecked(), true);
  assert.equal(await page.getByRole('checkbox', { name: '牵头单位' }).nth(1).isChecked(), false);

  // Typing moves the calendar to the date; its cell (titled with the date) is then clicked, as Enter would submit the form.
  await page.getByLabel('任期开始').fill('2025-03-01');
  await page.getByTitle('2025-03-01', { exact: true }).waitFor();
  await settle(page);
  await page.getByTitle('2025-03-01', { exact: true }).click();
  assert.equal(await page.getByLabel('任期开始').inputValue(), '2025-03-01');

  await page.getByRole('button', { name: '添加队员' }).click();
  await choose(page, page.getByRole('combobox', { name: '干部' }), who.name, `${who.name} · 男 · 会泽县农业农村局`);
  await page.getByRole('combobox', { name: '队内职务' }).click();
  await settle(page);
  // The first member is proposed as 队长兼第一书记, so the chosen value carries that title too; the open list comes after it.
  await page.getByTitle('队长兼第一书记', { exact: true }).last().click();
  // Choosing the value already shown leaves the list open.
  await page.keyboard.press('Escape');
  await screenshot(page, 'team-form-filled');

  await page.getByRole('button', { name: '保存' }).click();
  await page.getByText(`已组建工作队“${who.teamName}”`).waitFor();
  await page.waitForURL(/\/teams\/[0-9a-f-]{36}$/);
}

async function readRoster(path: string): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.getWorksheet('队员花名册');
  assert.ok(sheet, 'the roster has its sheet');
  const rows: string[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((value) => String(value ?? ''))));
  return rows;
}

describe('a team is formed', () => {
  let browser: Browser | undefined;
  afterEach(async () => {
    await browser?.close();
    browser = undefined;
  });

  test('a county clerk registers a cadre, forms a team with him as 队长兼第一书记 and exports its roster', async () => {
    browser = await openBrowser();
    const { page } = browser;
    const who = uniqueIdentity();
    await signIn(page, 'huize-org');
    await page.getByRole('banner').getByText('会泽县', { exact: true }).waitFor();

    await registerCadre(page, who);
    await formTeam(page, who);

    await page.getByRole('heading', { name: who.teamName }).waitFor();
    const member = page.getByRole('row').filter({ hasText: who.name });
    await member.getByText('队长兼第一书记').waitFor();
    await member.getByText(who.masked).waitFor();
    await page.getByText('会泽县教育体育局').waitFor();
    await screenshot(page, 'team-detail');

    const downloaded = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出花名册' }).click();
    const download = await downloaded;
    assert.equal(download.suggestedFilename(), `${who.teamName}-队员花名册.xlsx`);
    const rows = await readRoster(await download.path());

    const header = rows.find((row) => row.includes('身份证号'));
    assert.ok(header, 'the roster has a header row');
    const cadreRow = rows.find((row) => row[header.indexOf('姓名')] === who.name);
    assert.ok(cadreRow, `the roster lists ${who.name}`);
    assert.equal(cadreRow[header.indexOf('队内职务')], '队长兼第一书记');
    assert.equal(cadreRow[header.indexOf('身份证号')], who.masked);
    assert.ok(!rows.flat().some((cell) => cell.includes(who.idNumber)), 'the clear ID number is nowhere in the roster');
    await page.getByText(/已导出/).waitFor();
  });
});
