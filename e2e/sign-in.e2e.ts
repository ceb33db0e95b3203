import { afterEach, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { baseUrl, demoPassword, openBrowser, screenshot, settle, signIn, type Browser } from './support/browser.ts';

function firstEditableRow(page: Page) {
  return page.getByRole('row').filter({ has: page.getByRole('link', { name: '编辑' }) }).first();
}

// playwright-core has no `expect`: waiting for a locator to become visible (or a URL to match) is the assertion.
describe('signing in', () => {
  // A fresh profile per journey: no session cookie leaks from one to the next.
  let browser: Browser | undefined;
  afterEach(async () => {
    await browser?.close();
    browser = undefined;
  });

  test('a county organization department clerk signs in, opens the units and signs out', async () => {
    browser = await openBrowser();
    const { page } = browser;
    await signIn(page, 'huize-org');
    await page.getByRole('banner').getByText('会泽县', { exact: true }).waitFor();
    await page.getByRole('heading', { name: /您好/ }).waitFor();

    await page.getByRole('menuitem', { name: '单位' }).click();
    await page.waitForURL(`${baseUrl}/units`);
    await page.getByRole('heading', { name: '单位', exact: true }).waitFor();
    await page.getByRole('columnheader', { name: '单位名称' }).waitFor();
    await firstEditableRow(page).waitFor();
    await screenshot(page, 'units-desktop');

    await page.getByRole('button', { name: /账号菜单/ }).click();
    // A click during the dropdown's opening animation can be lost; wait for it to come to rest.
    await settle(page);
    await page.getByRole('menuitem', { name: '退出登录' }).click();
    await page.waitForURL(`${baseUrl}/sign-in`);
    await page.getByText('已退出登录').waitFor();

    await page.goto(`${baseUrl}/units`);
    await page.waitForURL(`${baseUrl}/sign-in`);
  });

  test('a wrong password is refused with the reason', async () => {
    browser = await openBrowser();
    const { page } = browser;
    await signIn(page, 'huize-org', 'not-the-password');
    await page.getByRole('alert').filter({ hasText: '用户名或密码错误' }).waitFor();
  });

  test('a session that ends elsewhere sends the user back to sign in, then to where they were', async () => {
    browser = await openBrowser();
    const { page, context } = browser;
    await signIn(page, 'huize-org');
    await page.getByRole('heading', { name: /您好/ }).waitFor();
    await context.clearCookies();
    await page.getByRole('menuitem', { name: '单位' }).click();
    await page.waitForURL(`${baseUrl}/sign-in`);
    await page.getByRole('alert').filter({ hasText: '登录已过期，请重新登录' }).waitFor();
    await page.getByLabel('用户名').fill('huize-org');
    await page.getByLabel('密码').fill(demoPassword);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL(`${baseUrl}/units`);
  });

  test('repeated wrong passwords lock the account, and the page says for how long', async () => {
    browser = await openBrowser();
    const { page } = browser;
    // An account no other journey signs in with: the lock lasts LOGIN_LOCK_MINUTES.
    await page.goto(`${baseUrl}/sign-in`);
    await page.getByLabel('用户名').fill('cangwu-station');
    const failures = Number(process.env.LOGIN_MAX_FAILURES ?? 5);
    for (let attempt = 1; attempt <= failures; attempt += 1) {
      await page.getByLabel('密码').fill(`wrong-${attempt}`);
      // The same words answer each attempt, so wait for this attempt's answer rather than for the text.
      const answered = page.waitForResponse((response) => response.url().endsWith('/api/auth/login'));
      await page.getByRole('button', { name: '登录' }).click();
      await answered;
      const expected = attempt < failures ? '用户名或密码错误' : /已锁定，请 \d+ 分钟后再试/;
      await page.getByRole('alert').filter({ hasText: expected }).waitFor();
    }
    await page.getByLabel('密码').fill(demoPassword);
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByRole('alert').filter({ hasText: /已锁定，请 \d+ 分钟后再试/ }).waitFor();
  });

  test('on a phone the menu sits in a drawer', async () => {
    browser = await openBrowser({ width: 390, height: 844 });
    const { page } = browser;
    await signIn(page, 'huize-org');
    await page.getByRole('banner').getByText('会泽县', { exact: true }).waitFor();
    await screenshot(page, 'home-phone');
    await page.getByRole('button', { name: '打开菜单' }).click();
    await page.getByRole('dialog').getByRole('menuitem', { name: '单位' }).waitFor();
    await screenshot(page, 'menu-phone');
    await settle(page);
    await page.getByRole('menuitem', { name: '单位' }).click();
    await page.getByRole('heading', { name: '单位', exact: true }).waitFor();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await firstEditableRow(page).waitFor();
    await screenshot(page, 'units-phone');
  });
});
