import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Principal } from '../../platform/access/permissions.ts';
import { makeScope } from '../../platform/access/scope.ts';
import type { Role } from '../../platform/access/roles.ts';
import { mayKeepPairing, mayRecordRedFlag } from './branch-pairings.policy.ts';

const place = { unitId: 'union', divisionCode: '520524116214' };
const principal = (role: Role, permissions: string[], scope: { division?: string; unitId?: string }): Principal =>
  ({
    accountId: 'a',
    username: role,
    displayName: role,
    roles: [role],
    permissions: new Set(permissions.map((p) => `branch_pairings.${p}`)),
    scope: makeScope(scope.division ?? null, scope.unitId ?? null),
    cadreId: null,
  }) as Principal;

const unitParty = principal('unit_party', ['read', 'write', 'export'], { unitId: 'union' });
const otherUnit = principal('unit_party', ['read', 'write', 'export'], { unitId: 'forestry' });
const secretary = principal('branch_secretary', ['read', 'write'], { division: '520524116214' });
const township = principal('township_party', ['read', 'review', 'export'], { division: '520524116000' });
const otherTownship = principal('township_party', ['read', 'review', 'export'], { division: '520524101000' });
const county = principal('county_org', ['read', 'write', 'review', 'export'], { division: '520524000000' });

describe('branch pairing policy', () => {
  test('the pair and the county keep a pairing; the township and another unit do not', () => {
    assert.equal(mayKeepPairing(unitParty, place, false), true);
    assert.equal(mayKeepPairing(otherUnit, place, false), false);
    assert.equal(mayKeepPairing(secretary, place, true), true);
    assert.equal(mayKeepPairing(secretary, place, false), false);
    assert.equal(mayKeepPairing(township, place, false), false);
    assert.equal(mayKeepPairing(county, place, false), true);
  });

  test('each red-flag step belongs to its own keeper', () => {
    assert.equal(mayRecordRedFlag(unitParty, 'applied', place, false), true);
    assert.equal(mayRecordRedFlag(secretary, 'self_assessed', place, true), true);
    assert.equal(mayRecordRedFlag(county, 'applied', place, false), false);
    assert.equal(mayRecordRedFlag(township, 'township_reviewed', place, false), true);
    assert.equal(mayRecordRedFlag(otherTownship, 'township_reviewed', place, false), false);
    assert.equal(mayRecordRedFlag(county, 'township_reviewed', place, false), false);
    assert.equal(mayRecordRedFlag(township, 'county_accepted', place, false), false);
    assert.equal(mayRecordRedFlag(county, 'county_accepted', place, false), true);
    assert.equal(mayRecordRedFlag(county, 'named', place, false), true);
    assert.equal(mayRecordRedFlag(unitParty, 'named', place, false), false);
  });
});
