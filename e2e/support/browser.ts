import { mkdtemp, mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const baseUrl = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:3000';
export const demoPassword = process.env.DEMO_PASSWORD ?? 'Demo@2026';
/** Screenshots land where they are not committed; look at them after a run. */
export const screenshotDir = resolve(process.env.E2E_SCREENSHOT_DIR ?? '.test-data/e2e-screenshots');

export type Browser = { context: BrowserContext; page: Page; close: () => Promise<void> };

/**
 * Debian's Chromium with a throwaway profile: nothing carries over between journeys, and no
 * browser download (`npx playwright install`) is needed.
 */
export async function openBrowser(viewport = { width: 1280, height: 800 }): Promise<Browser> {
  const profile = await mkdtemp(join(tmpdir(), 'zhucun-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport,
    locale: 'zh-CN',
    // The people it serves are on Beijing time; the forms' "today" must be theirs, not this machine's.
    timezoneId: 'Asia/Shanghai',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  context.setDefaultTimeout(15_000);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Waits for CSS transitions (drawers, menus) to finish, so a screenshot shows where things come to
 * rest; endless ones (a spinner, a pulsing status dot) never finish and are not waited for.
 */
export async function settle(page: Page): Promise<void> {
  // A string, because this project's TypeScript has no DOM types outside web/.
  await page.waitForFunction(
    "document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity)",
  );
}

export async function screenshot(page: Page, name: string): Promise<string> {
  await settle(page);
  await mkdir(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Signs in through the form, as a person would. */
/**
 * Signs in through the form. With the demo password it waits until the app has left the sign-in page,
 * so the next step never races the session cookie; a deliberately wrong password returns at once.
 */
export async function signIn(page: Page, username: string, password = demoPassword): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  if (password === demoPassword) await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}
