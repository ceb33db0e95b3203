import { afterEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { baseUrl, openBrowser, screenshot, signIn, type Browser } from './support/browser.ts';

/** The quarter a day falls in, as the briefings name it. */
function quarterOf(day: Date): string {
  return `${day.getFullYear()}-Q${Math.floor(day.getMonth() / 3) + 1}`;
}

describe('理村顾问: a village advisor gets the quarterly briefing of his home village', () => {
  let browser: Browser | undefined;
  afterEach(async () => {
    await browser?.close();
    browser = undefined;
  });

  test('xindong-party briefs 长流村\'s advisor for this quarter; the link opens a page of figures that names nobody', async () => {
    browser = await openBrowser();
    const { page } = browser;
    await signIn(page, 'xindong-party');
    await page.getByRole('menuitem', { name: /理村顾问/ }).click();
    await page.waitForURL(`${baseUrl}/advisors`);
    await page.locator('table a[href^="/advisors/"]').first().click();
    await page.waitForURL(/\/advisors\/[0-9a-f-]{36}$/);
    const advisorId = page.url().split('/').pop()!;
    const advisorName = (await page.locator('h4, .ant-page-header-heading-title, [class*="title"]').first().textContent())?.trim() ?? '';
    // Last quarter's briefing was sent already: generating it again is refused with the reason.
    await page.getByTestId('briefing-row').first().waitFor();
    await page.getByTestId('briefing-generate').click();
    await page.getByRole('dialog').getByRole('button', { name: /确\s*定|OK/ }).click();
    await page.getByText(/该季度的通报已(生成|发送)/).first().waitFor();
    await screenshot(page, 'advisor-briefing-1-refused');

    const quarter = quarterOf(new Date());
    await page.getByRole('dialog').getByTestId('briefing-period').click();
    await page.getByTitle(quarter).click();
    await page.getByRole('dialog').getByRole('button', { name: /确\s*定|OK/ }).click();
    await page.getByTestId('briefing-row').filter({ hasText: quarter }).waitFor();
    await screenshot(page, 'advisor-briefing-2-generated');

    const token = await page.evaluate(async ({ id, period }) => {
      const response = await fetch(`/api/advisors/${id}`);
      const advisor = (await response.json()) as { briefings: { period: string; token: string | null }[] };
      return advisor.briefings.find((b) => b.period === period)?.token ?? null;
    }, { id: advisorId, period: quarter });
    assert.ok(token, 'the new briefing has a link');

    await page.goto(`${baseUrl}/b/${token}`);
    const content = page.getByTestId('briefing-content');
    await content.waitFor();
    const text = (await content.textContent()) ?? '';
    assert.match(text, /长流村/);
    assert.match(text, new RegExp(quarter));
    assert.ok(!/\d{17}[\dXx]/.test(text), 'no ID number on the public page');
    if (advisorName.length >= 2) assert.ok(!text.includes(advisorName), 'the advisor is not named on the public page');
    await screenshot(page, 'advisor-briefing-3-public-page');
  });
});
