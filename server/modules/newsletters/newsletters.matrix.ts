import { cases, type MatrixCase, type MatrixFixtures, type MatrixRow, type MatrixWorld } from '../../test/matrix.ts';
import { insertInReview, insertNewsletter } from './newsletters.fixture.ts';

/** Newsletters of 拖车村: one published (with its public page), two waiting for review. */
export const matrixFixtures: MatrixFixtures = async (w) => {
  const token = `matrix${w.unique('t')}`.padEnd(32, 'x');
  return {
    newsletterPublished: await insertNewsletter(w.deps, { divisionCode: w.places.naguVillage, title: w.unique('矩阵已发布简报'), state: 'published', publicToken: token }),
    newsletterToken: token,
    newsletterToPublish: await insertInReview(w.deps, w.places.naguVillage, w.unique('矩阵待发布简报')),
    newsletterToReturn: await insertInReview(w.deps, w.places.naguVillage, w.unique('矩阵待退回简报')),
  };
};

const admins: MatrixCase[] = [
  ['sys_admin', 'national', 403],
  ['audit_admin', 'national', 403],
  ['security_admin', 'national', 403],
];
const nonReaders: MatrixCase[] = [['discipline', 'in', 403], ['paired_cadre', 'in', 403], ...admins];
const reviewRefused: MatrixCase[] = [
  [null, 'anonymous', 401],
  ['county_org', 'out', 404],
  ['city_org', 'out', 404],
  ['township_party', 'in', 403],
  ['team_leader', 'in', 403],
  ['viewer', 'in', 403],
  ...nonReaders,
];

const one = (key: string) => (w: MatrixWorld) => `/api/newsletters/${w.ids[key]}`;
const draft = () => ({ kind: 'first_secretary', title: '驻村工作简讯', body: '本月走访农户120户。' });

export const matrixRows: MatrixRow[] = [
  ...cases({ route: '/api/newsletters', method: 'GET', url: () => '/api/newsletters' }, [
    [null, 'anonymous', 401],
    ['county_org', 'in', 200],
    ['county_org', 'out', 200],
    ['team_member', 'in', 200],
    ['unit_party', 'in', 200],
    ['viewer', 'in', 200],
    ...nonReaders,
  ]),
  ...cases({ route: '/api/newsletters/export', method: 'GET', url: () => '/api/newsletters/export' }, [
    [null, 'anonymous', 401],
    ['county_org', 'in', 200],
    ['team_member', 'in', 200],
    ['viewer', 'in', 200],
    ...nonReaders,
  ]),
  ...cases({ route: '/api/newsletters/:id', method: 'GET', url: one('newsletterPublished') }, [
    [null, 'anonymous', 401],
    ['county_org', 'in', 200],
    ['county_org', 'out', 404],
    ['township_party', 'in', 200],
    ['viewer', 'in', 200],
    ['viewer', 'out', 404],
    ...nonReaders,
  ]),
  ...cases({ route: '/api/newsletters', method: 'POST', url: () => '/api/newsletters', body: draft }, [
    [null, 'anonymous', 401],
    ['unit_party', 'in', 403],
    ['viewer', 'in', 403],
    ...nonReaders,
    ['county_org', 'in', 201],
    ['township_party', 'in', 201],
    ['team_member', 'in', 201],
  ]),
  ...cases({ route: '/api/newsletters/:id', method: 'PUT', url: one('newsletterToPublish'), body: draft }, [
    [null, 'anonymous', 401],
    ['county_org', 'out', 404],
    ['viewer', 'in', 403],
    ...nonReaders,
    ['county_org', 'in', 403],
  ]),
  ...cases({ route: '/api/newsletters/:id/submit', method: 'POST', url: (w) => `${one('newsletterToPublish')(w)}/submit` }, [
    [null, 'anonymous', 401],
    ['county_org', 'out', 404],
    ['viewer', 'in', 403],
    ...nonReaders,
    ['team_member', 'in', 403],
  ]),
  ...cases({ route: '/api/newsletters/:id/return', method: 'POST', url: (w) => `${one('newsletterToReturn')(w)}/return`, body: () => ({ reason: '请补充数据' }) }, [
    ...reviewRefused,
    ['county_org', 'in', 200],
    ['county_org', 'in', 409],
  ]),
  ...cases({ route: '/api/newsletters/:id/return', method: 'POST', url: (w) => `${one('newsletterToPublish')(w)}/return`, body: () => ({}) }, [['county_org', 'in', 400]]),
  ...cases({ route: '/api/newsletters/:id/publish', method: 'POST', url: (w) => `${one('newsletterToPublish')(w)}/publish` }, [
    ...reviewRefused,
    ['city_org', 'in', 200],
    ['county_org', 'in', 409],
  ]),
  ...cases({ route: '/api/public/newsletters/:token', method: 'GET', url: (w) => `/api/public/newsletters/${w.ids.newsletterToken}` }, [[null, 'anonymous', 200]]),
  ...cases({ route: '/api/public/newsletters/:token', method: 'GET', url: () => `/api/public/newsletters/${'y'.repeat(32)}` }, [[null, 'anonymous', 404]]),
  ...cases({ route: '/api/public/newsletters', method: 'GET', url: (w) => `/api/public/newsletters?division=${w.places.huize}` }, [[null, 'anonymous', 200]]),
];
