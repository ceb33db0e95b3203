import type { Executor } from '../../platform/db/client.ts';
import { codeInScope, type Scope } from '../../platform/access/scope.ts';
import type { ContributionItem, EnterpriseListItem } from '../../../contracts/enterprises.ts';
import { divisionNames } from '../divisions/index.ts';
import * as repo from './enterprises.repository.ts';
import * as contributionRepo from './contributions.repository.ts';

/** The region that keeps the enterprise sees all its pairings; a region it is paired into sees its own villages. */
export function seesPairing(scope: Scope, enterprise: repo.EnterpriseRow, pairing: { divisionCode: string }): boolean {
  return codeInScope(scope, enterprise.divisionCode) || codeInScope(scope, pairing.divisionCode);
}

export async function presentEnterprises(executor: Executor, scope: Scope, rows: repo.EnterpriseRow[]): Promise<EnterpriseListItem[]> {
  const current = await repo.pairingsOf(
    executor,
    rows.map((r) => r.id),
    true,
  );
  const names = await divisionNames(executor, [...new Set([...rows.map((r) => r.divisionCode), ...current.map((p) => p.divisionCode)])]);
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    creditCode: r.creditCode,
    divisionCode: r.divisionCode,
    divisionName: names.get(r.divisionCode) ?? null,
    industry: r.industry,
    contactName: r.contactName,
    contactPhone: r.contactPhoneMasked,
    partyOrgName: r.partyOrgName,
    note: r.note,
    villages: current.filter((p) => p.enterpriseId === r.id && seesPairing(scope, r, p)).map((p) => ({ code: p.divisionCode, name: names.get(p.divisionCode) ?? null })),
  }));
}

export async function presentContributions(executor: Executor, rows: contributionRepo.ContributionRow[]): Promise<ContributionItem[]> {
  const [villages, enterprises, projects] = await Promise.all([
    divisionNames(executor, [...new Set(rows.map((r) => r.divisionCode))]),
    repo.enterpriseNames(
      executor,
      rows.map((r) => r.enterpriseId),
    ),
    contributionRepo.projectNames(
      executor,
      rows.flatMap((r) => (r.projectId ? [r.projectId] : [])),
    ),
  ]);
  return rows.map((r) => ({
    id: r.id,
    enterpriseId: r.enterpriseId,
    enterpriseName: enterprises.get(r.enterpriseId) ?? null,
    pairingId: r.pairingId,
    divisionCode: r.divisionCode,
    villageName: villages.get(r.divisionCode) ?? null,
    kind: r.kind,
    value: r.value,
    quantity: r.quantity,
    unit: r.unit,
    givenOn: r.givenOn,
    description: r.description,
    projectId: r.projectId,
    projectName: r.projectId ? (projects.get(r.projectId) ?? null) : null,
  }));
}

/** What the audit trail keeps of an enterprise: everything but the phone's cipher text. */
export function auditViewOf(row: repo.EnterpriseRow): Omit<repo.EnterpriseRow, 'contactPhoneCipher'> {
  const { contactPhoneCipher: _cipher, ...rest } = row;
  return rest;
}
