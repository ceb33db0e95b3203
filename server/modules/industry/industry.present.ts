import type { Executor } from '../../platform/db/client.ts';
import type { CooperativeView, CoreFarmerView, DemoBaseView, DemoHouseholdView, PioneerPostView } from '../../../contracts/industry.ts';
import { findCadresByIds } from '../cadres/index.ts';
import { divisionNames } from '../divisions/index.ts';
import type { CooperativeRow, CoreFarmerRow, DemoBaseRow, DemoHouseholdRow, PioneerPostRow } from './industry.repository.ts';
import { cooperativeNames, householderNames, serviceRequestTitles } from './industry-summary.repository.ts';

const present = <T>(values: (T | null | undefined)[]) => values.filter((v): v is T => v !== null && v !== undefined);

async function villages(executor: Executor, rows: { divisionCode: string }[]) {
  return divisionNames(executor, [...new Set(rows.map((r) => r.divisionCode))]);
}

async function cadreNames(executor: Executor, ids: string[]): Promise<Map<string, string>> {
  const rows = await findCadresByIds(executor, ids);
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function presentCooperatives(executor: Executor, rows: CooperativeRow[]): Promise<CooperativeView[]> {
  const [names, titles] = await Promise.all([villages(executor, rows), serviceRequestTitles(executor, present(rows.map((r) => r.serviceRequestId)))]);
  return rows.map((r) => ({
    id: r.id,
    divisionCode: r.divisionCode,
    villageName: names.get(r.divisionCode) ?? null,
    name: r.name,
    product: r.product,
    registeredOn: r.registeredOn,
    leaderName: r.leaderName,
    leaderTrainedOn: r.leaderTrainedOn,
    memberHouseholds: r.memberHouseholds,
    poorHouseholds: r.poorHouseholds,
    peopleEmployed: r.peopleEmployed,
    serviceRequestId: r.serviceRequestId,
    serviceRequestTitle: r.serviceRequestId ? (titles.get(r.serviceRequestId) ?? null) : null,
    note: r.note,
  }));
}

export async function presentDemoBases(executor: Executor, rows: DemoBaseRow[]): Promise<DemoBaseView[]> {
  const [names, cadreName, coopName] = await Promise.all([
    villages(executor, rows),
    cadreNames(executor, present(rows.map((r) => r.responsibleCadreId))),
    cooperativeNames(executor, present(rows.map((r) => r.cooperativeId))),
  ]);
  return rows.map((r) => ({
    id: r.id,
    divisionCode: r.divisionCode,
    villageName: names.get(r.divisionCode) ?? null,
    kind: r.kind,
    name: r.name,
    product: r.product,
    areaMu: r.areaMu,
    establishedOn: r.establishedOn,
    responsibleCadreId: r.responsibleCadreId,
    responsibleCadreName: r.responsibleCadreId ? (cadreName.get(r.responsibleCadreId) ?? null) : null,
    cooperativeId: r.cooperativeId,
    cooperativeName: r.cooperativeId ? (coopName.get(r.cooperativeId) ?? null) : null,
    householdsDriven: r.householdsDriven,
    peopleEmployed: r.peopleEmployed,
    yearlyIncome: r.yearlyIncome,
    note: r.note,
  }));
}

export async function presentDemoHouseholds(executor: Executor, rows: DemoHouseholdRow[]): Promise<DemoHouseholdView[]> {
  const [names, cadreName, householder] = await Promise.all([
    villages(executor, rows),
    cadreNames(executor, rows.map((r) => r.cadreId)),
    householderNames(executor, rows.map((r) => r.householdId)),
  ]);
  return rows.map((r) => ({
    id: r.id,
    divisionCode: r.divisionCode,
    villageName: names.get(r.divisionCode) ?? null,
    householdId: r.householdId,
    householderName: householder.get(r.householdId) ?? null,
    cadreId: r.cadreId,
    cadreName: cadreName.get(r.cadreId) ?? null,
    product: r.product,
    scale: r.scale,
    since: r.since,
    yearlyIncome: r.yearlyIncome,
    householdsDriven: r.householdsDriven,
    note: r.note,
  }));
}

export async function presentPioneerPosts(executor: Executor, rows: PioneerPostRow[]): Promise<PioneerPostView[]> {
  const names = await villages(executor, rows);
  return rows.map((r) => ({
    id: r.id,
    divisionCode: r.divisionCode,
    villageName: names.get(r.divisionCode) ?? null,
    name: r.name,
    holderCadreId: r.holderCadreId,
    holderName: r.holderName,
    duty: r.duty,
    establishedOn: r.establishedOn,
  }));
}

export async function presentCoreFarmers(executor: Executor, rows: CoreFarmerRow[]): Promise<CoreFarmerView[]> {
  const [names, householder] = await Promise.all([villages(executor, rows), householderNames(executor, present(rows.map((r) => r.householdId)))]);
  return rows.map((r) => ({
    id: r.id,
    divisionCode: r.divisionCode,
    villageName: names.get(r.divisionCode) ?? null,
    name: r.name,
    householdId: r.householdId,
    householderName: r.householdId ? (householder.get(r.householdId) ?? null) : null,
    skill: r.skill,
    trainedOn: r.trainedOn,
    trainingHours: r.trainingHours,
    trainer: r.trainer,
  }));
}
