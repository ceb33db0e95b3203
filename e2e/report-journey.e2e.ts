import { afterEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { baseUrl, openBrowser, screenshot, signIn, type Browser } from './support/browser.ts';

const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n');

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^账号菜单/ }).click();
  await page.getByRole('menuitem', { name: '退出登录' }).click();
  await page.waitForURL(/\/sign-in/);
}

/** Last month in Beijing: the month whose reports are due now. */
function lastMonth(): string {
  const beijing = new Date(Date.now() + 8 * 3600_000);
  const year = beijing.getUTCFullYear();
  const month = beijing.getUTCMonth();
  return month === 0 ? `${year - 1}-12` : `${year}-${String(month).padStart(2, '0')}`;
}

describe('a team sends its monthly work summary and the township reads it', () => {
  let browser: Browser | undefined;
  afterEach(async () => {
    await browser?.close();
    browser = undefined;
  });

  test('tuoche-leader sends the summary with a PDF (a program is refused), nagu-party finds it on the status page and marks it read', async () => {
    browser = await openBrowser();
    const { page } = browser;
    const period = lastMonth();
    const title = `拖车村驻村工作队${period}工作小结（${Date.now().toString(36)}）`;

    await signIn(page, 'tuoche-leader');
    await page.getByRole('menuitem', { name: /工作报告/ }).click();
    await page.waitForURL(`${baseUrl}/reports`);
    await page.getByRole('button', { name: '报送报告' }).click();
    await page.waitForURL(`${baseUrl}/reports/new`);
    await page.getByRole('heading', { name: '报送工作报告' }).waitFor();

    await page.getByLabel('报告类型').click();
    await page.getByTitle('工作小结', { exact: true }).click();
    await page.getByText(/应于 \d{4}-\d{2}-\d{2} 前报送/).waitFor();
    assert.equal(await page.getByLabel('所属月份').inputValue(), period);
    await page.getByLabel('标题').fill(title);
    await page.getByLabel('正文').fill('一、主要工作：走访农户 36 户，召开院坝会 2 次。二、存在问题：产业缺少技术指导。三、下月打算：推进项目验收。');

    const input = page.getByTestId('report-file-input');
    await input.setInputFiles({ name: 'setup.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ') });
    await page.getByText('不支持该文件类型').first().waitFor();
    await input.setInputFiles({ name: '院坝会纪要.pdf', mimeType: 'application/pdf', buffer: pdf });
    await page.getByText('院坝会纪要.pdf').waitFor();
    await screenshot(page, 'reports-1-leader-form');
    await page.getByRole('button', { name: /报\s*送/ }).last().click();

    await page.waitForURL(/\/reports\/[0-9a-f-]{36}$/);
    const reportUrl = page.url();
    await page.getByRole('heading', { name: title }).waitFor();
    await page.getByText('院坝会纪要.pdf').waitFor();
    await page.getByText('未阅').first().waitFor();
    await screenshot(page, 'reports-2-leader-sent');
    await signOut(page);

    await signIn(page, 'nagu-party');
    await page.getByRole('menuitem', { name: /工作报告/ }).waitFor();
    await page.goto(`${baseUrl}/reports/status?period=${period}`);
    await page.getByRole('heading', { name: '报送情况' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: '拖车村' }).first();
    await row.waitFor();
    await screenshot(page, 'reports-3-township-status');

    await page.goto(reportUrl);
    await page.getByRole('heading', { name: title }).waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: /院坝会纪要\.pdf/ }).click();
    const file = await download;
    assert.equal(file.suggestedFilename(), '院坝会纪要.pdf');
    assert.deepEqual(await readFile((await file.path())!), pdf);

    await page.getByRole('button', { name: '标记已阅' }).click();
    await page.getByText('已标记为已阅').waitFor();
    await page.getByText(/于 .* 已阅/).waitFor();
    assert.equal(await page.getByRole('button', { name: '标记已阅' }).count(), 0);
    await screenshot(page, 'reports-4-township-read');
  });
});
