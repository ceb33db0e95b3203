import type { Ctx } from '../../platform/http/context.ts';
import type { Executor } from '../../platform/db/client.ts';
import { can, requirePermission } from '../../platform/access/permissions.ts';
import { codeInScope } from '../../platform/access/scope.ts';
import { commonErrors } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { offsetOf } from '../../platform/db/paging.ts';
import { DONATION_DELETE_DAYS, type DonationBody, type DonationList, type DonationListQuery, type DonationPatchBody, type DonationView } from '../../../contracts/donations.ts';
import { findCadreInScope } from '../cadres/index.ts';
import { findDivision } from '../divisions/index.ts';
import { findProjectInScope } from '../projects/index.ts';
import * as repo from './donations.repository.ts';
import { donationErrors } from './donations.errors.ts';
import { presentDonations } from './donations.present.ts';
import { donationProblems, donationToday, figuresOf, mayDelete, type FieldError } from './donations.rules.ts';

function failOn(problems: FieldError[]): void {
  if (problems.length > 0) throw commonErrors.VALIDATION_FAILED(problems);
}

export async function listDonations(ctx: Ctx, query: DonationListQuery): Promise<DonationList> {
  requirePermission(ctx.principal, 'donations.read');
  const result = await repo.listDonations(ctx.db, ctx.principal.scope, query, { limit: query.pageSize, offset: offsetOf(query) });
  return { items: await presentDonations(ctx.db, result.items), total: result.total, totals: figuresOf(result.totals) };
}

export async function getDonation(ctx: Ctx, id: string): Promise<DonationView> {
  requirePermission(ctx.principal, 'donations.read');
  const row = await repo.findDonationInScope(ctx.db, ctx.principal.scope, id);
  if (!row) throw commonErrors.NOT_FOUND();
  const [item] = await presentDonations(ctx.db, [row]);
  const keeper = can(ctx.principal, 'donations.write');
  return { ...item!, abilities: { update: keeper, delete: keeper && mayDelete(row, ctx.principal.accountId) } };
}

type Links = { divisionCode: string; projectId: string | null; arrangedByCadreId: string | null };

/**
 * The village must be one the account keeps; a project named must be one it can see and serve that
 * village; the cadre who arranged the gift must be one it can see. Only what changed is checked, so
 * a cadre since posted elsewhere does not block correcting the amount.
 */
async function checkLinks(ctx: Ctx, executor: Executor, links: Links, before?: Links): Promise<void> {
  const villageChanged = links.divisionCode !== before?.divisionCode;
  if (villageChanged) {
    const village = codeInScope(ctx.principal.scope, links.divisionCode) ? await findDivision(executor, links.divisionCode) : undefined;
    if (village?.level !== 'village') throw donationErrors.NOT_A_VILLAGE([{ path: 'divisionCode', message: '请选择本辖区内的村' }]);
  }
  const problems: FieldError[] = [];
  if (links.projectId && (villageChanged || links.projectId !== before?.projectId)) {
    if (!(await findProjectInScope(executor, ctx.principal.scope, links.projectId))) problems.push({ path: 'projectId', message: '项目不存在或不在您的管辖范围内' });
    else if (!(await repo.projectServes(executor, links.projectId, links.divisionCode))) problems.push({ path: 'projectId', message: '该项目不覆盖受赠村' });
  }
  if (links.arrangedByCadreId && links.arrangedByCadreId !== before?.arrangedByCadreId) {
    if (!(await findCadreInScope(executor, ctx.principal.scope, links.arrangedByCadreId))) {
      problems.push({ path: 'arrangedByCadreId', message: '没有这名干部或不在您的管辖范围内' });
    }
  }
  failOn(problems);
}

/** A receipt number is unique within its village; the lock keeps two clerks from both taking it. */
async function checkReceipt(executor: Executor, divisionCode: string, receiptNo: string | null, exceptId: string | null): Promise<void> {
  if (!receiptNo) return;
  await repo.receiptLock(executor, divisionCode, receiptNo);
  if (await repo.receiptTaken(executor, divisionCode, receiptNo, exceptId)) {
    throw donationErrors.DONATION_RECEIPT_TAKEN([{ path: 'receiptNo', message: `本村已有收据编号 ${receiptNo}` }], { receiptNo });
  }
}

