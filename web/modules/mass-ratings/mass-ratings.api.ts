import type { CodeBatchView, CodesBody, PublicRatingBody, PublicRatingReceipt, PublicRatingView, RatingLinkView, TeamSummaryView } from '../../../contracts/mass-ratings.ts';
import { api, type Query } from '../../platform/api.ts';

/** The first element of every rating query key; writes invalidate it. */
export const ratingKey = 'mass-ratings';

const team = (teamId: string) => `/api/mass-ratings/teams/${encodeURIComponent(teamId)}`;
const publicUrl = (token: string) => `/api/public/teams/${encodeURIComponent(token)}/rating`;

export const ratingApi = {
  listUrl: '/api/mass-ratings',
  exportList: (query: Query) => api.download('/api/mass-ratings/export', query),
  openLink: (teamId: string) => api.post<RatingLinkView>(`${team(teamId)}/link`),
  issueCodes: (teamId: string, body: CodesBody) => api.post<CodeBatchView>(`${team(teamId)}/codes`, body),
  summary: (teamId: string, query: Query) => api.get<TeamSummaryView>(`${team(teamId)}/summary`, query),
  publicPage: (token: string) => api.get<PublicRatingView>(publicUrl(token)),
  submit: (token: string, body: PublicRatingBody) => api.post<PublicRatingReceipt>(publicUrl(token), body),
};

/** What the slips' QR code opens: the rating page of this web app. */
export function ratingPageUrl(origin: string, token: string): string {
  return `${origin}/r/${encodeURIComponent(token)}`;
}
