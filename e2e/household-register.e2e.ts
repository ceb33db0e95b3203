import { afterEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { idNumberChecksum } from '../contracts/identity.ts';
import { baseUrl, openBrowser, screenshot, settle, signIn, type Browser } from './support/browser.ts';

/** Picks an option in the antd Select opened last (closed ones stay in the page, hidden). */
async function pickOption(page: Page, label: string, option: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  const item = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').getByTitle(option, { exact: true }).last();
  await item.waitFor();
  await settle(page);
  await item.click();
}

describe('a household is registered in 拖车村', () => {
  let browser: Browser | undefined;
  afterEach(async () => {
    await browser?.close();
    browser = undefined;
  });

  test('tuoche-leader types a wrong ID, reads the error beside it, corrects it and sees the masked ID on the household page', async () => {
    browser = await openBrowser();
    const { page } = browser;
    const run = Date.now().toString(36);
    // A birthday of its own per run, so a re-run against the same data never meets its earlier self.
    const day = String(1 + (Date.now() % 28)).padStart(2, '0');
    const first17 = `53032619720${(Date.now() % 9) + 1}${day}031`;
    const idNumber = `${first17}${idNumberChecksum(first17)}`;
    const wrong = `${first17}${idNumber[17] === '1' ? '2' : '1'}`;
    const name = `杨${run.slice(-2).toUpperCase()}华`;

    await signIn(page, 'tuoche-leader');
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    await page.goto(`${baseUrl}/households`);
    await page.getByRole('heading', { name: '帮扶对象' }).waitFor();
    await page.getByRole('button', { name: /登记新户/ }).click();
    await page.waitForURL(`${baseUrl}/households/new`);
    await page.getByRole('heading', { name: '登记帮扶对象' }).waitFor();

    await page.getByLabel('户编码').fill(`530326102204${run}`);
    await pickOption(page, '主要致贫原因', '因病');
    await page.getByLabel('姓名').fill(name);
    await pickOption(page, '劳动能力', '普通劳动力');
    await pickOption(page, '文化程度', '小学');
    await page.getByLabel('身份证号').fill(wrong);
    await page.getByRole('button', { name: /保\s*存/ }).click();

    const idField = page.locator('.ant-form-item').filter({ has: page.getByLabel('身份证号') });
    await idField.getByText('身份证号校验位不正确').waitFor();
    await screenshot(page, 'household-1-wrong-id');
    assert.equal(page.url(), `${baseUrl}/households/new`);

    await page.getByLabel('身份证号').fill(idNumber);
    await idField.getByText('身份证号校验位不正确').waitFor({ state: 'detached' });
    assert.equal(await page.getByLabel('出生日期').inputValue(), `1972-0${first17[11]}-${day}`);
    await page.getByRole('button', { name: /保\s*存/ }).click();

    await page.waitForURL(/\/households\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: `${name}户` }).waitFor();
    await page.getByRole('tab', { name: '家庭成员' }).click();
    const masked = `530326********${idNumber.slice(14)}`;
    const row = page.getByRole('row').filter({ hasText: name });
    await row.getByText(masked).waitFor();
    assert.equal(await page.getByText(idNumber).count(), 0);
    await screenshot(page, 'household-2-detail-members');
  });
});
