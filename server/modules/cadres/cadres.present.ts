import type { Ctx } from '../../platform/http/context.ts';
import type { CadreBrief, CadreView } from '../../../contracts/cadres.ts';
import { divisionNames } from '../divisions/index.ts';
import * as repo from './cadres.repository.ts';
import { mayUnmaskCadre, mayUpdateCadre } from './cadres.policy.ts';

type CadreRow = repo.CadreRow;

/** Only the masked forms ever leave the module; the cipher and fingerprint stay in the row. */
export async function presentCadres(ctx: Ctx, rows: CadreRow[]): Promise<CadreView[]> {
  const codes = rows.flatMap((r) => (r.postedDivisionCode ? [r.divisionCode, r.postedDivisionCode] : [r.divisionCode]));
  const [names, unitNames] = await Promise.all([divisionNames(ctx.db, codes), repo.findUnitNames(ctx.db, rows.map((r) => r.unitId))]);
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    gender: row.gender,
    idNumber: row.idNumberMasked,
    birthDate: row.birthDate,
    ethnicity: row.ethnicity,
    partyStatus: row.partyStatus,
    education: (row.education as CadreView['education']) ?? null,
    unitId: row.unitId,
    unitName: unitNames.get(row.unitId) ?? null,
    position: row.position,
    rank: (row.rank as CadreView['rank']) ?? null,
    specialities: row.specialities as CadreView['specialities'],
    phone: row.phoneMasked,
    divisionCode: row.divisionCode,
    divisionName: names.get(row.divisionCode) ?? null,
    postedDivisionCode: row.postedDivisionCode,
    postedDivisionName: row.postedDivisionCode ? (names.get(row.postedDivisionCode) ?? null) : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    abilities: { update: mayUpdateCadre(ctx.principal, row), unmask: mayUnmaskCadre(ctx.principal, row) },
  }));
}

export function presentCadreBriefs(rows: readonly CadreRow[]): CadreBrief[] {
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    gender: row.gender,
    unitId: row.unitId,
    partyStatus: row.partyStatus,
    idNumber: row.idNumberMasked,
  }));
}

/** What the audit trail keeps of a cadre: everything but the cipher texts and the fingerprint. */
export function auditViewOf(row: CadreRow): Record<string, unknown> {
  const { idNumberCipher: _idCipher, idNumberHash: _hash, phoneCipher: _phoneCipher, ...rest } = row;
  return rest;
}
