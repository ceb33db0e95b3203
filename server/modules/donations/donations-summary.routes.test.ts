import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { insertPlaces, places, sessionAs } from '../../test/factories.ts';
import { sheetRows } from '../../test/xlsx.ts';
import { makeScope } from '../../platform/access/scope.ts';
import { auditEvents } from '../../platform/audit/audit.schema.ts';
import { insertDonation } from './donations.fixture.ts';
import { donationTotals } from './index.ts';

type Figures = { money: string; goods: string; total: string; count: number; donors: number };
type Row = Figures & { divisionCode: string; name: string; own: boolean; drillable: boolean };
const figures = (f: Figures) => ({ money: f.money, goods: f.goods, total: f.total, count: f.count, donors: f.donors });

describe('donations summary', () => {
  let t: TestApp;
  let county: Session;
  let city: Session;
  let gaozhou: Session;

  before(async () => {
    t = await createTestApp();
    await insertPlaces(t.deps);
    const gift = (divisionCode: string, rest: Omit<Parameters<typeof insertDonation>[1], 'divisionCode'>) => insertDonation(t.deps, { divisionCode, ...rest });
    await gift(places.naguVillage, { donor: '香港善一堂', value: '680000.00', receivedOn: '2025-03-01' });
    await gift(places.naguVillage, { donor: '香港善一堂', value: '0.10', receivedOn: '2025-06-01' });
    await gift(places.naguVillage, { donor: '会泽县某商贸公司', donorKind: 'enterprise', form: 'goods', goods: '大米', value: '2400.25', receivedOn: '2025-01-20' });
    await gift(places.naguVillage, { donor: '王某', donorKind: 'individual', value: '500.00', receivedOn: '2024-12-31' });
    await gift(places.changliu, { donor: '广东省高级人民法院', donorKind: 'unit', value: '20000.00', receivedOn: '2025-05-04' });
    await gift(places.zhenjiangVillage, { donor: '高州市某果业公司', donorKind: 'enterprise', form: 'goods', goods: '化肥', value: '0.20', receivedOn: '2025-04-01' });
    county = await sessionAs(t.app, t.deps, ['county_org'], { division: places.huize });
    city = await sessionAs(t.app, t.deps, ['city_org'], { division: places.maoming });
    gaozhou = await sessionAs(t.app, t.deps, ['rural_office'], { division: places.gaozhou });
  });
  after(() => t.close());

  test('a county: one row per township, the total to the cent, donors counted once', async () => {
    const summary = (await county.get('/api/donations/summary')).json();
    assert.equal(summary.divisionCode, places.huize);
    assert.equal(summary.year, null);
    assert.deepEqual(summary.path.map((p: { code: string }) => p.code), [places.huize]);
    assert.deepEqual(
      summary.rows.map((r: Row) => [r.divisionCode, r.name, r.drillable]),
      [[places.nagu, '娜姑镇', true]],
    );
    const expected = { money: '680500.10', goods: '2400.25', total: '682900.35', count: 4, donors: 3 };
    assert.deepEqual(figures(summary.rows[0]), expected);
    assert.deepEqual(figures(summary.total), expected);
    const byKind = Object.fromEntries(summary.byKind.map((k: Figures & { donorKind: string }) => [k.donorKind, figures(k)]));
    assert.deepEqual(byKind.organization, { money: '680000.10', goods: '0.00', total: '680000.10', count: 2, donors: 1 });
    assert.deepEqual(byKind.unit, { money: '0.00', goods: '0.00', total: '0.00', count: 0, donors: 0 });
  });

  test('drill down to the villages of a township, and by year', async () => {
    const township = (await county.get(`/api/donations/summary?divisionCode=${places.nagu}&year=2025`)).json();
    assert.equal(township.year, 2025);
    assert.deepEqual(township.path.map((p: { code: string }) => p.code), [places.huize, places.nagu]);
    assert.deepEqual(township.rows.map((r: Row) => [r.divisionCode, r.drillable]), [[places.naguVillage, false]]);
    assert.deepEqual(figures(township.total), { money: '680000.10', goods: '2400.25', total: '682400.35', count: 3, donors: 2 });
    const village = (await county.get(`/api/donations/summary?divisionCode=${places.naguVillage}&year=2024`)).json();
    assert.deepEqual(village.rows.map((r: Row) => [r.divisionCode, r.drillable, r.total]), [[places.naguVillage, false, '500.00']]);
  });

  test('a city drills into a county; what lies outside the scope is 404', async () => {
    const gz = (await city.get(`/api/donations/summary?divisionCode=${places.gaozhou}`)).json();
    assert.deepEqual(gz.rows.map((r: Row) => [r.divisionCode, r.total]), [
      [places.xindong, '20000.00'],
      [places.zhenjiang, '0.20'],
    ]);
    assert.deepEqual(figures(gz.total), { money: '20000.00', goods: '0.20', total: '20000.20', count: 2, donors: 2 });
    assert.equal((await gaozhou.get(`/api/donations/summary?divisionCode=${places.huize}`)).statusCode, 404);
    assert.equal((await county.get(`/api/donations/summary?divisionCode=${places.gaozhou}`)).statusCode, 404);
  });

  test('donationTotals gives the statistics per village within the scope', async () => {
    const rows = await donationTotals(t.deps.db, makeScope(places.gaozhou, null), null, 2025);
    const byVillage = Object.fromEntries(rows.map((r) => [r.divisionCode, figures(r)]));
    assert.deepEqual(Object.keys(byVillage).sort(), [places.changliu, places.zhenjiangVillage]);
    assert.deepEqual(byVillage[places.zhenjiangVillage], { money: '0.00', goods: '0.20', total: '0.20', count: 1, donors: 1 });
    assert.deepEqual(await donationTotals(t.deps.db, makeScope(places.gaozhou, null), places.huize), []);
  });

  test('the summary exports as a sheet with the rows and the total, audited', async () => {
    const response = await county.get('/api/donations/summary/export?year=2025');
    assert.equal(response.statusCode, 200);
    const rows = await sheetRows(response);
    const flat = rows.map((r) => r.join('|'));
    assert.ok(flat.some((line) => line.startsWith('娜姑镇|680000.1|2400.25|682400.35|3|2')), flat.join('\n'));
    assert.ok(flat.some((line) => line.startsWith('合计|680000.1|2400.25|682400.35|3|2')));
    const [audit] = await t.deps.db.select().from(auditEvents).where(eq(auditEvents.entityType, 'donation_summary'));
    assert.equal(audit!.action, 'donations.export');
  });
});
