import type { Executor } from '../../platform/db/client.ts';
import type { AssetCheck, AssetListItem, ShareListItem } from '../../../contracts/assets.ts';
import { divisionNames } from '../divisions/index.ts';
import * as assetRepo from './assets.repository.ts';
import * as shareRepo from './shares.repository.ts';
import { sumMoney } from './assets.rules.ts';

export async function presentAssets(executor: Executor, rows: assetRepo.AssetRow[]): Promise<AssetListItem[]> {
  const [villages, projectNames] = await Promise.all([
    divisionNames(executor, [...new Set(rows.map((r) => r.divisionCode))]),
    assetRepo.projectNames(executor, rows.flatMap((r) => (r.projectId ? [r.projectId] : []))),
  ]);
  return rows.map((r) => ({
    id: r.id,
    projectId: r.projectId,
    projectName: r.projectId ? (projectNames.get(r.projectId) ?? null) : null,
    divisionCode: r.divisionCode,
    villageName: villages.get(r.divisionCode) ?? null,
    name: r.name,
    kind: r.kind,
    owner: r.owner,
    maintainer: r.maintainer,
    value: r.value,
    quantity: r.quantity,
    handedOverOn: r.handedOverOn,
    condition: r.condition,
  }));
}

export function presentCheck(row: assetRepo.AssetCheckRow): AssetCheck {
  return { id: row.id, checkedOn: row.checkedOn, condition: row.condition, note: row.note, checkedBy: row.checkedBy };
}

export async function presentShares(executor: Executor, rows: shareRepo.ShareRow[]): Promise<ShareListItem[]> {
  const [villages, names, paid] = await Promise.all([
    divisionNames(executor, [...new Set(rows.map((r) => r.divisionCode))]),
    shareRepo.householderNames(executor, rows.map((r) => r.householdId)),
    shareRepo.dividendsOf(executor, rows.map((r) => r.id)),
  ]);
  return rows.map((r) => {
    const own = paid.filter((d) => d.shareId === r.id);
    return {
      id: r.id,
      householdId: r.householdId,
      householderName: names.get(r.householdId) ?? null,
      divisionCode: r.divisionCode,
      villageName: villages.get(r.divisionCode) ?? null,
      cooperative: r.cooperative,
      projectId: r.projectId,
      assetId: r.assetId,
      amount: r.amount,
      units: r.units,
      since: r.since,
      until: r.until,
      dividendsTotal: sumMoney(own.map((d) => d.amount)),
      dividends: own.map((d) => ({ id: d.id, year: d.year, amount: d.amount, paidOn: d.paidOn })),
    };
  });
}
