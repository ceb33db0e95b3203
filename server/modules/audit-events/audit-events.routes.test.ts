import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { createAccount, insertPlaces, places, sessionAs } from '../../test/factories.ts';
import { auditEvents } from '../../platform/audit/audit.schema.ts';
import { recordAudit } from '../../platform/audit/audit.ts';

describe('audit-events routes', () => {
  let t: TestApp;
  let auditAdmin: Session;
  let gaozhouAuditAdmin: Session;
  let sysAdmin: Session;
  let securityAdmin: Session;
  const marker = `e${Date.now().toString(36)}`;

  before(async () => {
    t = await createTestApp();
    await insertPlaces(t.deps);
    auditAdmin = await sessionAs(t.app, t.deps, ['audit_admin']);
    gaozhouAuditAdmin = await sessionAs(t.app, t.deps, ['audit_admin'], { division: places.gaozhou });
    sysAdmin = await sessionAs(t.app, t.deps, ['sys_admin']);
    securityAdmin = await sessionAs(t.app, t.deps, ['security_admin']);
    const actor = { accountId: null, username: `clerk-${marker}`, requestId: 'r1', ip: '10.0.0.1' };
    await recordAudit(t.deps.db, actor, { action: 'units.create', entityType: 'unit', entityId: `${marker}-1`, divisionCode: places.huize, after: { name: '甲' } });
    await recordAudit(t.deps.db, actor, { action: 'units.update', entityType: 'unit', entityId: `${marker}-1`, divisionCode: places.huize, before: { name: '甲' }, after: { name: '乙', idNumber: '530326197001011234' } });
    await recordAudit(t.deps.db, actor, { action: 'units.create', entityType: 'unit', entityId: `${marker}-2`, divisionCode: places.gaozhou, outcome: 'failure', reason: 'denied' });
  });
  after(() => t.close());

  test('401 without a session', async () => {
    assert.equal((await t.app.inject({ method: 'GET', url: '/api/audit-events' })).statusCode, 401);
  });

  test('the system and security administrators cannot read the trail (三员分立)', async () => {
    assert.equal((await sysAdmin.get('/api/audit-events')).statusCode, 403);
    assert.equal((await securityAdmin.get('/api/audit-events')).statusCode, 403);
    assert.equal((await sysAdmin.get('/api/audit-events/export')).statusCode, 403);
  });

  test('the audit administrator reads newest first, filtered, with before and after redacted', async () => {
    const response = await auditAdmin.get(`/api/audit-events?actor=${marker}`);
    assert.equal(response.statusCode, 200);
    const { items, total } = response.json();
    assert.equal(total, 3);
    assert.deepEqual(items.map((e: { entityId: string }) => e.entityId), [`${marker}-2`, `${marker}-1`, `${marker}-1`]);
    const update = items.find((e: { action: string }) => e.action === 'units.update');
    assert.deepEqual(update.before, { name: '甲' });
    assert.equal(update.after.idNumber, '530326********1234');

    const byAction = (await auditAdmin.get(`/api/audit-events?actor=${marker}&action=units.create`)).json();
    assert.equal(byAction.total, 2);
    const byPrefix = (await auditAdmin.get(`/api/audit-events?actor=${marker}&action=units`)).json();
    assert.equal(byPrefix.total, 3);
    const failures = (await auditAdmin.get(`/api/audit-events?actor=${marker}&outcome=failure`)).json();
    assert.equal(failures.total, 1);
    const byEntity = (await auditAdmin.get(`/api/audit-events?entityType=unit&entityId=${marker}-2`)).json();
    assert.equal(byEntity.total, 1);
    const future = encodeURIComponent(new Date(Date.now() + 3_600_000).toISOString());
    assert.equal((await auditAdmin.get(`/api/audit-events?actor=${marker}&from=${future}`)).json().total, 0);
    const past = encodeURIComponent(new Date(Date.now() - 3_600_000).toISOString());
    assert.equal((await auditAdmin.get(`/api/audit-events?actor=${marker}&from=${past}&to=${future}`)).json().total, 3);
  });

  test('a regional audit administrator sees its own region only', async () => {
    const { items } = (await gaozhouAuditAdmin.get(`/api/audit-events?actor=${marker}`)).json();
    assert.deepEqual(items.map((e: { entityId: string }) => e.entityId), [`${marker}-2`]);
  });

  test('400 names the field', async () => {
    const bad = await auditAdmin.get('/api/audit-events?from=yesterday');
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().fields[0].path, 'from');
    const reversed = await auditAdmin.get(`/api/audit-events?from=2026-05-02T00:00:00Z&to=2026-05-01T00:00:00Z`);
    assert.equal(reversed.statusCode, 400);
    assert.equal(reversed.json().fields[0].path, 'to');
    assert.equal((await auditAdmin.get('/api/audit-events?outcome=maybe')).json().fields[0].path, 'outcome');
  });

  test('sign-in events of the accounts are on the trail', async () => {
    const account = await createAccount(t.deps, { roles: ['viewer'], division: places.huize });
    await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: account.username, password: 'wrong' } });
    const { items } = (await auditAdmin.get(`/api/audit-events?actor=${account.username}&action=auth.login`)).json();
    assert.equal(items[0].outcome, 'failure');
  });

  test('exports an xlsx and records the export', async () => {
    const response = await auditAdmin.get(`/api/audit-events/export?actor=${marker}`);
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /spreadsheetml/);
    assert.match(String(response.headers['content-disposition']), /filename\*=UTF-8''/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    assert.equal(sheet.rowCount, 4);
    assert.equal(sheet.getRow(1).getCell(1).value, '时间');
    assert.doesNotMatch(JSON.stringify(sheet.getSheetValues()), /530326197001011234/);
    const exports = await t.deps.db.select().from(auditEvents).where(eq(auditEvents.action, 'audit_events.export'));
    assert.equal(exports.length, 1);
    assert.deepEqual((exports[0]!.after as { rows: number }).rows, 3);
  });
});
