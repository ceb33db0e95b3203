import { cases, type MatrixCase, type MatrixFixtures, type MatrixRow, type MatrixWorld } from '../../test/matrix.ts';
import { responsibilityLetters, responsibilityTasks } from './index.ts';

const year = 2026;
const tasks = [
  { title: '矩阵测试修路', target: '硬化村道 1 公里', dueOn: `${year}-12-31` },
  { title: '矩阵测试饮水', target: '修复饮水管网', dueOn: `${year}-12-31` },
];

/**
 * A 拖车村 letter of the Huize unit (the "in" unit of unit-scoped roles): its first task open, its
 * second reported done. Every action row is refused before a change (bad body, wrong state) or
 * changes nothing (the same letter written back), so rows may run in any order.
 */
export const matrixFixtures: MatrixFixtures = async (w) => {
  const village = w.places.naguVillage;
  return w.deps.db.transaction(async (tx) => {
    const [letter] = await tx
      .insert(responsibilityLetters)
      .values({ unitId: w.units.inside, divisionCode: village, year, title: '矩阵测试责任状', signedOn: `${year}-01-05`, signedWith: '会泽县扶贫攻坚服务站' })
      .returning();
    const [open, reported] = await tx
      .insert(responsibilityTasks)
      .values([
        { letterId: letter!.id, unitId: w.units.inside, divisionCode: village, seq: 1, ...tasks[0]! },
        { letterId: letter!.id, unitId: w.units.inside, divisionCode: village, seq: 2, ...tasks[1]!, state: 'reported', completedOn: `${year}-03-01`, completionNote: '已完成' },
      ])
      .returning();
    return { letter: letter!.id, letterOpenTask: open!.id, letterReportedTask: reported!.id };
  });
};

const letterUrl = (suffix = '') => (w: MatrixWorld) => `/api/responsibility-letters/${w.ids.letter}${suffix}`;
const taskUrl = (task: 'letterOpenTask' | 'letterReportedTask', step: string) => (w: MatrixWorld) =>
  `/api/responsibility-letters/${w.ids.letter}/tasks/${w.ids[task]}/${step}`;
const letterBody = (w: MatrixWorld, ids: boolean) => ({
  unitId: w.units.inside,
  divisionCode: w.places.naguVillage,
  year,
  title: '矩阵测试责任状',
  signedOn: `${year}-01-05`,
  signedWith: '会泽县扶贫攻坚服务站',
  tasks: tasks.map((task, index) => ({ ...task, ...(ids ? { id: index === 0 ? w.ids.letterOpenTask : w.ids.letterReportedTask } : {}) })),
});

const admins: MatrixCase[] = [
  ['sys_admin', 'national', 403],
  ['audit_admin', 'national', 403],
];
const readers = (inside: number, outside: number): MatrixCase[] => [
  [null, 'anonymous', 401],
  ['county_org', 'in', inside],
  ['county_org', 'out', outside],
  ['service_station', 'in', inside],
  ['service_station', 'out', outside],
  ['unit_party', 'in', inside],
  ['unit_party', 'out', outside],
  ['team_leader', 'in', inside],
  ['township_party', 'in', inside],
  ['city_org', 'in', inside],
  ['rural_office', 'in', inside],
  ['viewer', 'in', inside],
  ['viewer', 'out', outside],
  ['team_member', 'in', 403],
  ['discipline', 'in', 403],
  ['paired_cadre', 'in', 403],
  ...admins,
];
/** The county and its station write and confirm; everyone else is refused, whatever the scope. */
const countyOnly = (inside: number): MatrixCase[] => [
  [null, 'anonymous', 401],
  ['county_org', 'in', inside],
  ['county_org', 'out', 404],
  ['service_station', 'in', inside],
  ['service_station', 'out', 404],
  ['unit_party', 'in', 403],
  ['team_leader', 'in', 403],
  ['township_party', 'in', 403],
  ['city_org', 'in', 403],
  ['viewer', 'in', 403],
  ['team_member', 'in', 403],
  ...admins,
];

