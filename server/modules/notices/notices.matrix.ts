import { cases, type MatrixCase, type MatrixFixtures, type MatrixRow, type MatrixWorld } from '../../test/matrix.ts';
import { insertNotice, insertNoticeTeam } from './notices.fixture.ts';

/** A team in 拖车村, a notice issued to it, and drafts to edit, issue and delete, all for 会泽县. */
export const matrixFixtures: MatrixFixtures = async (w) => {
  const team = await insertNoticeTeam(w.deps, w.unique('通知矩阵工作队'), w.places.naguVillage);
  const draft = (title: string) => insertNotice(w.deps, { divisionCode: w.places.huize, title: w.unique(title) });
  return {
    noticeIssued: await insertNotice(w.deps, { divisionCode: w.places.huize, title: w.unique('矩阵已下发通知'), issuedToTeams: [team] }),
    noticeDraft: await draft('矩阵草稿'),
    noticeToIssue: await draft('矩阵待下发'),
    noticeToDelete: await draft('矩阵待删除'),
  };
};

const admins: MatrixCase[] = [
  ['sys_admin', 'national', 403],
  ['audit_admin', 'national', 403],
  ['security_admin', 'national', 403],
];
const nonReaders: MatrixCase[] = [
  ['unit_party', 'in', 403],
  ['rural_office', 'in', 403],
  ['discipline', 'in', 403],
  ['paired_cadre', 'in', 403],
  ...admins,
];
/** Writes refused: no session, no right to send, or the notice outside the sender's region. */
const refused: MatrixCase[] = [
  [null, 'anonymous', 401],
  ['county_org', 'out', 404],
  ['township_party', 'out', 404],
  ['viewer', 'in', 403],
  ['team_leader', 'in', 403],
  ['team_member', 'in', 403],
  ...nonReaders,
];
const senderOnly: MatrixCase[] = [
  [null, 'anonymous', 401],
  ['county_org', 'in', 200],
  ['city_org', 'in', 200],
  ['township_party', 'in', 200],
  ['county_org', 'out', 404],
  ['viewer', 'in', 403],
  ['team_leader', 'in', 403],
  ...nonReaders,
];

const one = (key: string) => (w: MatrixWorld) => `/api/notices/${w.ids[key]}`;
const body = () => ({ title: '关于开展走访工作的通知', body: '请各工作队本月完成全覆盖走访。' });

export const matrixRows: MatrixRow[] = [
  ...cases({ route: '/api/notices', method: 'GET', url: () => '/api/notices' }, [
    [null, 'anonymous', 401],
    ['county_org', 'in', 200],
    ['county_org', 'out', 200],
    ['city_org', 'in', 200],
    ['township_party', 'in', 200],
    ['team_leader', 'in', 200],
    ['team_member', 'in', 200],
    ['viewer', 'in', 200],
    ...nonReaders,
  ]),
  ...cases({ route: '/api/notices/export', method: 'GET', url: () => '/api/notices/export' }, [
    [null, 'anonymous', 401],
    ['county_org', 'in', 200],
    ['team_member', 'in', 200],
    ['viewer', 'in', 200],
    ...nonReaders,
  ]),
  ...cases({ route: '/api/notices/:id', method: 'GET', url: one('noticeIssued') }, [
    [null, 'anonymous', 401],
    ['county_org', 'in', 200],
    ['county_org', 'out', 404],
    ['township_party', 'in', 200],
    ['viewer', 'in', 200],
    ['viewer', 'out', 404],
    // Signed in without a team: nothing was sent to him.
    ['team_member', 'in', 404],
    ...nonReaders,
  ]),
  ...cases({ route: '/api/notices/:id/receipts', method: 'GET', url: (w) => `${one('noticeIssued')(w)}/receipts` }, senderOnly),
  ...cases({ route: '/api/notices/:id/receipts/export', method: 'GET', url: (w) => `${one('noticeIssued')(w)}/receipts/export?unread=true` }, senderOnly),
  ...cases({ route: '/api/notices', method: 'POST', url: () => '/api/notices', body }, [
    [null, 'anonymous', 401],
    ['viewer', 'in', 403],
    ['team_leader', 'in', 403],
    ...nonReaders,
    ['county_org', 'in', 201],
    ['county_org', 'out', 201],
    ['township_party', 'in', 201],
  ]),
  ...cases({ route: '/api/notices/:id', method: 'PUT', url: one('noticeDraft'), body }, [...refused, ['county_org', 'in', 200], ['city_org', 'in', 200]]),
  ...cases({ route: '/api/notices/:id', method: 'PUT', url: one('noticeIssued'), body }, [['county_org', 'in', 409]]),
  ...cases({ route: '/api/notices/:id/issue', method: 'POST', url: (w) => `${one('noticeToIssue')(w)}/issue` }, [...refused, ['county_org', 'in', 200], ['county_org', 'in', 409]]),
  ...cases({ route: '/api/notices/:id', method: 'DELETE', url: one('noticeToDelete') }, [...refused, ['township_party', 'in', 204], ['county_org', 'in', 404]]),
];
