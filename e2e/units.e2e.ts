import { afterEach, describe, test } from 'node:test';
import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { baseUrl, openBrowser, screenshot, settle, signIn, type Browser } from './support/browser.ts';

async function fillUnitForm(page: Page, name: string): Promise<void> {
  await page.getByLabel('单位名称').fill(name);
  await page.getByLabel('单位类型').click();
  await settle(page);
  // antd draws its options in a virtual list whose visible rows carry the label as their title.
  await page.getByTitle('县直单位', { exact: true }).click();
  await page.getByLabel('所在地').fill('娜姑');
  await page.getByRole('treeitem', { name: '云南省/曲靖市/会泽县/娜姑镇' }).waitFor();
  await settle(page);
  await page.getByRole('treeitem', { name: '云南省/曲靖市/会泽县/娜姑镇' }).click();
}

describe('units', () => {
  let browser: Browser | undefined;
  afterEach(async () => {
    await browser?.close();
    browser = undefined;
  });

  test('a county clerk registers a unit, is told about a duplicate, and edits it', async () => {
    browser = await openBrowser();
    const { page } = browser;
    const name = `会泽县测试局${randomBytes(3).toString('hex')}`;
    await signIn(page, 'huize-org');
    await page.getByRole('menuitem', { name: '单位' }).click();
    await page.getByRole('button', { name: '登记单位' }).click();
    await page.waitForURL(`${baseUrl}/units/new`);
    await page.getByRole('heading', { name: '登记单位' }).waitFor();

    // The contract's rules run in the browser before anything is sent.
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('单位名称至少 2 个字').waitFor();
    await page.getByText('请选择单位类型').waitFor();
    await page.getByText('请选择所在地').waitFor();
    await screenshot(page, 'unit-form-errors');

    await fillUnitForm(page, name);
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText(`已登记单位“${name}”`).waitFor();
    await page.waitForURL(`${baseUrl}/units`);

    // The server's field error lands beside the field it names.
    await page.getByRole('button', { name: '登记单位' }).click();
    await page.waitForURL(`${baseUrl}/units/new`);
    await page.getByRole('heading', { name: '登记单位' }).waitFor();
    await fillUnitForm(page, name);
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('同一地区已有同名单位').waitFor();

    await page.goto(`${baseUrl}/units`);
    await page.getByRole('searchbox', { name: '按名称或简称搜索' }).fill(name);
    await page.getByRole('searchbox', { name: '按名称或简称搜索' }).press('Enter');
    await page.waitForURL(/[?&]q=/);
    const row = page.getByRole('row').filter({ hasText: name });
    await row.getByRole('link', { name: '编辑' }).click();
    await page.getByRole('heading', { name: '修改单位' }).waitFor();
    await page.getByText('云南省/曲靖市/会泽县/娜姑镇').waitFor();
    await page.getByLabel('简称').fill('测试局');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText(`已保存单位“${name}”`).waitFor();
    await page.getByRole('row').filter({ hasText: '测试局' }).filter({ hasText: name }).waitFor();
  });
});
