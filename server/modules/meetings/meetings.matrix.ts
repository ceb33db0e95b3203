import { cases, type MatrixCase, type MatrixFixtures, type MatrixRow, type MatrixWorld } from '../../test/matrix.ts';
import { insertMeeting, insertMeetingTeam } from './meetings.fixture.ts';

/**
 * A team in 拖车村; meetings of 会泽县 to read, edit and delete; and two meetings of 曲靖市, one the
 * team attended (会泽县 reads it but does not own it) and one it did not.
 */
export const matrixFixtures: MatrixFixtures = async (w) => {
  const team = await insertMeetingTeam(w.deps, w.unique('会议矩阵工作队'), w.places.naguVillage);
  const attended = [{ teamId: team, divisionCode: w.places.naguVillage }];
  const huize = (title: string) => insertMeeting(w.deps, { divisionCode: w.places.huize, title: w.unique(title), teams: attended });
  return {
    meetingTeam: team,
    meetingHuize: await huize('矩阵座谈会'),
    meetingToUpdate: await huize('矩阵待修改会议'),
    meetingToDelete: await huize('矩阵待删除会议'),
    meetingCityAttended: await insertMeeting(w.deps, { divisionCode: w.places.qujing, title: w.unique('矩阵市级推进会'), kind: 'promotion', teams: attended }),
    meetingCityOther: await insertMeeting(w.deps, { divisionCode: w.places.qujing, title: w.unique('矩阵市级交流会'), kind: 'exchange' }),
  };
};

const nonReaders: MatrixCase[] = [
  ['unit_party', 'in', 403],
  ['rural_office', 'in', 403],
  ['discipline', 'in', 403],
  ['paired_cadre', 'in', 403],
  ['sys_admin', 'national', 403],
  ['audit_admin', 'national', 403],
  ['security_admin', 'national', 403],
];
const readers: MatrixCase[] = [
  [null, 'anonymous', 401],
  ['county_org', 'in', 200],
  ['county_org', 'out', 200],
  ['city_org', 'in', 200],
  ['township_party', 'in', 200],
  ['team_leader', 'in', 200],
  ['team_member', 'in', 200],
  ['viewer', 'in', 200],
  ...nonReaders,
];
/** Changes refused: no session, no right to record, or the meeting outside the recorder's region. */
const refused: MatrixCase[] = [
  [null, 'anonymous', 401],
  ['county_org', 'out', 404],
  ['township_party', 'out', 404],
  ['city_org', 'out', 404],
  ['viewer', 'in', 403],
  ['team_leader', 'in', 403],
  ['team_member', 'in', 403],
  ...nonReaders,
];

const one = (key: string) => (w: MatrixWorld) => `/api/meetings/${w.ids[key]}`;
const body = (w: MatrixWorld) => ({ kind: 'symposium', title: w.unique('驻村工作座谈会'), heldOn: '2025-06-18', place: '县委组织部会议室' });
const withTeam = (w: MatrixWorld) => ({ ...body(w), teamIds: [w.ids.meetingTeam] });

export const matrixRows: MatrixRow[] = [
  ...cases({ route: '/api/meetings', method: 'GET', url: () => '/api/meetings' }, readers),
  ...cases({ route: '/api/meetings/export', method: 'GET', url: () => '/api/meetings/export' }, readers),
  ...cases({ route: '/api/meetings/:id', method: 'GET', url: one('meetingHuize') }, [
    [null, 'anonymous', 401],
    ['county_org', 'in', 200],
    ['county_org', 'out', 404],
    ['city_org', 'in', 200],
    ['township_party', 'in', 200],
    ['township_party', 'out', 404],
    ['team_leader', 'in', 200],
    ['team_leader', 'out', 404],
    ['team_member', 'in', 200],
    ['viewer', 'in', 200],
    ['viewer', 'out', 404],
    ...nonReaders,
  ]),
  // 曲靖市's meeting: 会泽县 sees it through its team that attended, not the one it did not attend.
  ...cases({ route: '/api/meetings/:id', method: 'GET', url: one('meetingCityAttended') }, [
    ['county_org', 'in', 200],
    ['team_member', 'in', 200],
    ['county_org', 'out', 404],
    ['county_org', 'national', 200],
  ]),
  ...cases({ route: '/api/meetings/:id', method: 'GET', url: one('meetingCityOther') }, [
    ['county_org', 'in', 404],
    ['team_leader', 'in', 404],
  ]),
  ...cases({ route: '/api/meetings', method: 'POST', url: () => '/api/meetings', body }, [
    [null, 'anonymous', 401],
    ['viewer', 'in', 403],
    ['team_leader', 'in', 403],
    ['team_member', 'in', 403],
    ...nonReaders,
    ['county_org', 'in', 201],
    ['county_org', 'out', 201],
    ['city_org', 'in', 201],
    ['township_party', 'in', 201],
  ]),
  // A team outside the recorder's region cannot be named as attending.
  ...cases({ route: '/api/meetings', method: 'POST', url: () => '/api/meetings', body: withTeam }, [
    ['county_org', 'in', 201],
    ['county_org', 'out', 400],
  ]),
  ...cases({ route: '/api/meetings/:id', method: 'PUT', url: one('meetingToUpdate'), body: withTeam }, [...refused, ['county_org', 'in', 200], ['city_org', 'in', 200], ['township_party', 'in', 200]]),
  ...cases({ route: '/api/meetings/:id', method: 'PUT', url: one('meetingCityAttended'), body }, [
    ['county_org', 'in', 403],
    ['county_org', 'out', 404],
  ]),
  ...cases({ route: '/api/meetings/:id', method: 'DELETE', url: one('meetingCityAttended') }, [['township_party', 'in', 403]]),
  ...cases({ route: '/api/meetings/:id', method: 'DELETE', url: one('meetingToDelete') }, [...refused, ['township_party', 'in', 204], ['county_org', 'in', 404]]),
];
