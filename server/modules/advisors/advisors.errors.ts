import { defineErrors } from '../../platform/errors/app-error.ts';

export const advisorErrors = defineErrors({
  ADVISOR_NOT_VILLAGE: { status: 400, zh: '理村顾问须聘在村一级', en: 'An advisor belongs to a village' },
  BRIEFING_EXISTS: { status: 409, zh: '该季度的通报已生成；未发送前可重新生成', en: 'This quarter is briefed already; regenerate it while unsent' },
  BRIEFING_SENT: { status: 409, zh: '该季度的通报已发送，不能重新生成', en: 'This briefing was sent and stays as sent' },
  BRIEFING_REVOKED: { status: 409, zh: '该通报的链接已撤销', en: 'The link of this briefing is revoked' },
  ADVISOR_HAS_BRIEFINGS: { status: 409, zh: '已有通报记录的顾问不能删除，请改为停聘', en: 'An advisor with briefings is kept; mark him inactive instead' },
  // One wording for unknown and revoked links, so the answer tells nothing about which tokens ever existed.
  PUBLIC_BRIEFING_NOT_FOUND: { status: 404, zh: '该通报链接已失效或不存在，请向村党组织咨询', en: 'This briefing link is no longer valid' },
});
