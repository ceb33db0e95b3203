import type { Executor } from '../../platform/db/client.ts';
import type { DonationListItem } from '../../../contracts/donations.ts';
import { divisionNames } from '../divisions/index.ts';
import type { DonationListRow } from './donations.repository.ts';

export async function presentDonations(executor: Executor, rows: DonationListRow[]): Promise<DonationListItem[]> {
  const names = await divisionNames(executor, [...new Set(rows.map((r) => r.divisionCode))]);
  return rows.map((r) => ({
    id: r.id,
    divisionCode: r.divisionCode,
    villageName: names.get(r.divisionCode) ?? null,
    projectId: r.projectId,
    projectName: r.projectName,
    donor: r.donor,
    donorKind: r.donorKind,
    form: r.form,
    value: r.value,
    goods: r.goods,
    quantity: r.quantity,
    unit: r.unit,
    purpose: r.purpose,
    receivedOn: r.receivedOn,
    arrangedByCadreId: r.arrangedByCadreId,
    arrangedByName: r.arrangedByName,
    receiptNo: r.receiptNo,
    createdAt: r.createdAt.toISOString(),
  }));
}
