import { cases, type MatrixFixtures, type MatrixRow, type MatrixWorld } from '../../test/matrix.ts';
import { createCadre } from '../../test/factories.ts';
import { selectionNominations, selectionSlots } from './index.ts';

/** A slot in a Huize village asked of the Huize unit, one vetted-and-rejected nomination on it, and a free cadre to nominate. */
export const matrixFixtures: MatrixFixtures = async (w) => {
  const village = w.places.naguVillage;
  const nominated = await createCadre(w.deps, { unitId: w.units.inside, divisionCode: w.places.huize });
  const free = await createCadre(w.deps, { unitId: w.units.inside, divisionCode: w.places.huize });
  const [slot] = await w.deps.db.insert(selectionSlots).values({ divisionCode: village, unitId: w.units.inside, role: 'member', status: 'open' }).returning();
  const [nomination] = await w.deps.db
    .insert(selectionNominations)
    .values({ slotId: slot!.id, cadreId: nominated.id, unitId: w.units.inside, divisionCode: village, state: 'rejected' })
    .returning();
  return { selectionSlot: slot!.id, selectionNomination: nomination!.id, selectionCadre: nominated.id, selectionFreeCadre: free.id };
};

const slotBody = (w: MatrixWorld) => ({ villageCode: w.places.naguVillage, unitId: w.units.inside, role: 'member', needs: w.unique('矩阵') });
const slotUrl = (suffix = '') => (w: MatrixWorld) => `/api/selection/slots/${w.ids.selectionSlot}${suffix}`;
const nominationUrl = (suffix = '') => (w: MatrixWorld) => `/api/selection/nominations/${w.ids.selectionNomination}${suffix}`;


export const matrixRows: MatrixRow[] = [
  ...cases({ route: '/api/selection/slots', method: 'GET', url: () => '/api/selection/slots' }, [
    [null, 'anonymous', 401],
    ['county_org', 'in', 200],
    ['county_org', 'out', 200],
    ['city_org', 'in', 200],
    ['township_party', 'in', 200],
    ['discipline', 'in', 200],
    ['unit_party', 'in', 200],
    ['viewer', 'in', 200],
    ['team_leader', 'in', 403],
    ['sys_admin', 'national', 403],
    ['audit_admin', 'national', 403],
  ]),
  ...cases({ route: '/api/selection/slots/:id', method: 'GET', url: slotUrl() }, [
    [null, 'anonymous', 401],
    ['county_org', 'in', 200],
    ['county_org', 'out', 404],
    ['township_party', 'in', 200],
    ['township_party', 'out', 404],
    ['unit_party', 'in', 200],
    ['unit_party', 'out', 404],
    ['viewer', 'in', 200],
    ['viewer', 'out', 404],
    ['team_leader', 'in', 403],
    ['sys_admin', 'national', 403],
  ]),
  ...cases({ route: '/api/selection/slots/export', method: 'GET', url: () => '/api/selection/slots/export' }, [
    [null, 'anonymous', 401],
    ['county_org', 'in', 200],
    ['township_party', 'in', 200],
    ['unit_party', 'in', 200],
    ['viewer', 'in', 403],
    ['sys_admin', 'national', 403],
  ]),
  ...cases({ route: '/api/selection/slots', method: 'POST', url: () => '/api/selection/slots', body: slotBody }, [
    [null, 'anonymous', 401],
    ['county_org', 'in', 201],
    // The village lies outside Gaozhou's region: refused on the field.
    ['county_org', 'out', 400],
    ['city_org', 'in', 201],
    ['township_party', 'in', 403],
    ['unit_party', 'in', 403],
    ['viewer', 'in', 403],
    ['sys_admin', 'national', 403],
  ]),
  ...cases({ route: '/api/selection/slots/:id/nominations', method: 'POST', url: slotUrl('/nominations'), body: (w) => ({ cadreId: w.ids.selectionFreeCadre }) }, [
    [null, 'anonymous', 401],
    ['county_org', 'in', 403],
    ['township_party', 'in', 403],
    ['unit_party', 'out', 404],
    ['unit_party', 'in', 201],
    // Now the slot has a candidate: one at a time.
    ['unit_party', 'in', 409],
    ['sys_admin', 'national', 403],
  ]),
  ...cases({ route: '/api/selection/nominations', method: 'GET', url: () => '/api/selection/nominations' }, [
    [null, 'anonymous', 401],
    ['county_org', 'in', 200],
    ['county_org', 'out', 200],
    ['unit_party', 'in', 200],
    ['discipline', 'in', 200],
    ['viewer', 'in', 200],
    ['team_member', 'in', 403],
    ['sys_admin', 'national', 403],
  ]),
  ...cases({ route: '/api/selection/nominations/export', method: 'GET', url: () => '/api/selection/nominations/export' }, [
    [null, 'anonymous', 401],
    ['county_org', 'in', 200],
    ['unit_party', 'in', 200],
    ['viewer', 'in', 403],
    ['sys_admin', 'national', 403],
  ]),
  ...cases({ route: '/api/selection/nominations/:id', method: 'GET', url: nominationUrl() }, [
    [null, 'anonymous', 401],
    ['county_org', 'in', 200],
    ['county_org', 'out', 404],
    ['unit_party', 'in', 200],
    ['unit_party', 'out', 404],
    ['township_party', 'in', 200],
    ['viewer', 'in', 200],
    ['viewer', 'out', 404],
    ['sys_admin', 'national', 403],
  ]),
  ...cases({ route: '/api/selection/nominations/:id/actions', method: 'POST', url: nominationUrl('/actions'), body: () => ({ action: 'reject', comment: '矩阵' }) }, [
    [null, 'anonymous', 401],
    ['county_org', 'out', 404],
    ['unit_party', 'out', 404],
    ['team_member', 'in', 403],
    ['sys_admin', 'national', 403],
  ]),
  ...cases({ route: '/api/selection/nominations/:id/replace', method: 'POST', url: nominationUrl('/replace'), body: (w) => ({ cadreId: w.ids.selectionFreeCadre }) }, [
    [null, 'anonymous', 401],
    ['county_org', 'out', 404],
    ['unit_party', 'in', 403],
    // The fixture's nomination was rejected, not recalled.
    ['county_org', 'in', 409],
    ['sys_admin', 'national', 403],
  ]),
  ...cases({ route: '/api/selection/cadres/:cadreId/timeline', method: 'GET', url: (w) => `/api/selection/cadres/${w.ids.selectionCadre}/timeline` }, [
    [null, 'anonymous', 401],
    ['county_org', 'in', 200],
    ['county_org', 'out', 404],
    ['unit_party', 'in', 200],
    ['unit_party', 'out', 404],
    ['viewer', 'in', 200],
    ['viewer', 'out', 404],
    ['sys_admin', 'national', 403],
  ]),
  ...cases({ route: '/api/selection/match/village/:code', method: 'GET', url: (w) => `/api/selection/match/village/${w.places.naguVillage}` }, [
    [null, 'anonymous', 401],
    ['county_org', 'in', 200],
    ['county_org', 'out', 404],
    ['city_org', 'in', 200],
    ['unit_party', 'in', 403],
    ['viewer', 'in', 403],
    ['sys_admin', 'national', 403],
  ]),
  ...cases({ route: '/api/selection/match/cadre/:id', method: 'GET', url: (w) => `/api/selection/match/cadre/${w.ids.selectionFreeCadre}` }, [
    [null, 'anonymous', 401],
    ['county_org', 'in', 200],
    ['county_org', 'out', 404],
    ['township_party', 'in', 403],
    ['sys_admin', 'national', 403],
  ]),
];
