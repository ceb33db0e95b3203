import { afterEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { baseUrl, openBrowser, screenshot, signIn, type Browser } from './support/browser.ts';


/** Opens a menu entry and waits for its table to hold rows; a failed load fails the journey. */
async function openFromMenu(page: Page, entry: RegExp, path: string): Promise<void> {
  await page.getByRole('menuitem', { name: entry }).click();
  await page.waitForURL(new RegExp(`${path}(\\?|$)`));
  await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
  assert.equal(await page.getByText('加载失败').count(), 0);
}

describe('社会帮扶与产业: the seeds\' people find their records', () => {
  let browser: Browser | undefined;
  afterEach(async () => {
    await browser?.close();
    browser = undefined;
  });
  // Each account in a browser of its own, as each office has its own computer.
  const as = async (username: string): Promise<Page> => {
    await browser?.close();
    browser = await openBrowser();
    await signIn(browser.page, username);
    return browser.page;
  };

  test('梧州市 drills its statistics to 岑溪市; 大卫村 finds 香港善一堂\'s kindergarten money; 苍梧县 its enterprises; 蒙山县 its 五个一', async () => {
    let page = await as('wuzhou-city');
    await openFromMenu(page, /项目资金统计/, '/project-stats');
    await page.getByRole('cell', { name: '合计' }).first().waitFor();
    await page.getByRole('link', { name: '岑溪市' }).first().click();
    await page.waitForURL(/divisionCode=450481000000/);
    await page.getByRole('link', { name: '水汶镇' }).first().waitFor();
    await screenshot(page, 'social-1-project-stats-cenxi');

    page = await as('dawei-leader');
    await openFromMenu(page, /捐款捐物/, '/donations');
    await page.getByRole('cell', { name: '香港善一堂' }).first().waitFor();
    await page.getByText('680,000.00').first().waitFor();
    await screenshot(page, 'social-2-donations-dawei');

    page = await as('cangwu-org');
    await openFromMenu(page, /村企连心/, '/enterprises');
    assert.ok((await page.locator('.ant-table-tbody tr.ant-table-row').count()) >= 10);
    await screenshot(page, 'social-3-enterprises-cangwu');

    page = await as('mengshan-org');
    await openFromMenu(page, /五个一/, '/industry');
    await screenshot(page, 'social-4-industry-mengshan');
  });

  test('高州市\'s service station follows the backing units\' responsibility letters, task by task and unit by unit', async () => {
    const page = await as('gaozhou-station');
    await openFromMenu(page, /责任状/, '/responsibility-letters');
    await page.locator('.ant-table-tbody tr.ant-table-row a').first().click();
    await page.waitForURL(/\/responsibility-letters\/[0-9a-f-]{36}$/);
    await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
    await screenshot(page, 'social-5-letter');
    await page.goto(`${baseUrl}/responsibility-letters/performance`);
    await page.getByText('广东省高级人民法院').first().waitFor();
    await screenshot(page, 'social-6-letter-performance');
  });
});
