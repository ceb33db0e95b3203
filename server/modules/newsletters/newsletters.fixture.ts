import { randomUUID } from 'node:crypto';
import type { AppDeps } from '../../platform/http/context.ts';
import type { NewsletterKind, NewsletterState } from '../../../contracts/newsletters.ts';
import { workflowInstances } from '../../platform/workflow/workflow.schema.ts';
import { newsletters } from './newsletters.schema.ts';

/** A newsletter written directly; a published one gets the given public token. */
export async function insertNewsletter(
  deps: AppDeps,
  values: { divisionCode: string; title: string; state?: NewsletterState; kind?: NewsletterKind; authorId?: string | null; publicToken?: string; issueNo?: number },
): Promise<string> {
  const published = values.state === 'published';
  const [row] = await deps.db
    .insert(newsletters)
    .values({
      divisionCode: values.divisionCode,
      kind: values.kind ?? 'first_secretary',
      title: values.title,
      body: '村里新建了党员活动室。\n\n群众反映良好。',
      state: values.state ?? 'draft',
      authorId: values.authorId ?? null,
      publicToken: published ? (values.publicToken ?? null) : null,
      issueNo: published ? (values.issueNo ?? 1) : null,
      publishedAt: published ? new Date() : null,
    })
    .returning({ id: newsletters.id });
  return row!.id;
}

/** A newsletter waiting for review, with its open approval, by an author who is nobody in the test. */
export async function insertInReview(deps: AppDeps, divisionCode: string, title: string): Promise<string> {
  const authorId = randomUUID();
  const id = await insertNewsletter(deps, { divisionCode, title, state: 'in_review', authorId });
  await deps.db.insert(workflowInstances).values({
    kind: 'newsletter',
    subjectId: id,
    state: 'in_review',
    title: `简报审核：${title}`,
    divisionCode,
    assigneeRole: 'county_org',
    applicantAccountId: authorId,
    link: `/newsletters/${id}`,
  });
  return id;
}
