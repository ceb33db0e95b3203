import type { AppDeps } from '../../platform/http/context.ts';
import { massRatingMinCount, publicRatingBody, ratingCommentMax, type PublicRatingReceipt, type PublicRatingView } from '../../../contracts/mass-ratings.ts';
import type { z } from 'zod';
import * as repo from './mass-ratings.repository.ts';
import { ratingErrors } from './mass-ratings.errors.ts';
import { countsByTeam } from './mass-ratings.service.ts';
import { beijingDay, noRatings, presentSummary, questionnaire, quarterOfDay, ratingCodeHasher } from './mass-ratings.rules.ts';

async function linkOf(deps: AppDeps, token: string) {
  const link = token ? await repo.activeLinkByToken(deps.db, token) : undefined;
  const team = link ? await repo.teamById(deps.db, link.teamId) : undefined;
  // An unknown and a retired token answer alike, so the page says nothing about old QR codes.
  if (!link || !team) throw ratingErrors.RATING_LINK_NOT_FOUND();
  return { link, team };
}

/** The page behind a slip's QR code: no session, the token is the only key; nothing about a person. */
export async function publicRating(deps: AppDeps, token: string, now = new Date()): Promise<PublicRatingView> {
  const { team } = await linkOf(deps, token);
  const quarter = quarterOfDay(beijingDay(now));
  const counts = await countsByTeam(deps.db, [team.id], quarter);
  return {
    teamName: team.name,
    villageName: await repo.villageName(deps.db, team.divisionCode),
    ...quarter,
    questionnaire: questionnaire(ratingCommentMax),
    minCount: massRatingMinCount,
    summary: presentSummary(counts.get(team.id) ?? noRatings),
  };
}

/**
 * One household's voice. The code flips to used and the rating is written in one transaction; the
 * rating keeps the day only and nothing of the code, the address or the time. It is left off the
 * audit trail on purpose: an audit row's time and address would pair the voice with the voter.
 */
export async function submitRating(deps: AppDeps, token: string, body: z.output<typeof publicRatingBody>, now = new Date()): Promise<PublicRatingReceipt> {
  const { team } = await linkOf(deps, token);
  const codeHash = ratingCodeHasher(deps.config.dataKey)(body.code);
  const day = beijingDay(now);
  const quarter = quarterOfDay(day);
  await deps.db.transaction(async (tx) => {
    if (!(await repo.spendCode(tx, team.id, codeHash))) {
      if (await repo.codeKnown(tx, team.id, codeHash)) throw ratingErrors.RATING_CODE_USED([{ path: 'code', message: '该评议码已使用' }]);
      throw ratingErrors.RATING_CODE_UNKNOWN([{ path: 'code', message: '评议码不正确，请核对纸条' }]);
    }
    await repo.insertRating(tx, {
      teamId: team.id,
      divisionCode: team.divisionCode,
      ...quarter,
      satisfaction: body.satisfaction,
      keepOrAdjust: body.keepOrAdjust,
      comment: body.comment ?? null,
      ratedOn: day,
    });
  });
  return quarter;
}
