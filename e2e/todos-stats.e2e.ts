import { afterEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { baseUrl, openBrowser, screenshot, signIn, type Browser } from './support/browser.ts';

type TodoList = { total: number; items: { title: string; link: string }[] };

describe('to-do list and on-duty statistics', () => {
  let browser: Browser | undefined;
  afterEach(async () => {
    await browser?.close();
    browser = undefined;
  });

  test('a county clerk finds his to-do list from the menu and the home page, and drills the statistics down a level and back', async () => {
    browser = await openBrowser();
    const { page } = browser;
    await signIn(page, 'huize-org');
    await page.getByRole('banner').getByText('会泽县', { exact: true }).waitFor();

    await page.getByText('我的待办').waitFor();
    const todos = (await (await page.request.get(`${baseUrl}/api/todos`)).json()) as TodoList;
    const menuEntries = await page.getByRole('menuitem').allInnerTexts();
    assert.match(menuEntries[1] ?? '', /^待办事项/, 'the to-do entry comes right after home');

    await page.getByRole('menuitem', { name: /待办事项/ }).click();
    await page.waitForURL(`${baseUrl}/todos`);
    await page.getByRole('heading', { name: '待办事项' }).waitFor();
    if (todos.total === 0) {
      await page.getByText('暂无待办事项').first().waitFor();
    } else {
      const first = todos.items[0]!;
      await page.getByRole('link', { name: first.title }).first().waitFor();
      assert.match(menuEntries[1] ?? '', new RegExp(String(todos.total > 99 ? '99' : todos.total)));
    }
    await screenshot(page, 'todos-page');

    await page.getByRole('menuitem', { name: /在岗统计/ }).click();
    await page.waitForURL(`${baseUrl}/duty-stats`);
    await page.getByRole('heading', { name: '在岗统计' }).waitFor();
    await page.getByRole('cell', { name: '合计' }).waitFor();
    await page.getByText(/本月在村天数最低要求/).waitFor();
    await screenshot(page, 'duty-stats-county');

    await page.getByRole('link', { name: '娜姑镇' }).click();
    await page.waitForURL(/divisionCode=530326102000/);
    await page.getByRole('cell', { name: /拖车村/ }).first().waitFor();
    await screenshot(page, 'duty-stats-township');

    await page.locator('.ant-breadcrumb').getByText('会泽县').click();
    await page.getByRole('link', { name: '娜姑镇' }).waitFor();
    assert.match(page.url(), /divisionCode=530326000000/, 'back at the clerk’s own county');

    const downloaded = page.waitForEvent('download');
    await page.getByRole('button', { name: /导\s*出/ }).click();
    const download = await downloaded;
    assert.match(download.suggestedFilename(), /^会泽县在岗统计-\d{4}-\d{2}\.xlsx$/);
  });
});
