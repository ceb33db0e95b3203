import { afterEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { baseUrl, openBrowser, screenshot, signIn, type Browser } from './support/browser.ts';

describe('会议记录与联络小组: a township records a meeting its teams attended; the teams see it and the groups they are in', () => {
  let browser: Browser | undefined;
  afterEach(async () => {
    await browser?.close();
    browser = undefined;
  });
  const as = async (username: string): Promise<Page> => {
    await browser?.close();
    browser = await openBrowser();
    await signIn(browser.page, username);
    return browser.page;
  };
  const title = `拖车村片区驻村工作座谈会（${Date.now().toString(36)}）`;

  test('娜姑镇 records a symposium: told what is missing next to the field, then saved with its team, agenda and a decision', async () => {
    const page = await as('nagu-party');
    await page.getByRole('menuitem', { name: /会议记录/ }).click();
    await page.getByRole('button', { name: /记录会议/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('meeting-save').click();
    await dialog.getByText('请填写会议名称').waitFor();
    await dialog.getByText('请选择会议类别').waitFor();

    await dialog.getByLabel('会议类别').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '座谈会' }).click();
    await dialog.getByLabel('会议名称').fill(title);
    await dialog.getByLabel('地点').fill('拖车村村委会会议室');
    await dialog.getByLabel('主持人').fill('镇党委组织委员');
    await dialog.getByLabel('参会工作队').fill('拖车');
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '拖车村' }).click();
    await dialog.getByRole('button', { name: /添加议题/ }).click();
    await dialog.getByLabel('议题 1').fill('交流入户走访和监测户核查中的问题');
    await dialog.getByRole('button', { name: /添加成果/ }).click();
    await dialog.getByLabel('成果类别').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '议定事项' }).click();
    await dialog.getByLabel('内容').fill('下月起每月第一周召开片区座谈会');
    await dialog.getByTestId('meeting-save').click();

    await page.waitForURL(/\/meetings\/[0-9a-f-]{36}$/);
    await page.getByText('交流入户走访和监测户核查中的问题').waitFor();
    await page.getByText('下月起每月第一周召开片区座谈会').waitFor();
    await page.getByRole('cell', { name: /曲靖市中级人民法院驻娜姑镇拖车村扶贫工作队/ }).waitFor();
    await screenshot(page, 'meeting-recorded');
  });

  test('拖车村’s leader finds the meeting his team attended; 长流村’s leader finds 茂名’s liaison group and its contacts', async () => {
    let page = await as('tuoche-leader');
    await page.getByRole('menuitem', { name: /会议记录/ }).click();
    await page.getByRole('link', { name: title }).click();
    await page.getByText('拖车村村委会会议室').waitFor();
    assert.equal(await page.getByTestId('meeting-edit').count(), 0, 'a team reads, it does not edit');

    page = await as('changliu-leader');
    await page.getByRole('menuitem', { name: /联络小组/ }).click();
    await page.getByRole('link', { name: '省直中直驻茂名市精准扶贫工作联络小组' }).click();
    await page.getByRole('cell', { name: '李晓奋' }).waitFor();
    await page.getByRole('link', { name: /茂名市省直中直驻村党建扶贫工作交流座谈会/ }).click();
    await page.waitForURL(/\/meetings\//);
    await page.getByText('成立省直中直驻茂名市精准扶贫工作联络小组', { exact: false }).first().waitFor();
    const detail = (await (await page.request.get(`${baseUrl}/api/meetings?kind=symposium&q=${encodeURIComponent('交流座谈会')}`)).json()) as { total: number };
    assert.ok(detail.total >= 1);
    await screenshot(page, 'meeting-maoming');
  });
});
