import type { FastifyBaseLogger } from 'fastify';
import type { NoticeDetail } from '../../../contracts/notices.ts';

export type NoticePush = { title: string; region: string | null; issuedAt: string | null; url: string };

/**
 * Hands an issued notice to the county's messaging gateway (政务钉钉, 企业微信, SMS). It runs after the
 * issue has committed and never fails it: the receipts in the system stay the record, a lost push
 * is only logged.
 */
export async function pushIssuedNotice(webhookUrl: string | undefined, notice: NoticeDetail, log: Pick<FastifyBaseLogger, 'warn'>): Promise<void> {
  if (!webhookUrl) return;
  const payload: NoticePush = { title: notice.title, region: notice.regionName, issuedAt: notice.issuedAt, url: `/notices/${notice.id}` };
  try {
    const response = await fetch(webhookUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(payload),
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) log.warn({ noticeId: notice.id, status: response.status }, 'notice push refused');
  } catch (error) {
    log.warn({ noticeId: notice.id, err: error }, 'notice push failed');
  }
}
