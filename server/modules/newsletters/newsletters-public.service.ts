import type { AppDeps } from '../../platform/http/context.ts';
import { commonErrors } from '../../platform/errors/app-error.ts';
import { offsetOf } from '../../platform/db/paging.ts';
import { newsletterKinds, type PublicNewsletterList, type PublicNewsletterQuery, type PublicNewsletterView } from '../../../contracts/newsletters.ts';
import { divisionNames } from '../divisions/index.ts';
import * as repo from './newsletters.repository.ts';
import { issuerCode } from './newsletters.rules.ts';

function summaryOf(row: repo.NewsletterRow, names: Map<string, string>): Omit<PublicNewsletterView, 'body'> {
  const at = row.publishedAt ?? row.updatedAt;
  return {
    kind: row.kind,
    kindLabel: newsletterKinds.labels[row.kind].zh,
    issueNo: row.issueNo,
    title: row.title,
    publishedOn: new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10),
    issuerName: names.get(issuerCode(row.divisionCode)) ?? null,
    token: row.publicToken ?? '',
  };
}

/** A published issue for anyone; a draft, one in review and an unknown token all answer the same 404. */
export async function publicNewsletter(deps: AppDeps, token: string): Promise<PublicNewsletterView> {
  const row = await repo.findPublishedByToken(deps.db, token);
  if (!row) throw commonErrors.NOT_FOUND();
  return { ...summaryOf(row, await divisionNames(deps.db, [issuerCode(row.divisionCode)])), body: row.body };
}

export async function publicNewsletters(deps: AppDeps, query: PublicNewsletterQuery): Promise<PublicNewsletterList> {
  const { rows, total } = await repo.readPublished(deps.db, query.division, query.kind, { limit: query.pageSize, offset: offsetOf(query) });
  const names = await divisionNames(deps.db, [query.division, ...new Set(rows.map((r) => issuerCode(r.divisionCode)))]);
  return {
    regionName: names.get(query.division) ?? null,
    items: rows.map((r) => summaryOf(r, names)),
    total,
  };
}
