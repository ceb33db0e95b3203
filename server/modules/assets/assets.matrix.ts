import { cases, type MatrixFixtures, type MatrixRow, type MatrixWorld } from '../../test/matrix.ts';
import { households } from '../households/index.ts';
import { insertAsset, insertProject, insertShare } from './assets.fixture.ts';

/** A 拖车村 project, its asset, and a household holding a share of the village cooperative. */
export const matrixFixtures: MatrixFixtures = async (w) => {
  const village = w.places.naguVillage;
  const project = await insertProject(w.deps, village, '矩阵测试饮水工程');
  const asset = await insertAsset(w.deps, { divisionCode: village, projectId: project });
  const [household] = await w.deps.db
    .insert(households)
    .values({ code: w.unique(`${village}A`), divisionCode: village, householderName: '矩阵股东', pinyin: 'juzhengudong', attribute: 'general', status: 'registered', memberCount: 1 })
    .returning({ id: households.id });
  const share = await insertShare(w.deps, { divisionCode: village, householdId: household!.id, cooperative: '矩阵测试合作社' });
  return { assetProject: project, asset, shareHousehold: household!.id, share };
};

type Case = Parameters<typeof cases>[1][number];
const admins: Case[] = [
  ['sys_admin', 'national', 403],
  ['audit_admin', 'national', 403],
];
const readers = (inside: number, outside: number): Case[] => [
  [null, 'anonymous', 401],
  ['team_leader', 'in', inside],
  ['team_member', 'in', inside],
  ['rural_office', 'in', inside],
  ['township_party', 'in', inside],
  ['county_org', 'in', inside],
  ['city_org', 'in', inside],
  ['discipline', 'in', inside],
  ['viewer', 'in', inside],
  ['viewer', 'out', outside],
  ['rural_office', 'out', outside],
  ['paired_cadre', 'in', 403],
  ['service_station', 'in', 403],
  ...admins,
];
/** Refused before any write: no session, no permission, or the record out of reach. */
const refused: Case[] = [
  [null, 'anonymous', 401],
  ['rural_office', 'out', 404],
  ['team_member', 'in', 403],
  ['county_org', 'in', 403],
  ['viewer', 'in', 403],
  ['paired_cadre', 'in', 403],
  ...admins,
];
const writers = (status: number): Case[] => [
  ['team_leader', 'in', status],
  ['township_party', 'in', status],
  ['rural_office', 'in', status],
];

const assetBody = (w: MatrixWorld) => ({
  projectId: w.ids.assetProject,
  divisionCode: w.places.naguVillage,
  name: '矩阵测试水池',
  kind: 'water_works',
  owner: '村集体',
  maintainer: '村委会',
  value: '1000.00',
  handedOverOn: '2025-01-01',
  condition: 'good',
});
const assetUrl = (w: MatrixWorld) => `/api/assets/${w.ids.asset}`;
const shareBody = (w: MatrixWorld) => ({ householdId: w.ids.shareHousehold, cooperative: '矩阵测试合作社', amount: '2000.00', since: '2020-01-01' });
const dividend = (year: number) => () => ({ year, amount: '100.00', paidOn: `${year}-12-31` });
const dividendRoute = { route: '/api/shares/:id/dividends', method: 'POST' as const, url: (w: MatrixWorld) => `/api/shares/${w.ids.share}/dividends` };

export const matrixRows: MatrixRow[] = [
  ...cases({ route: '/api/assets', method: 'GET', url: () => '/api/assets' }, readers(200, 200)),
  ...cases({ route: '/api/assets/export', method: 'GET', url: () => '/api/assets/export' }, readers(200, 200)),
  ...cases({ route: '/api/assets/:id', method: 'GET', url: assetUrl }, readers(200, 404)),
  ...cases({ route: '/api/assets', method: 'POST', url: () => '/api/assets', body: assetBody }, [
    ...refused.filter(([, scope]) => scope !== 'out'),
    // Out of the county, the village is not theirs to name.
    ['rural_office', 'out', 400],
    ...writers(201),
  ]),
  ...cases({ route: '/api/assets/:id', method: 'PUT', url: assetUrl, body: (w) => ({ ...assetBody(w), condition: undefined }) }, [...refused, ...writers(200)]),
  ...cases(
    { route: '/api/assets/:id/checks', method: 'POST', url: (w) => `${assetUrl(w)}/checks`, body: () => ({ checkedOn: '2025-06-01', condition: 'good', checkedBy: '矩阵检查人' }) },
    [...refused, ...writers(201)],
  ),
  ...cases({ route: '/api/shares', method: 'GET', url: () => '/api/shares' }, readers(200, 200)),
  ...cases({ route: '/api/shares/export', method: 'GET', url: () => '/api/shares/export' }, readers(200, 200)),
  ...cases({ route: '/api/shares/summary', method: 'GET', url: () => '/api/shares/summary?year=2025' }, readers(200, 200)),
  ...cases({ route: '/api/shares', method: 'POST', url: () => '/api/shares', body: shareBody }, [...refused, ...writers(201)]),
  ...cases({ ...dividendRoute, body: dividend(2025) }, [...refused, ['team_leader', 'in', 201]]),
  ...cases({ ...dividendRoute, body: dividend(2024) }, [['township_party', 'in', 201]]),
  ...cases({ ...dividendRoute, body: dividend(2023) }, [['rural_office', 'in', 201]]),
];
