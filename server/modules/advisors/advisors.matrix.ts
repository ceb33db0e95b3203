import { cases, type MatrixCase, type MatrixFixtures, type MatrixRow, type MatrixWorld } from '../../test/matrix.ts';
import { advisorBriefings, advisors } from './index.ts';
import { composeBriefing } from './briefing-content.service.ts';
import { newBriefingToken, parsePeriod } from './advisors.rules.ts';

/**
 * An advisor of 拖车村 with a sent 2026-Q3 briefing and a revoked Q2 one: generating Q3 again,
 * sending it again, revoking Q2 again and deleting the advisor are refused (409) in scope, so the
 * matrix changes nothing it relies on.
 */
export const matrixFixtures: MatrixFixtures = async (w) => {
  const village = w.places.naguVillage;
  const [advisor] = await w.deps.db
    .insert(advisors)
    .values({ divisionCode: village, name: '矩阵顾问', occupation: '在昆明创业的企业家', phoneCipher: w.deps.cipher.encrypt('13900001111'), phoneMasked: '139****1111', appointedOn: '2025-01-01' })
    .returning();
  const insertBriefing = async (period: string, state: { sentAt?: Date; revokedAt?: Date }) => {
    const content = await composeBriefing(w.deps.db, village, parsePeriod(period)!);
    const [row] = await w.deps.db
      .insert(advisorBriefings)
      .values({ advisorId: advisor!.id, divisionCode: village, period, content, token: newBriefingToken(), channel: state.sentAt ? 'wechat' : null, ...state })
      .returning();
    return row!;
  };
  const sent = await insertBriefing('2026-Q3', { sentAt: new Date() });
  const revoked = await insertBriefing('2026-Q2', { revokedAt: new Date() });
  return { advisor: advisor!.id, sentBriefing: sent.id, sentToken: sent.token, revokedBriefing: revoked.id };
};

const advisorUrl = (suffix = '') => (w: MatrixWorld) => `/api/advisors/${w.ids.advisor}${suffix}`;
const body = (w: MatrixWorld) => ({ divisionCode: w.places.naguVillage, name: w.unique('顾问').slice(0, 20), occupation: '外出创业能人', appointedOn: '2025-06-01' });
const keepBody = (w: MatrixWorld) => ({ divisionCode: w.places.naguVillage, name: '矩阵顾问', occupation: '在昆明创业的企业家', appointedOn: '2025-01-01' });
const admins: MatrixCase[] = [
  ['sys_admin', 'national', 403],
  ['audit_admin', 'national', 403],
];
const readers = (inside: number): MatrixCase[] => [
  [null, 'anonymous', 401],
  ['team_leader', 'in', inside],
  ['team_leader', 'out', 404],
  ['township_party', 'in', inside],
  ['county_org', 'in', inside],
  ['county_org', 'out', 404],
  ['viewer', 'in', 200],
  ['viewer', 'out', 404],
  ['team_member', 'in', 403],
  ['rural_office', 'in', 403],
  ...admins,
];
const briefers = (inside: number): MatrixCase[] => [
  [null, 'anonymous', 401],
  ['team_leader', 'in', inside],
  ['team_leader', 'out', 404],
  ['township_party', 'in', inside],
  ['county_org', 'in', inside],
  ['county_org', 'out', 404],
  ['viewer', 'in', 403],
  ['team_member', 'in', 403],
  ['rural_office', 'in', 403],
  ...admins,
];

