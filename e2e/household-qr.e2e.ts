import { afterEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { baseUrl, openBrowser, screenshot, signIn, type Browser } from './support/browser.ts';

/** The year in Beijing, which is the year the public page shows measures for. */
function beijingYear(): number {
  return new Date(Date.now() + 8 * 3600_000).getUTCFullYear();
}

describe('a household QR card (一户一码)', () => {
  const browsers: Browser[] = [];
  afterEach(async () => {
    for (const browser of browsers.splice(0)) await browser.close();
  });

  test('tuoche-leader makes the code, a stranger scans it and sees the masked name and measures, then the code is revoked', async () => {
    const leader = await openBrowser();
    browsers.push(leader);
    const { page } = leader;
    await signIn(page, 'tuoche-leader');
    await page.getByRole('menuitem', { name: /帮扶对象/ }).first().waitFor();

    const me = (await (await page.request.get(`${baseUrl}/api/auth/me`)).json()) as { csrfToken: string };
    const list = (await (await page.request.get(`${baseUrl}/api/households?pageSize=5`)).json()) as { items: { id: string; householderName: string; divisionCode: string }[] };
    const household = list.items.find((h) => h.divisionCode === '530326102204') ?? list.items[0];
    assert.ok(household, 'the demo data holds households in 拖车村');
    const content = `e2e 扫码公开措施 ${Date.now().toString(36)}`;
    const measure = await page.request.post(`${baseUrl}/api/households/${household.id}/measures`, {
      headers: { 'x-csrf-token': me.csrfToken },
      data: { year: beijingYear(), category: 'industry', content, done: false },
    });
    assert.equal(measure.status(), 201, await measure.text());

    await page.goto(`${baseUrl}/households/${household.id}`);
    await page.getByRole('tab', { name: '档案资料' }).click();
    const make = page.getByRole('button', { name: '生成二维码' });
    const remake = page.getByRole('button', { name: '重新生成' });
    await make.or(remake).first().waitFor();
    if (await make.isVisible()) {
      await make.click();
    } else {
      await remake.click();
      await page.getByRole('button', { name: '确定' }).click();
    }
    await page.getByText('二维码已生成').waitFor();
    await page.getByTestId('household-qr').waitFor();
    const publicUrl = await page.getByRole('link', { name: '打开公开页' }).getAttribute('href');
    assert.ok(publicUrl && /\/q\/[A-Za-z0-9_-]{32,}$/.test(publicUrl), `public link ${publicUrl}`);
    await screenshot(page, 'household-qr-1-archive-tab');

    await page.getByRole('button', { name: '打印二维码卡片' }).click();
    await page.waitForURL(/\/qr-card$/);
    await page.getByTestId('household-qr').waitFor();
    await screenshot(page, 'household-qr-2-card');
    // On paper only the card: no menu, no header, no print button.
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.getByRole('button', { name: '打印' }).isVisible(), false);
    assert.equal(await page.getByRole('menuitem', { name: /首页/ }).isVisible(), false);
    assert.equal(await page.getByTestId('household-qr').isVisible(), true);
    await screenshot(page, 'household-qr-2-card-print');
    await page.emulateMedia({ media: 'screen' });
    await page.goBack();

    await page.getByRole('tab', { name: '档案资料' }).click();
    await page.getByRole('button', { name: /打印扶贫手册/ }).click();
    await page.waitForURL(/\/handbook$/);
    const printed = page.getByTestId('handbook-measure').filter({ hasText: content });
    await printed.waitFor();
    assert.match(await printed.innerText(), /户主签字 ______\s+帮扶责任人签字 ______\s+日期 ______/);
    await screenshot(page, 'household-qr-3-handbook');
    await page.goBack();

    const stranger = await openBrowser({ width: 390, height: 844 });
    browsers.push(stranger);
    await stranger.page.goto(publicUrl);
    const name = [...household.householderName];
    const masked = `${name[0]}${'*'.repeat(Math.max(name.length - 1, 1))}`;
    await stranger.page.getByText(`户主：${masked}`).waitFor();
    await stranger.page.getByText(content).waitFor();
    const body = await stranger.page.locator('body').innerText();
    assert.ok(!body.includes(household.householderName), 'the full name of the householder is not shown');
    assert.ok(!/\d{6}\*{8}|\d{17}[\dX]/.test(body), 'no ID number, not even masked');
    assert.equal(stranger.page.url(), publicUrl, 'no sign-in was asked for');
    await screenshot(stranger.page, 'household-qr-4-public');

    await page.getByRole('tab', { name: '档案资料' }).click();
    await page.getByRole('button', { name: '撤销' }).click();
    await page.getByRole('button', { name: '确定' }).click();
    await page.getByText('二维码已撤销').waitFor();
    await page.getByRole('button', { name: '生成二维码' }).waitFor();

    await stranger.page.reload();
    await stranger.page.getByText('二维码已失效').waitFor();
    assert.ok(!(await stranger.page.locator('body').innerText()).includes(content));
    await screenshot(stranger.page, 'household-qr-5-revoked');
  });
});