function fieldsOf(body: DonationBody) {
  return {
    divisionCode: body.divisionCode,
    projectId: body.projectId ?? null,
    donor: body.donor,
    donorKind: body.donorKind,
    form: body.form,
    value: body.value,
    goods: body.goods ?? null,
    quantity: body.quantity ?? null,
    unit: body.unit ?? null,
    purpose: body.purpose,
    receivedOn: body.receivedOn,
    arrangedByCadreId: body.arrangedByCadreId ?? null,
    receiptNo: body.receiptNo ?? null,
  };
}

export async function createDonation(ctx: Ctx, body: DonationBody): Promise<DonationView> {
  requirePermission(ctx.principal, 'donations.write');
  failOn(donationProblems(body, donationToday()));
  const values = fieldsOf(body);
  await checkLinks(ctx, ctx.db, values);
  const id = await ctx.db.transaction(async (tx) => {
    await checkReceipt(tx, values.divisionCode, values.receiptNo, null);
    const row = await repo.insertDonation(tx, { ...values, createdBy: ctx.principal.accountId });
    await recordAudit(tx, ctx.actor, { action: 'donations.create', entityType: 'donation', entityId: row.id, divisionCode: row.divisionCode, after: row });
    return row.id;
  });
  return getDonation(ctx, id);
}

type Fields = ReturnType<typeof fieldsOf>;

/** The record with the change laid over it: a field left out stays, null clears it. */
function patched(before: repo.DonationRow, patch: DonationPatchBody): Fields {
  const take = <K extends keyof Fields & keyof DonationPatchBody>(key: K): Fields[K] => (patch[key] === undefined ? before[key] : patch[key]) as Fields[K];
  return {
    divisionCode: take('divisionCode'),
    projectId: take('projectId'),
    donor: take('donor'),
    donorKind: take('donorKind'),
    form: take('form'),
    value: take('value'),
    goods: take('goods'),
    quantity: take('quantity'),
    unit: take('unit'),
    purpose: take('purpose'),
    receivedOn: take('receivedOn'),
    arrangedByCadreId: take('arrangedByCadreId'),
    receiptNo: take('receiptNo'),
  };
}

export async function updateDonation(ctx: Ctx, id: string, patch: DonationPatchBody): Promise<DonationView> {
  requirePermission(ctx.principal, 'donations.write');
  await ctx.db.transaction(async (tx) => {
    const before = await repo.lockDonationInScope(tx, ctx.principal.scope, id);
    if (!before) throw commonErrors.NOT_FOUND();
    const values = patched(before, patch);
    failOn(donationProblems(values, donationToday()));
    await checkLinks(ctx, tx, values, before);
    if (values.receiptNo !== before.receiptNo || values.divisionCode !== before.divisionCode) await checkReceipt(tx, values.divisionCode, values.receiptNo, id);
    const after = await repo.updateDonation(tx, id, values);
    await recordAudit(tx, ctx.actor, { action: 'donations.update', entityType: 'donation', entityId: id, divisionCode: after.divisionCode, before, after });
  });
  return getDonation(ctx, id);
}

export async function deleteDonation(ctx: Ctx, id: string): Promise<void> {
  requirePermission(ctx.principal, 'donations.write');
  await ctx.db.transaction(async (tx) => {
    const before = await repo.lockDonationInScope(tx, ctx.principal.scope, id);
    if (!before) throw commonErrors.NOT_FOUND();
    if (!mayDelete(before, ctx.principal.accountId)) throw donationErrors.DONATION_DELETE_LOCKED(undefined, { days: DONATION_DELETE_DAYS });
    await repo.deleteDonation(tx, id);
    await recordAudit(tx, ctx.actor, { action: 'donations.delete', entityType: 'donation', entityId: id, divisionCode: before.divisionCode, before });
  });
}
