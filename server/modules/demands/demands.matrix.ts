import { cases, type MatrixFixtures, type MatrixRow, type MatrixWorld } from '../../test/matrix.ts';
import { createCadre } from '../../test/factories.ts';
import { households } from '../households/index.ts';
import { demands } from './demands.schema.ts';
import { todayInBeijing } from './demands.rules.ts';

const later = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/**
 * A 拖车村 household and three of its demands: one waiting to be assigned (reassigning keeps it
 * assignable), one being handled by a cadre none of the matrix accounts is, one already solved.
 */
export const matrixFixtures: MatrixFixtures = async (w) => {
  const village = w.places.naguVillage;
  const cadre = await createCadre(w.deps, { unitId: w.units.inside, divisionCode: village });
  const [household] = await w.deps.db
    .insert(households)
    .values({ code: w.unique(`${village}D`), divisionCode: village, householderName: '矩阵户主', pinyin: 'juzhenhuzhu', attribute: 'general', status: 'registered' })
    .returning();
  const base = { divisionCode: village, householdId: household!.id, raisedBy: '矩阵村民', raisedOn: '2026-01-05', category: 'other', content: '矩阵测试诉求' };
  const rows = await w.deps.db
    .insert(demands)
    .values([
      { ...base, state: 'open' },
      { ...base, state: 'assigned', assignedCadreId: cadre.id, assignedOn: '2026-01-06', dueOn: later(30) },
      { ...base, state: 'solved', assignedCadreId: cadre.id, assignedOn: '2026-01-06', dueOn: '2026-01-20', solvedOn: '2026-01-10', solution: '已办结' },
    ])
    .returning({ id: demands.id });
  return { demandHousehold: household!.id, demandCadre: cadre.id, demandOpen: rows[0]!.id, demandAssigned: rows[1]!.id, demandSolved: rows[2]!.id };
};

const url = (key: string, suffix = '') => (w: MatrixWorld) => `/api/demands/${w.ids[key]}${suffix}`;
const raiseBody = (w: MatrixWorld) => ({ raisedBy: '矩阵村民', householdId: w.ids.demandHousehold, raisedOn: todayInBeijing(), category: 'housing', content: '矩阵测试登记诉求' });
const admins: [null | 'sys_admin' | 'audit_admin', 'national', number][] = [
  ['sys_admin', 'national', 403],
  ['audit_admin', 'national', 403],
];
const readers = (inside: number, outside: number): [Parameters<typeof cases>[1][number][0], 'in' | 'out', number][] => [
  ['team_leader', 'in', inside],
  ['team_member', 'in', inside],
  ['paired_cadre', 'in', inside],
  ['township_party', 'in', inside],
  ['rural_office', 'in', inside],
  ['county_org', 'in', inside],
  ['city_org', 'in', inside],
  ['discipline', 'in', inside],
  ['viewer', 'in', inside],
  ['viewer', 'out', outside],
  ['team_leader', 'out', outside],
  ['unit_party', 'in', 403],
];

export const matrixRows: MatrixRow[] = [
  ...cases({ route: '/api/demands', method: 'GET', url: () => '/api/demands' }, [[null, 'anonymous', 401], ...readers(200, 200), ...admins]),
  ...cases({ route: '/api/demands/export', method: 'GET', url: () => '/api/demands/export' }, [[null, 'anonymous', 401], ...readers(200, 200), ...admins]),
  ...cases({ route: '/api/demands/summary', method: 'GET', url: () => '/api/demands/summary' }, [[null, 'anonymous', 401], ...readers(200, 200), ...admins]),
  ...cases({ route: '/api/demands/:id', method: 'GET', url: url('demandOpen') }, [[null, 'anonymous', 401], ...readers(200, 404), ...admins]),
  ...cases({ route: '/api/demands', method: 'POST', url: () => '/api/demands', body: raiseBody }, [
    [null, 'anonymous', 401],
    ['team_leader', 'in', 201],
    ['team_member', 'in', 201],
    ['paired_cadre', 'in', 201],
    // Another county's household is not found.
    ['team_member', 'out', 404],
    ['township_party', 'in', 403],
    ['rural_office', 'in', 403],
    ['county_org', 'in', 403],
    ['viewer', 'in', 403],
    ...admins,
  ]),
  ...cases({ route: '/api/demands/:id/assign', method: 'POST', url: url('demandOpen', '/assign'), body: (w) => ({ cadreId: w.ids.demandCadre, dueOn: later(14) }) }, [
    [null, 'anonymous', 401],
    ['team_leader', 'in', 200],
    ['township_party', 'in', 200],
    ['team_leader', 'out', 404],
    ['township_party', 'out', 404],
    ['team_member', 'in', 403],
    ['paired_cadre', 'in', 403],
    ['rural_office', 'in', 403],
    ['viewer', 'in', 403],
    ...admins,
  ]),
  // A solved day after today: whoever may solve gets 400 and the demand stays as it is.
  ...cases({ route: '/api/demands/:id/solve', method: 'POST', url: url('demandAssigned', '/solve'), body: () => ({ solvedOn: later(5), solution: '矩阵测试办结' }) }, [
    [null, 'anonymous', 401],
    ['team_leader', 'in', 400],
    ['township_party', 'in', 400],
    ['team_leader', 'out', 404],
    // Writers who are not the assigned cadre.
    ['team_member', 'in', 403],
    ['paired_cadre', 'in', 403],
    ['rural_office', 'in', 403],
    ['viewer', 'in', 403],
    ...admins,
  ]),
  ...cases({ route: '/api/demands/:id/close', method: 'POST', url: url('demandSolved', '/close'), body: () => ({ reason: '矩阵测试不予受理' }) }, [
    [null, 'anonymous', 401],
    // Already solved: the assigners are refused by the state.
    ['team_leader', 'in', 409],
    ['township_party', 'in', 409],
    ['township_party', 'out', 404],
    ['team_member', 'in', 403],
    ['county_org', 'in', 403],
    ['viewer', 'in', 403],
    ...admins,
  ]),
];