export const matrixRows: MatrixRow[] = [
  ...cases({ route: '/api/advisors', method: 'GET', url: () => '/api/advisors' }, [
    [null, 'anonymous', 401],
    ['team_leader', 'in', 200],
    ['team_leader', 'out', 200],
    ['township_party', 'in', 200],
    ['county_org', 'in', 200],
    ['viewer', 'in', 200],
    ['team_member', 'in', 403],
    ['rural_office', 'in', 403],
    ...admins,
  ]),
  ...cases({ route: '/api/advisors/export', method: 'GET', url: () => '/api/advisors/export' }, [
    [null, 'anonymous', 401],
    ['county_org', 'in', 200],
    ['township_party', 'out', 200],
    ['team_leader', 'in', 403],
    ['viewer', 'in', 403],
    ...admins,
  ]),
  ...cases({ route: '/api/advisors/supports', method: 'GET', url: () => '/api/advisors/supports' }, [
    [null, 'anonymous', 401],
    ['viewer', 'in', 200],
    ['county_org', 'out', 200],
    ['team_member', 'in', 403],
    ...admins,
  ]),
  ...cases({ route: '/api/advisors/supports/export', method: 'GET', url: () => '/api/advisors/supports/export' }, [
    [null, 'anonymous', 401],
    ['county_org', 'in', 200],
    ['team_leader', 'in', 403],
    ['viewer', 'in', 403],
    ...admins,
  ]),
  ...cases({ route: '/api/advisors/:id', method: 'GET', url: advisorUrl() }, readers(200)),
  ...cases({ route: '/api/advisors', method: 'POST', url: () => '/api/advisors', body }, [
    [null, 'anonymous', 401],
    ['team_leader', 'in', 201],
    ['team_leader', 'out', 404],
    ['county_org', 'in', 201],
    ['viewer', 'in', 403],
    ['team_member', 'in', 403],
    ...admins,
  ]),
  ...cases({ route: '/api/advisors/:id', method: 'PUT', url: advisorUrl(), body: keepBody }, [
    [null, 'anonymous', 401],
    ['township_party', 'in', 200],
    ['township_party', 'out', 404],
    ['viewer', 'in', 403],
    ['team_member', 'in', 403],
    ...admins,
  ]),
  ...cases({ route: '/api/advisors/:id', method: 'DELETE', url: advisorUrl() }, [
    [null, 'anonymous', 401],
    // Briefed already: kept, so refused even in scope.
    ['team_leader', 'in', 409],
    ['team_leader', 'out', 404],
    ['viewer', 'in', 403],
    ...admins,
  ]),
  ...cases({ route: '/api/advisors/:id/reveal', method: 'POST', url: advisorUrl('/reveal'), body: () => ({ reason: '电话通知季度通报' }) }, briefers(200)),
  ...cases({ route: '/api/advisors/:id/supports', method: 'GET', url: advisorUrl('/supports') }, readers(200)),
  ...cases(
    { route: '/api/advisors/:id/supports', method: 'POST', url: advisorUrl('/supports'), body: () => ({ kind: 'expertise', givenOn: '2026-01-10', description: '指导合作社经营' }) },
    [
      [null, 'anonymous', 401],
      ['team_leader', 'in', 201],
      ['team_leader', 'out', 404],
      ['county_org', 'in', 201],
      ['viewer', 'in', 403],
      ['team_member', 'in', 403],
      ...admins,
    ],
  ),
  ...cases({ route: '/api/advisors/:id/briefings', method: 'POST', url: advisorUrl('/briefings'), body: () => ({ period: '2026-Q3' }) }, briefers(409)),
  ...cases({ route: '/api/advisors/:id/briefings/:bid', method: 'GET', url: (w) => `/api/advisors/${w.ids.advisor}/briefings/${w.ids.sentBriefing}` }, readers(200)),
  ...cases(
    { route: '/api/advisors/:id/briefings/:bid/send', method: 'POST', url: (w) => `/api/advisors/${w.ids.advisor}/briefings/${w.ids.sentBriefing}/send`, body: () => ({ channel: 'sms' }) },
    briefers(409),
  ),
  ...cases({ route: '/api/advisors/:id/briefings/:bid/revoke', method: 'POST', url: (w) => `/api/advisors/${w.ids.advisor}/briefings/${w.ids.revokedBriefing}/revoke` }, briefers(409)),
  ...cases({ route: '/api/advisors/briefings/generate', method: 'POST', url: () => '/api/advisors/briefings/generate', body: () => ({ period: '2026-Q3' }) }, [
    [null, 'anonymous', 401],
    ['county_org', 'in', 200],
    ['county_org', 'out', 200],
    ['team_leader', 'in', 200],
    ['viewer', 'in', 403],
    ['team_member', 'in', 403],
    ...admins,
  ]),
  ...cases({ route: '/api/public/briefings/:token', method: 'GET', url: (w) => `/api/public/briefings/${w.ids.sentToken}` }, [[null, 'anonymous', 200]]),
  ...cases({ route: '/api/public/briefings/:token', method: 'GET', url: () => '/api/public/briefings/unknown-token' }, [[null, 'anonymous', 404]]),
];
