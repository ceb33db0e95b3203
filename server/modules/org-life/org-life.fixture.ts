import type { AppDeps } from '../../platform/http/context.ts';
import { createCadre } from '../../test/factories.ts';
import { partyMemberships, partyOrgs, type PartyRole } from '../party-orgs/index.ts';
import { branchReports, orgLifeRecords } from './org-life.schema.ts';
import type { OrgLifeKind } from '../../../contracts/party-codes.ts';

export type BranchWorld = { orgId: string; secretary: string; committee: string; member: string; outsider: string };

/** An approved temporary branch with a secretary, a committee member and a plain member, written directly. */
export async function insertBranch(
  deps: AppDeps,
  values: { divisionCode: string; unitId: string; name?: string; establishedOn?: string },
): Promise<BranchWorld> {
  const [org] = await deps.db
    .insert(partyOrgs)
    .values({
      name: values.name ?? '驻村工作队临时党支部',
      kind: 'temporary_branch',
      divisionCode: values.divisionCode,
      unitId: values.unitId,
      status: 'active',
      approvalLevel: 'county',
      establishedOn: values.establishedOn ?? '2025-01-01',
    })
    .returning({ id: partyOrgs.id });
  const cadre = async (name: string) => (await createCadre(deps, { unitId: values.unitId, divisionCode: values.divisionCode, name })).id;
  const world: BranchWorld = { orgId: org!.id, secretary: await cadre('杨书记'), committee: await cadre('梁支委'), member: await cadre('赵党员'), outsider: await cadre('钱路人') };
  const roles: [string, PartyRole][] = [
    [world.secretary, 'secretary'],
    [world.committee, 'organization_member'],
    [world.member, 'member'],
  ];
  await deps.db.insert(partyMemberships).values(
    roles.map(([cadreId, role]) => ({ partyOrgId: org!.id, cadreId, kind: 'temporary' as const, role, joinedOn: values.establishedOn ?? '2025-01-01', divisionCode: values.divisionCode })),
  );
  return world;
}

export async function insertRecord(deps: AppDeps, values: { orgId: string; divisionCode: string; kind?: OrgLifeKind; heldOn?: string }): Promise<string> {
  const [row] = await deps.db
    .insert(orgLifeRecords)
    .values({ partyOrgId: values.orgId, divisionCode: values.divisionCode, kind: values.kind ?? 'weekly_study', heldOn: values.heldOn ?? '2025-06-02', topic: '学习乡村振兴促进法' })
    .returning({ id: orgLifeRecords.id });
  return row!.id;
}

/** A weekly notice issued for 2025-W23, its body as the service would have kept it. */
export async function insertReport(deps: AppDeps, values: { orgId: string; divisionCode: string }): Promise<string> {
  const body = { partyOrgName: '临时党支部', kind: 'weekly_notice', period: '2025-W23', from: '2025-06-02', to: '2025-06-08', records: [], memberCount: 3, attendanceRate: 0, sixOnes: [], missing: [] };
  const [row] = await deps.db
    .insert(branchReports)
    .values({ partyOrgId: values.orgId, divisionCode: values.divisionCode, kind: 'weekly_notice', period: '2025-W23', body })
    .returning({ id: branchReports.id });
  return row!.id;
}

/** The first bytes of a PNG: enough for the type check by content. */
export const samplePng = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('IHDR not a full image')]);

export function multipart(fileName: string, data: Buffer) {
  const boundary = '----zhucun-org-life-boundary';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  return { payload: Buffer.concat([Buffer.from(head), data, Buffer.from(`\r\n--${boundary}--\r\n`)]), contentType: `multipart/form-data; boundary=${boundary}` };
}
