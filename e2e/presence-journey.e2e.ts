import { afterEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { baseUrl, openBrowser, screenshot, settle, signIn, type Browser } from './support/browser.ts';

const beijingDay = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

describe('the in-post register', () => {
  let browser: Browser | undefined;
  afterEach(async () => {
    await browser?.close();
    browser = undefined;
  });

  test('a member records today and an earlier day; the township reads the month and exports it', async () => {
    browser = await openBrowser();
    const { page } = browser;
    const today = beijingDay();

    await signIn(page, 'tuoche-member');
    await page.getByRole('menuitem', { name: /在岗登记/ }).click();
    await page.waitForURL(`${baseUrl}/presence`);
    await page.getByText(/不要求每日打卡/).waitFor();
    await page.getByText('我的在村日历').waitFor();
    const mine = (await (await page.request.get(`${baseUrl}/api/presence/mine`)).json()) as { cadre: { name: string } };

    await page.getByRole('button', { name: '记录今天在村' }).click();
    await page.getByText(`登记 ${today} 在村`).waitFor();
    await settle(page);
    await page.getByRole('dialog').getByRole('button', { name: /^登\s*记$/ }).click();
    await page.getByText(`已登记 ${today}`).waitFor();
    await page.getByText('今天已登记').waitFor();
    assert.equal(await page.locator(`[data-day="${today}"]`).getAttribute('data-status'), 'recorded');

    // A day forgotten earlier this month is added by clicking it.
    const open = page.locator(`[data-status="open"][data-day^="${today.slice(0, 7)}"]`);
    if ((await open.count()) > 0) {
      const day = (await open.first().getAttribute('data-day'))!;
      await open.first().click();
      await page.getByText(`登记 ${day} 在村`).waitFor();
      await settle(page);
      await page.getByRole('dialog').getByRole('button', { name: /^登\s*记$/ }).click();
      await page.getByText(`已登记 ${day}`).waitFor();
      await page.locator(`[data-day="${day}"][data-status="recorded"]`).waitFor();
    }
    await screenshot(page, 'presence-member-calendar');

    // The leader sees his team's month and opens his member's calendar to record for him.
    await page.context().clearCookies();
    await signIn(page, 'tuoche-leader');
    await page.getByRole('menuitem', { name: /在岗登记/ }).click();
    await page.getByText('本月在村情况').waitFor();
    await page.getByRole('row').filter({ hasText: mine.cadre.name }).waitFor();
    await page.getByRole('combobox', { name: '为队员登记' }).click();
    await page.getByTitle(mine.cadre.name, { exact: true }).waitFor();
    await settle(page);
    await page.getByTitle(mine.cadre.name, { exact: true }).click();
    await page.getByText(`${mine.cadre.name} 的在村日历`).waitFor();
    await page.locator(`[data-day="${today}"][data-status="recorded"]`).waitFor();
    await screenshot(page, 'presence-leader');

    await page.context().clearCookies();
    await signIn(page, 'nagu-party');
    await page.getByRole('menuitem', { name: /在岗登记/ }).click();
    await page.waitForURL(`${baseUrl}/presence`);
    const row = page.getByRole('row').filter({ hasText: mine.cadre.name });
    await row.waitFor();
    await page.getByText(/按已过去的天数/).waitFor();
    await screenshot(page, 'presence-monthly-table');

    // The box follows the address bar, which the click changes a moment later.
    await page.getByRole('checkbox', { name: '仅看未达标' }).click();
    await page.waitForURL(/belowMinimum=1/);
    await page.getByRole('checkbox', { name: '仅看未达标', checked: true }).waitFor();

    const downloaded = page.waitForEvent('download');
    await page.getByRole('button', { name: /导\s*出/ }).click();
    const download = await downloaded;
    assert.match(download.suggestedFilename(), new RegExp(`^在村天数-${today.slice(0, 7)}-.*\\.xlsx$`));
  });
});