export const matrixRows: MatrixRow[] = [
  ...cases({ route: '/api/responsibility-letters', method: 'GET', url: () => '/api/responsibility-letters' }, readers(200, 200)),
  ...cases({ route: '/api/responsibility-letters/:id', method: 'GET', url: letterUrl() }, readers(200, 404)),
  ...cases({ route: '/api/responsibility-letters/performance', method: 'GET', url: () => `/api/responsibility-letters/performance?year=${year}` }, readers(200, 200)),
  ...cases({ route: '/api/responsibility-letters/export', method: 'GET', url: () => '/api/responsibility-letters/export' }, [
    [null, 'anonymous', 401],
    ['county_org', 'in', 200],
    ['service_station', 'out', 200],
    ['unit_party', 'in', 200],
    ['city_org', 'in', 200],
    ['township_party', 'in', 403],
    ['viewer', 'in', 403],
    ...admins,
  ]),
  ...cases({ route: '/api/responsibility-letters/performance/export', method: 'GET', url: () => `/api/responsibility-letters/performance/export?year=${year}` }, [
    [null, 'anonymous', 401],
    ['service_station', 'in', 200],
    ['unit_party', 'in', 200],
    ['team_leader', 'in', 403],
    ...admins,
  ]),
  ...cases({ route: '/api/responsibility-letters/units', method: 'GET', url: () => '/api/responsibility-letters/units' }, [
    [null, 'anonymous', 401],
    ['county_org', 'in', 200],
    ['service_station', 'out', 200],
    ['unit_party', 'in', 403],
    ['viewer', 'in', 403],
    ...admins,
  ]),
  ...cases({ route: '/api/responsibility-letters', method: 'POST', url: () => '/api/responsibility-letters', body: (w) => letterBody(w, false) }, countyOnly(201)),
  ...cases({ route: '/api/responsibility-letters/:id', method: 'PATCH', url: letterUrl(), body: (w) => letterBody(w, true) }, countyOnly(200)),
  // A task is reported: the letter is no longer deletable.
  ...cases({ route: '/api/responsibility-letters/:id', method: 'DELETE', url: letterUrl() }, countyOnly(409)),
  ...cases(
    { route: '/api/responsibility-letters/:id/tasks/:taskId/report', method: 'POST', url: taskUrl('letterOpenTask', 'report'), body: () => ({ completedOn: '2099-01-01', completionNote: '矩阵测试' }) },
    [
      [null, 'anonymous', 401],
      // A completion day in the future: the unit may report, and is refused only for the day.
      ['unit_party', 'in', 400],
      ['unit_party', 'out', 404],
      ['county_org', 'in', 403],
      ['service_station', 'in', 403],
      ['viewer', 'in', 403],
      ...admins,
    ],
  ),
  ...cases({ route: '/api/responsibility-letters/:id/tasks/:taskId/report', method: 'POST', url: taskUrl('letterReportedTask', 'report'), body: () => ({ completedOn: `${year}-03-01`, completionNote: '矩阵测试' }) }, [
    [null, 'anonymous', 401],
    ['unit_party', 'in', 409],
    ['unit_party', 'out', 404],
    ['county_org', 'in', 403],
    ['service_station', 'in', 403],
    ['viewer', 'in', 403],
    ...admins,
  ]),
  // The open task cannot be confirmed: the county reaches the state check, the others do not.
  ...cases({ route: '/api/responsibility-letters/:id/tasks/:taskId/confirm', method: 'POST', url: taskUrl('letterOpenTask', 'confirm') }, countyOnly(409)),
  // Only a reported task goes back: on the open one the county reaches the state check.
  ...cases({ route: '/api/responsibility-letters/:id/tasks/:taskId/return', method: 'POST', url: taskUrl('letterOpenTask', 'return'), body: () => ({ reason: '矩阵测试退回' }) }, countyOnly(409)),
];
