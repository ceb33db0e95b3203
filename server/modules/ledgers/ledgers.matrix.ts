import { cases, type MatrixCase, type MatrixFixtures, type MatrixRow, type MatrixWorld } from '../../test/matrix.ts';
import { insertCommitment, insertTeamWithMembers } from './ledgers.fixture.ts';

/** A team of 拖车村 sent by the Huize unit, and commitments of its leader to edit, settle and delete. */
export const matrixFixtures: MatrixFixtures = async (w) => {
  const team = await insertTeamWithMembers(w.deps, { unitId: w.units.inside, divisionCode: w.places.naguVillage, name: w.unique('矩阵台账工作队') });
  const commitment = (content: string) => insertCommitment(w.deps, { teamId: team.teamId, cadreId: team.leader, divisionCode: w.places.naguVillage, content, dueOn: '2099-12-31' });
  return {
    ledgerTeam: team.teamId,
    ledgerCadre: team.leader,
    ledgerCommitment: await commitment('修建村级活动场所'),
    ledgerCommitmentSettle: await commitment('引进一家合作社'),
    ledgerCommitmentDelete: await commitment('安装路灯 50 盏'),
  };
};

const admins: MatrixCase[] = [
  ['sys_admin', 'national', 403],
  ['audit_admin', 'national', 403],
  ['security_admin', 'national', 403],
];
const readers = (outside: number): MatrixCase[] => [
  [null, 'anonymous', 401],
  ['county_org', 'in', 200],
  ['county_org', 'out', outside],
  ['township_party', 'in', 200],
  ['city_org', 'in', 200],
  ['discipline', 'in', 200],
  ['team_member', 'in', 200],
  ['viewer', 'in', 200],
  ['rural_office', 'in', 403],
  ['paired_cadre', 'in', 403],
  ...admins,
];
const exporters: MatrixCase[] = [
  [null, 'anonymous', 401],
  ['county_org', 'in', 200],
  ['township_party', 'in', 200],
  ['team_member', 'in', 403],
  ['viewer', 'in', 403],
  ['discipline', 'in', 403],
  ...admins,
];
/** Writing is the team leader's (of that team) and the county's. */
const writersRefused: MatrixCase[] = [
  [null, 'anonymous', 401],
  ['county_org', 'out', 404],
  ['township_party', 'in', 403],
  ['team_leader', 'in', 403],
  ['team_member', 'in', 403],
  ['viewer', 'in', 403],
  ...admins,
];

const commitmentUrl = (key: string) => (w: MatrixWorld) => `/api/ledgers/commitments/${w.ids[key]}`;
const edit = () => ({ content: '修建村级活动场所 200 平方米', promisedOn: '2025-03-01', dueOn: '2099-12-31' });

export const matrixRows: MatrixRow[] = [
  ...cases({ route: '/api/ledgers', method: 'GET', url: () => '/api/ledgers?year=2025' }, readers(200)),
  ...cases({ route: '/api/ledgers/commitments', method: 'GET', url: () => '/api/ledgers/commitments' }, readers(200)),
  ...cases({ route: '/api/ledgers/commitments/export', method: 'GET', url: () => '/api/ledgers/commitments/export' }, exporters),
  ...cases({ route: '/api/ledgers/:cadreId', method: 'GET', url: (w) => `/api/ledgers/${w.ids.ledgerCadre}?year=2025` }, readers(404)),
  ...cases({ route: '/api/ledgers/:cadreId/export', method: 'GET', url: (w) => `/api/ledgers/${w.ids.ledgerCadre}/export?year=2025` }, exporters),
  ...cases(
    { route: '/api/ledgers/commitments', method: 'POST', url: () => '/api/ledgers/commitments', body: (w) => ({ cadreId: w.ids.ledgerCadre, content: '培育致富带头人', promisedOn: '2025-03-01', dueOn: '2099-12-31' }) },
    [...writersRefused.filter(([, scope]) => scope !== 'out'), ['county_org', 'out', 403], ['county_org', 'in', 201]],
  ),
  ...cases({ route: '/api/ledgers/commitments/:id', method: 'PUT', url: commitmentUrl('ledgerCommitment'), body: edit }, [...writersRefused, ['county_org', 'in', 200]]),
  ...cases(
    { route: '/api/ledgers/commitments/:id/settle', method: 'POST', url: (w) => `${commitmentUrl('ledgerCommitmentSettle')(w)}/settle`, body: () => ({ state: 'kept', settledOn: '2025-06-01', outcome: '合作社已注册' }) },
    [
      [null, 'anonymous', 401],
      ['township_party', 'out', 404],
      ['team_leader', 'in', 403],
      ['viewer', 'in', 403],
      ...admins,
      ['township_party', 'in', 200],
      ['county_org', 'in', 409],
    ],
  ),
  ...cases({ route: '/api/ledgers/commitments/:id', method: 'DELETE', url: commitmentUrl('ledgerCommitmentDelete') }, [...writersRefused, ['county_org', 'in', 204], ['county_org', 'in', 404]]),
];
