import { defineMessages } from '../../platform/i18n.tsx';

export const useTodoMessages = defineMessages({
  'page.title': { zh: '待办事项', en: 'To-do' },
  'page.subtitle': { zh: '共 {total} 项，其中已逾期 {overdue} 项；每分钟自动刷新', en: '{total} items, {overdue} overdue; refreshed every minute' },
  'page.refresh': { zh: '刷新', en: 'Refresh' },
  'page.empty': { zh: '暂无待办事项', en: 'Nothing is waiting for you' },
  'item.overdue': { zh: '已逾期', en: 'Overdue' },
  'item.due': { zh: '截止 {date}', en: 'Due {date}' },
  'item.since': { zh: '{date} 起', en: 'Since {date}' },
  'item.open': { zh: '去处理', en: 'Open' },
  'card.title': { zh: '我的待办', en: 'My to-do' },
  'card.all': { zh: '查看全部（{total}）', en: 'See all ({total})' },
  'card.empty': { zh: '暂无待办事项', en: 'Nothing is waiting for you' },
  'card.failed': { zh: '待办事项暂时无法读取', en: 'The to-do list could not be read' },
});

/** Names of the kinds the modules send; a kind not listed here is named after the menu entry that counts it. */
export const todoKindLabels: Record<string, { zh: string; en: string }> = {
  leave: { zh: '请假审批', en: 'Leave approvals' },
  'leave.report_back': { zh: '请假未销假', en: 'Leave not reported back' },
  rectification: { zh: '限期整改', en: 'Rectifications' },
  selection: { zh: '选派审核', en: 'Selection' },
  selection_slot: { zh: '待推荐人选', en: 'Candidates to nominate' },
  'presence.below_minimum': { zh: '在村天数不足', en: 'Too few days in the village' },
  report_due: { zh: '待报送报告', en: 'Reports due' },
  reports_missing: { zh: '未报送月报', en: 'Monthly reports missing' },
};
