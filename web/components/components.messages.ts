import { defineMessages } from '../platform/i18n.tsx';

export const useComponentMessages = defineMessages({
  'table.total': { zh: '共 {total} 条', en: '{total} in all' },
  'sensitive.show': { zh: '显示', en: 'Show' },
  'sensitive.title': { zh: '查看完整信息', en: 'Show the full value' },
  'sensitive.notice': {
    zh: '查看完整的身份证号码、手机号码会被记录在审计日志中，请填写查看事由。',
    en: 'Viewing a full ID or phone number is recorded in the audit log. State the reason.',
  },
  'sensitive.reason': { zh: '查看事由', en: 'Reason' },
  'sensitive.reasonRequired': { zh: '请填写查看事由（至少 4 个字）', en: 'State a reason (at least 4 characters)' },
  'sensitive.confirm': { zh: '确认查看', en: 'Show' },
  'job.queued': { zh: '排队中', en: 'Queued' },
  'job.running': { zh: '处理中 {done}/{total}', en: 'Working {done}/{total}' },
  'job.succeeded': { zh: '已完成', en: 'Done' },
  'job.failed': { zh: '处理失败', en: 'Failed' },
  'export.button': { zh: '导出', en: 'Export' },
  'export.done': { zh: '已导出 {name}', en: 'Exported {name}' },
  'common.cancel': { zh: '取消', en: 'Cancel' },
  'result.forbidden': { zh: '没有访问此页面的权限', en: 'You may not open this page' },
  'result.forbiddenHint': { zh: '如需开通，请联系本级组织部门的系统管理员。', en: 'Ask your system administrator for access.' },
  'result.notFound': { zh: '页面或记录不存在', en: 'Page or record not found' },
  'result.notFoundHint': { zh: '它可能已被删除，或不在您的管辖范围内。', en: 'It may have been removed, or lies outside your scope.' },
  'result.failed': { zh: '加载失败', en: 'Failed to load' },
  'result.retry': { zh: '重试', en: 'Retry' },
  'result.home': { zh: '返回首页', en: 'Home' },
});
