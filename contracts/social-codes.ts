// The code lists of responsibility letters, social resources and industry (domain.md §6, §12), shared by the server, the forms and the statistics.
import type { Label } from './household-codes.ts';

function codeList<const K extends string>(entries: Record<K, Label>) {
  return { codes: Object.keys(entries) as [K, ...K[]], labels: entries };
}

/** A task of a 责任状: reported done by the unit, confirmed (or sent back) by whoever holds the letter. */
export const letterTaskStates = codeList({
  open: { zh: '未完成', en: 'Open' },
  reported: { zh: '已报完成', en: 'Reported done' },
  confirmed: { zh: '已确认完成', en: 'Confirmed' },
});
export type LetterTaskState = (typeof letterTaskStates.codes)[number];

/** What an enterprise, an advisor or a donor gives ([002]: 出资、出力修路修桥、改善办公条件; 生产原料和富余劳动力). */
export const contributionKinds = codeList({
  money: { zh: '资金', en: 'Money' },
  goods: { zh: '物资', en: 'Goods' },
  jobs: { zh: '就业岗位', en: 'Jobs' },
  purchases: { zh: '消费帮扶（采购）', en: 'Purchases' },
  project: { zh: '项目引进', en: 'Project brought in' },
  expertise: { zh: '智力支持', en: 'Expertise' },
});
export type ContributionKind = (typeof contributionKinds.codes)[number];

export const donorKinds = codeList({
  enterprise: { zh: '企业', en: 'Enterprise' },
  organization: { zh: '社会组织', en: 'Organization' },
  individual: { zh: '个人', en: 'Individual' },
  unit: { zh: '机关事业单位', en: 'Public unit' },
});
export type DonorKind = (typeof donorKinds.codes)[number];

export const donationForms = codeList({
  money: { zh: '捐款', en: 'Money' },
  goods: { zh: '捐物', en: 'Goods' },
});
export type DonationForm = (typeof donationForms.codes)[number];

/** How a briefing reached the advisor: the platform's own link, or handed on by the village. */
export const briefingChannels = codeList({
  link: { zh: '链接', en: 'Link' },
  sms: { zh: '短信', en: 'SMS' },
  wechat: { zh: '微信', en: 'WeChat' },
  post: { zh: '邮寄', en: 'Post' },
  in_person: { zh: '当面', en: 'In person' },
});
export type BriefingChannel = (typeof briefingChannels.codes)[number];

/** 五个一 ([002]) with [004]'s 示范园: the industry records a village keeps. */
export const demoBaseKinds = codeList({
  base: { zh: '产业示范基地', en: 'Demonstration base' },
  garden: { zh: '帮扶示范园', en: 'Demonstration garden' },
  collective: { zh: '村集体经济园', en: 'Collective garden' },
});
export type DemoBaseKind = (typeof demoBaseKinds.codes)[number];
