import { describe, expect, test } from 'vitest';
import type { AccountView } from '../../../contracts/accounts.ts';
import { formValuesOf, toCreateBody, toUpdateBody } from './components/account-form.tsx';

const account: AccountView = {
  id: '0b1c4f7e-8a55-4d55-9d3e-2a6f5c1e9b10',
  username: 'huize-org',
  displayName: '会泽县委组织部',
  roles: ['county_org'],
  scopeDivisionCode: '530326000000',
  scopeDivisionName: '会泽县',
  scopeUnitId: null,
  scopeUnitName: null,
  cadreId: null,
  cadreName: null,
  status: 'active',
  mustChangePassword: false,
  locked: false,
  lockedUntil: null,
  failedAttempts: 0,
  passwordChangedAt: '2026-01-01T00:00:00.000Z',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  abilities: { update: true, resetPassword: false, unlock: false },
};

describe('account form values', () => {
  test('only the chosen kind of scope travels', () => {
    const body = toCreateBody({
      username: 'nagu-party',
      displayName: '娜姑镇党委',
      roles: ['township_party'],
      scopeKind: 'division',
      scopeDivisionCode: '530326102000',
      scopeUnitId: '0b1c4f7e-8a55-4d55-9d3e-2a6f5c1e9b10',
      initialPassword: 'Initial#Pass2026',
    });
    expect(body.scopeDivisionCode).toBe('530326102000');
    expect(body.scopeUnitId).toBeNull();
  });

  test('a national account sends neither division nor unit', () => {
    const body = toUpdateBody({ ...formValuesOf(account), roles: ['viewer'], scopeKind: 'national' });
    expect(body).toMatchObject({ scopeDivisionCode: null, scopeUnitId: null, status: 'active', roles: ['viewer'] });
  });

  test('editing starts from the account’s own scope kind', () => {
    expect(formValuesOf(account).scopeKind).toBe('division');
    expect(formValuesOf({ ...account, scopeDivisionCode: null, scopeUnitId: account.id }).scopeKind).toBe('unit');
  });
});
