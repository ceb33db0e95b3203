import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq } from 'drizzle-orm';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { insertPlaces, places, sessionAs } from '../../test/factories.ts';
import { auditEvents } from '../../platform/audit/audit.schema.ts';
import { makeScope } from '../../platform/access/scope.ts';
import { fundTotals, paidBySource } from './index.ts';
import { insertFundedProject } from './project-funds.fixture.ts';
import { projectPayments } from './project-funds.schema.ts';
import { checkViolation } from './project-funds.service.ts';

type Field = { path: string; message: string };

describe('project funds routes', () => {
  let t: TestApp;
  let project: Awaited<ReturnType<typeof insertFundedProject>>;
  let proposed: Awaited<ReturnType<typeof insertFundedProject>>;
  let fiscal: string;
  let unit: string;
  let rural: Session;
  let township: Session;
  let leader: Session;
  let member: Session;
  let huizeRural: Session;

  const payment = (overrides: Record<string, unknown> = {}) => ({
    fundSourceId: fiscal,
    paidOn: '2026-05-10',
    amount: '1000.00',
    payee: '高州市水利工程队',
    purpose: '管网材料款',
    ...overrides,
  });

  before(async () => {
    t = await createTestApp();
    await insertPlaces(t.deps);
    project = await insertFundedProject(t.deps, {
      divisionCode: places.changliu,
      budget: '300000.00',
      sources: [
        { kind: 'fiscal', funder: '高州市财政局', amount: '200000.00' },
        { kind: 'unit', funder: '茂名市帮扶单位', amount: '100000.00' },
      ],
    });
    fiscal = project.sources.find((s) => s.kind === 'fiscal')!.id;
    unit = project.sources.find((s) => s.kind === 'unit')!.id;
    proposed = await insertFundedProject(t.deps, { divisionCode: places.changliu, budget: '5000.00', sources: [{ kind: 'fiscal', funder: '财政', amount: '5000.00' }], state: 'proposed' });
    rural = await sessionAs(t.app, t.deps, ['rural_office'], { division: places.gaozhou });
    township = await sessionAs(t.app, t.deps, ['township_party'], { division: places.xindong });
    leader = await sessionAs(t.app, t.deps, ['team_leader'], { division: places.changliu });
    member = await sessionAs(t.app, t.deps, ['team_member'], { division: places.changliu });
    huizeRural = await sessionAs(t.app, t.deps, ['rural_office'], { division: places.huize });
  });
  after(() => t.close());

  test('401 without a session', async () => {
    const response = await t.app.inject({ method: 'GET', url: `/api/projects/${project.project.id}/ledger` });
    assert.equal(response.statusCode, 401);
  });

  test('allocations: recorded by the rural office, refused before approval, listed with the source', async () => {
    const created = await rural.post(`/api/projects/${project.project.id}/allocations`, { fundSourceId: fiscal, allocatedOn: '2026-04-01', amount: '200000', document: '高财农〔2026〕12号' });
    assert.equal(created.statusCode, 201, created.body);
    assert.equal(created.json().amount, '200000.00');
    assert.equal(created.json().funder, '高州市财政局');
    const early = await rural.post(`/api/projects/${proposed.project.id}/allocations`, { fundSourceId: proposed.sources[0]!.id, allocatedOn: '2026-04-01', amount: '1' });
    assert.equal(early.statusCode, 409);
    assert.equal(early.json().code, 'PROJECT_NOT_ALLOCATABLE');
    assert.equal((await leader.post(`/api/projects/${project.project.id}/allocations`, { fundSourceId: fiscal, allocatedOn: '2026-04-01', amount: '1' })).statusCode, 403);
    const over = await rural.post(`/api/projects/${project.project.id}/allocations`, { fundSourceId: fiscal, allocatedOn: '2026-04-02', amount: '0.01' });
    assert.equal(over.statusCode, 409);
    assert.equal(over.json().code, 'ALLOCATION_OVER_SOURCE');
    assert.deepEqual(over.json().fields.map((f: Field) => f.path), ['amount']);
    const list = await member.get(`/api/projects/${project.project.id}/allocations`);
    assert.equal(list.statusCode, 200);
    assert.equal(list.json().length, 1);
  });

  test('payments: 201 and audited; 409 before work starts; 400 on a source of another project', async () => {
    const created = await township.post(`/api/projects/${project.project.id}/payments`, payment({ amount: '150000.01' }));
    assert.equal(created.statusCode, 201, created.body);
    assert.equal(created.json().amount, '150000.01');
    assert.equal(created.json().villageName, '长流村委会');
    const audit = await t.deps.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'funds.pay'), eq(auditEvents.entityId, created.json().id)));
    assert.equal(audit.length, 1);
    const early = await rural.post(`/api/projects/${proposed.project.id}/payments`, payment({ fundSourceId: proposed.sources[0]!.id }));
    assert.equal(early.statusCode, 409);
    assert.equal(early.json().code, 'PROJECT_NOT_PAYABLE');
    const foreign = await rural.post(`/api/projects/${project.project.id}/payments`, payment({ fundSourceId: proposed.sources[0]!.id }));
    assert.equal(foreign.statusCode, 400);
    assert.equal(foreign.json().code, 'PAYMENT_SOURCE_UNKNOWN');
    assert.deepEqual(foreign.json().fields.map((f: Field) => f.path), ['fundSourceId']);
    const shape = await rural.post(`/api/projects/${project.project.id}/payments`, payment({ amount: '12.345', payee: '' }));
    assert.equal(shape.statusCode, 400);
    assert.deepEqual(shape.json().fields.map((f: Field) => f.path).sort(), ['amount', 'payee']);
  });

  test('a source cannot pay beyond its amount', async () => {
    const over = await rural.post(`/api/projects/${project.project.id}/payments`, payment({ amount: '50000.00' }));
    assert.equal(over.statusCode, 409);
    assert.equal(over.json().code, 'PAYMENT_OVER_SOURCE');
    assert.deepEqual(over.json().fields, [{ path: 'amount', message: '超出该资金来源额度：尚可拨付 ¥49,999.99' }]);
  });

  test('ledger per source: amount, allocated, paid, remaining; reconciles', async () => {
    const ledger = (await member.get(`/api/projects/${project.project.id}/ledger`)).json();
    assert.equal(ledger.approvedBudget, '300000.00');
    const f = ledger.sources.find((s: { fundSourceId: string }) => s.fundSourceId === fiscal);
    assert.deepEqual({ amount: f.amount, allocated: f.allocated, paid: f.paid, remaining: f.remaining }, { amount: '200000.00', allocated: '200000.00', paid: '150000.01', remaining: '49999.99' });
    assert.deepEqual(ledger.totals, { amount: '300000.00', allocated: '200000.00', paid: '150000.01', remaining: '149999.99' });
    assert.equal(ledger.reconciles, true);
    assert.deepEqual(ledger.abilities, { record: false, pay: false, adjust: false });
    assert.deepEqual((await rural.get(`/api/projects/${project.project.id}/ledger`)).json().abilities, { record: true, pay: true, adjust: true });
  });

  test('out of scope is 404, and the funds list is empty there', async () => {
    assert.equal((await huizeRural.get(`/api/projects/${project.project.id}/ledger`)).statusCode, 404);
    assert.equal((await huizeRural.post(`/api/projects/${project.project.id}/payments`, payment({ amount: '1.00' }))).statusCode, 404);
    assert.equal((await huizeRural.get('/api/funds')).json().total, 0);
  });

  test('two concurrent payments that together exceed the budget: exactly one succeeds', async () => {
    const [a, b] = await Promise.all([
      rural.post(`/api/projects/${project.project.id}/payments`, payment({ fundSourceId: unit, amount: '90000.00' })),
      township.post(`/api/projects/${project.project.id}/payments`, payment({ fundSourceId: unit, amount: '90000.00' })),
    ]);
    const codes = [a!.statusCode, b!.statusCode].sort();
    assert.deepEqual(codes, [201, 409], `${a!.body} ${b!.body}`);
    const refused = a!.statusCode === 409 ? a! : b!;
    assert.ok(['PAYMENT_OVER_BUDGET', 'PAYMENT_OVER_SOURCE'].includes(refused.json().code), refused.body);
    const paid = await paidBySource(t.deps.db, [project.project.id]);
    assert.equal(paid.get(unit), '90000.00');
  });

  test('over the approved budget: 409 with what may still be paid, next to amount', async () => {
    // 240,000.01 paid of 300,000: the unit source still holds 10,000, the budget 59,999.99.
    const over = await rural.post(`/api/projects/${project.project.id}/payments`, payment({ amount: '49999.99' }));
    assert.equal(over.statusCode, 201, over.body);
    const refused = await rural.post(`/api/projects/${project.project.id}/payments`, payment({ fundSourceId: unit, amount: '10000.01' }));
    assert.equal(refused.statusCode, 409);
    assert.equal(refused.json().code, 'PAYMENT_OVER_BUDGET');
    assert.deepEqual(refused.json().fields, [{ path: 'amount', message: '超出批复预算：尚可拨付 ¥10,000.00' }]);
  });

  test('the database refuses what the service would have: the trigger names its constraint', async () => {
    const base = { projectId: project.project.id, divisionCode: places.changliu, paidOn: '2026-05-11', payee: '直接写入', purpose: '触发器' };
    const attempt = async (values: typeof projectPayments.$inferInsert) => {
      try {
        await t.deps.db.transaction((tx) => tx.insert(projectPayments).values(values));
        return 'inserted';
      } catch (error) {
        return checkViolation(error);
      }
    };
    assert.equal(await attempt({ ...base, fundSourceId: unit, amount: '10000.01' }), 'project_payments_within_budget');
    assert.equal(await attempt({ ...base, fundSourceId: fiscal, amount: '0.01' }), 'project_payments_within_source');
    assert.equal(await attempt({ ...base, fundSourceId: proposed.sources[0]!.id, amount: '0.01' }), 'project_payments_source');
  });

  test('funds list filters by source kind and date; export is a workbook', async () => {
    const all = (await rural.get('/api/funds')).json();
    assert.equal(all.total, 3);
    const units = (await rural.get('/api/funds?sourceKind=unit')).json();
    assert.equal(units.total, 1);
    assert.equal(units.items[0].funder, '茂名市帮扶单位');
    assert.equal((await rural.get('/api/funds?from=2026-06-01')).json().total, 0);
    assert.equal((await rural.get(`/api/funds?projectId=${proposed.project.id}`)).json().total, 0);
    const file = await rural.get('/api/funds/export');
    assert.equal(file.statusCode, 200);
    assert.match(String(file.headers['content-type']), /spreadsheetml/);
  });

  test('fund totals by source kind over the caller’s scope', async () => {
    const rows = await fundTotals(t.deps.db, makeScope(places.gaozhou, null), places.changliu);
    const fiscalRow = rows.find((r) => r.kind === 'fiscal')!;
    assert.equal(fiscalRow.budgeted, '205000.00');
    assert.equal(fiscalRow.allocated, '200000.00');
    assert.equal(fiscalRow.paid, '200000.00');
    assert.deepEqual(await fundTotals(t.deps.db, makeScope(places.huize, null), null), []);
  });

  test('budget adjustment: team leader asks, township reviews, county approves; the refused payment then passes', async () => {
    const id = project.project.id;
    const bad = await leader.post(`/api/projects/${id}/budget-adjustments`, {
      newBudget: '320000.00',
      sources: [{ fundSourceId: fiscal, kind: 'fiscal', funder: '高州市财政局', amount: '200000.00' }, { fundSourceId: unit, kind: 'unit', funder: '茂名市帮扶单位', amount: '100000.00' }],
      reason: '管网延伸',
    });
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(bad.json().fields.map((f: Field) => f.path), ['sources']);
    const asked = await leader.post(`/api/projects/${id}/budget-adjustments`, {
      newBudget: '320000.00',
      sources: [{ fundSourceId: fiscal, kind: 'fiscal', funder: '高州市财政局', amount: '200000.00' }, { fundSourceId: unit, kind: 'unit', funder: '茂名市帮扶单位', amount: '120000.00' }],
      reason: '管网延伸至三个自然村',
    });
    assert.equal(asked.statusCode, 201, asked.body);
    const adjustment = asked.json();
    assert.equal(adjustment.state, 'township_review');
    assert.equal(adjustment.previousBudget, '300000.00');
    assert.equal((await leader.post(`/api/projects/${id}/budget-adjustments`, { ...adjustment, sources: adjustment.sources.map((s: { fundSourceId: string }) => s), reason: '再次' })).statusCode, 409);
    assert.equal((await rural.post(`/api/budget-adjustments/${adjustment.id}/actions`, { action: 'approve' })).statusCode, 409);
    assert.equal((await huizeRural.post(`/api/budget-adjustments/${adjustment.id}/actions`, { action: 'review' })).statusCode, 404);
    const reviewed = await township.post(`/api/budget-adjustments/${adjustment.id}/actions`, { action: 'review', comment: '同意' });
    assert.equal(reviewed.statusCode, 200, reviewed.body);
    assert.equal(reviewed.json().state, 'county_review');
    const approved = await rural.post(`/api/budget-adjustments/${adjustment.id}/actions`, { action: 'approve' });
    assert.equal(approved.statusCode, 200, approved.body);
    assert.equal(approved.json().state, 'approved');
    const ledger = (await rural.get(`/api/projects/${id}/ledger`)).json();
    assert.equal(ledger.approvedBudget, '320000.00');
    assert.equal(ledger.reconciles, true);
    const paid = await rural.post(`/api/projects/${id}/payments`, payment({ fundSourceId: unit, amount: '10000.01' }));
    assert.equal(paid.statusCode, 201, paid.body);
    const history = (await member.get(`/api/projects/${id}/budget-adjustments`)).json();
    assert.equal(history.length, 1);
    assert.deepEqual(history[0].workflow.steps.map((s: { action: string }) => s.action), ['submit', 'review', 'approve']);
  });

  test('below what is paid: 400 when asked; 409 at approval when payments overtook it, and nothing changes', async () => {
    const id = project.project.id;
    const low = await rural.post(`/api/projects/${id}/budget-adjustments`, {
      newBudget: '100000.00',
      sources: [{ fundSourceId: fiscal, kind: 'fiscal', funder: '高州市财政局', amount: '100000.00' }],
      reason: '压减预算',
    });
    assert.equal(low.statusCode, 400);
    assert.deepEqual(low.json().fields.map((f: Field) => f.path).sort(), ['newBudget', 'sources', 'sources.0.amount']);
    // Paid so far: 300,000.01 (unit 100,000.01). The adjustment fits when asked ...
    const asked = await rural.post(`/api/projects/${id}/budget-adjustments`, {
      newBudget: '310000.00',
      sources: [
        { fundSourceId: fiscal, kind: 'fiscal', funder: '高州市财政局', amount: '200000.00' },
        { fundSourceId: unit, kind: 'unit', funder: '茂名市帮扶单位', amount: '110000.00' },
      ],
      reason: '压减预算',
    });
    assert.equal(asked.statusCode, 201, asked.body);
    assert.equal((await township.post(`/api/budget-adjustments/${asked.json().id}/actions`, { action: 'review' })).statusCode, 200);
    // ... but a payment recorded while it waits takes the unit source past its new amount.
    assert.equal((await township.post(`/api/projects/${id}/payments`, payment({ fundSourceId: unit, amount: '10000.00' }))).statusCode, 201);
    const other = await sessionAs(t.app, t.deps, ['rural_office'], { division: places.gaozhou });
    const refused = await other.post(`/api/budget-adjustments/${asked.json().id}/actions`, { action: 'approve' });
    assert.equal(refused.statusCode, 409);
    assert.equal(refused.json().code, 'ADJUSTMENT_BELOW_PAID');
    const ledger = (await rural.get(`/api/projects/${id}/ledger`)).json();
    assert.equal(ledger.approvedBudget, '320000.00');
    assert.equal(ledger.sources.find((s: { fundSourceId: string }) => s.fundSourceId === unit).amount, '120000.00');
    assert.equal((await rural.get(`/api/projects/${id}/budget-adjustments`)).json()[0].state, 'county_review');
  });
});
