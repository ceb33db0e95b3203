import { z } from 'zod';
import { listOf, pageQuery } from './common.ts';

const instant = z.iso.datetime({ offset: true, message: '时间格式应为 ISO 8601，如 2026-05-01T08:00:00+08:00' });

export const auditOutcomes = ['success', 'failure'] as const;
export const auditOutcomeLabels: Record<(typeof auditOutcomes)[number], { zh: string; en: string }> = {
  success: { zh: '成功', en: 'Success' },
  failure: { zh: '失败', en: 'Failure' },
};

const filterShape = {
  actor: z.string().trim().max(64).optional(),
  action: z.string().trim().max(100).optional(),
  entityType: z.string().trim().max(64).optional(),
  entityId: z.string().trim().max(100).optional(),
  outcome: z.enum(auditOutcomes, { message: '结果只能是成功或失败' }).optional(),
  from: instant.optional(),
  to: instant.optional(),
};
const rangeInOrder = (f: { from?: string | undefined; to?: string | undefined }) => !f.from || !f.to || Date.parse(f.from) <= Date.parse(f.to);
const rangeMessage = { message: '结束时间不能早于开始时间', path: ['to'] };

export const auditEventFilters = z.object(filterShape).refine(rangeInOrder, rangeMessage);
export type AuditEventFilters = z.infer<typeof auditEventFilters>;

export const auditEventListQuery = pageQuery.extend(filterShape).refine(rangeInOrder, rangeMessage);
export type AuditEventListQuery = z.infer<typeof auditEventListQuery>;

export const auditEventView = z.object({
  // A bigserial: a string, so ids past 2^53 survive JavaScript.
  id: z.string(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  divisionCode: z.string().nullable(),
  outcome: z.enum(auditOutcomes),
  reason: z.string().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  requestId: z.string().nullable(),
  ip: z.string().nullable(),
});
export type AuditEventView = z.infer<typeof auditEventView>;
export const auditEventList = listOf(auditEventView);
