import { cases, type MatrixFixtures, type MatrixRow } from '../../test/matrix.ts';
import { createAccount } from '../../test/factories.ts';

/** A county account in Huize for the administrators to act on. */
export const matrixFixtures: MatrixFixtures = async (w) => {
  const account = await createAccount(w.deps, { roles: ['county_org'], division: w.places.huize });
  return { account: account.id };
};

const password = 'Matrix#Pass2026';
const accountUrl = (suffix = '') => (w: { ids: Record<string, string> }) => `/api/accounts/${w.ids.account}${suffix}`;

export const matrixRows: MatrixRow[] = [
  ...cases({ route: '/api/accounts', method: 'GET', url: () => '/api/accounts' }, [
    [null, 'anonymous', 401],
    ['sys_admin', 'national', 200],
    ['security_admin', 'national', 200],
    ['audit_admin', 'national', 403],
    ['county_org', 'in', 403],
  ]),
  ...cases({ route: '/api/accounts/export', method: 'GET', url: () => '/api/accounts/export' }, [
    [null, 'anonymous', 401],
    ['sys_admin', 'national', 200],
    ['security_admin', 'in', 200],
    ['audit_admin', 'national', 403],
    ['county_org', 'in', 403],
  ]),
  ...cases({ route: '/api/accounts/cadre-options', method: 'GET', url: () => '/api/accounts/cadre-options' }, [
    [null, 'anonymous', 401],
    ['sys_admin', 'in', 200],
    ['security_admin', 'national', 403],
    ['county_org', 'in', 403],
  ]),
  ...cases({ route: '/api/accounts/:id', method: 'GET', url: accountUrl() }, [
    [null, 'anonymous', 401],
    ['sys_admin', 'in', 200],
    ['sys_admin', 'out', 404],
    ['security_admin', 'national', 200],
    ['audit_admin', 'national', 403],
  ]),
  ...cases(
    {
      route: '/api/accounts',
      method: 'POST',
      url: () => '/api/accounts',
      body: (w) => ({ username: w.unique('mx'), displayName: '矩阵', roles: ['county_org'], scopeDivisionCode: w.places.huize, initialPassword: password }),
    },
    [
      [null, 'anonymous', 401],
      ['sys_admin', 'national', 201],
      ['sys_admin', 'in', 201],
      ['sys_admin', 'out', 400],
      ['security_admin', 'national', 403],
      ['audit_admin', 'national', 403],
      ['county_org', 'in', 403],
    ],
  ),
  ...cases(
    { route: '/api/accounts/:id', method: 'PUT', url: accountUrl(), body: (w) => ({ displayName: '矩阵县账号', roles: ['county_org'], scopeDivisionCode: w.places.huize, status: 'active' }) },
    [
      [null, 'anonymous', 401],
      ['sys_admin', 'national', 200],
      ['sys_admin', 'out', 404],
      ['security_admin', 'national', 403],
      ['audit_admin', 'national', 403],
    ],
  ),
  ...cases({ route: '/api/accounts/:id/reset-password', method: 'POST', url: accountUrl('/reset-password'), body: () => ({ newPassword: password }) }, [
    [null, 'anonymous', 401],
    ['security_admin', 'national', 200],
    ['security_admin', 'out', 404],
    ['sys_admin', 'national', 403],
    ['audit_admin', 'national', 403],
  ]),
  ...cases({ route: '/api/accounts/:id/unlock', method: 'POST', url: accountUrl('/unlock') }, [
    [null, 'anonymous', 401],
    ['security_admin', 'national', 200],
    ['security_admin', 'in', 200],
    ['security_admin', 'out', 404],
    ['sys_admin', 'national', 403],
  ]),
];
