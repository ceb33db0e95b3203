import type { PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from '../../server/platform/db/client.ts';
import type { SensitiveCipher } from '../../server/platform/crypto/sensitive.ts';
import { maskIdNumber, maskPhone } from '../../server/platform/audit/redact.ts';
import { pinyinOf } from '../../server/platform/i18n/pinyin.ts';
import { recordUnitPresence, units } from '../../server/modules/units/index.ts';
import { cadres } from '../../server/modules/cadres/index.ts';
import { teamMembers, teams, teamUnits, teamVillages } from '../../server/modules/teams/index.ts';
import { partyMemberships, partyOrgs, partyOrgTeams } from '../../server/modules/party-orgs/index.ts';
import { villageProfiles } from '../../server/modules/divisions/index.ts';
import type { DemoPlan } from './demo-model.ts';

// PostgreSQL takes at most 65,535 parameters in one statement; 500 rows of ~25 columns stay well inside.
const CHUNK = 500;

/** Multi-row inserts, CHUNK rows a statement: the embedded database pays per round trip, not per row. */
export async function insertInChunks<T extends PgTable>(executor: Executor, table: T, rows: T['$inferInsert'][], size = CHUNK): Promise<void> {
  for (let i = 0; i < rows.length; i += size) {
    await executor.insert(table).values(rows.slice(i, i + size)).onConflictDoNothing();
  }
}

/** Every row of the plan, in dependency order, through the modules' exported tables. */
export async function writePlan(executor: Executor, cipher: SensitiveCipher, plan: DemoPlan): Promise<void> {
  await insertInChunks(
    executor,
    units,
    plan.units.map((u) => ({ id: u.id, name: u.name, shortName: u.shortName, type: u.type, divisionCode: u.divisionCode, ...pinyinOf(u.name), note: u.note ?? null })),
  );
  // Many cadres share a surname and given name characters; pinyin per distinct name once.
  const pinyinCache = new Map<string, { pinyin: string; initials: string }>();
  const pinyinFor = (name: string) => {
    let found = pinyinCache.get(name);
    if (!found) pinyinCache.set(name, (found = pinyinOf(name)));
    return found;
  };
  await insertInChunks(
    executor,
    cadres,
    plan.cadres.map((c) => ({
      id: c.id,
      name: c.name,
      ...pinyinFor(c.name),
      gender: c.gender,
      idNumberHash: cipher.fingerprint(c.idNumber),
      idNumberCipher: cipher.encrypt(c.idNumber),
      idNumberMasked: maskIdNumber(c.idNumber),
      birthDate: c.birthDate,
      ethnicity: c.ethnicity,
      partyStatus: c.partyStatus,
      education: c.education,
      unitId: c.unitId,
      position: c.position,
      rank: c.rank,
      specialities: c.specialities,
      phoneCipher: cipher.encrypt(c.phone),
      phoneMasked: maskPhone(c.phone),
      divisionCode: c.divisionCode,
      postedDivisionCode: c.postedDivisionCode,
    })),
  );
  await insertInChunks(
    executor,
    teams,
    plan.teams.map((t) => ({ id: t.id, name: t.name, divisionCode: t.villageCodes[0]!, termStart: t.termStart, termEnd: t.termEnd ?? null, status: t.status ?? 'active', note: t.note ?? null })),
  );
  await insertInChunks(executor, teamVillages, plan.teams.flatMap((t) => t.villageCodes.map((divisionCode) => ({ teamId: t.id, divisionCode }))));
  await insertInChunks(executor, teamUnits, plan.teams.flatMap((t) => t.units.map((u) => ({ teamId: t.id, unitId: u.unitId, isLead: u.isLead, divisionCode: t.villageCodes[0]! }))));
  await insertInChunks(
    executor,
    teamMembers,
    plan.teams.flatMap((t) => t.members.map((m) => ({ id: m.id, teamId: t.id, cadreId: m.cadreId, role: m.role, joinedOn: m.joinedOn, leftOn: m.leftOn ?? null, divisionCode: t.villageCodes[0]! }))),
  );
  const presence = new Map<string, { unitId: string; divisionCode: string }>();
  for (const team of plan.teams) {
    for (const unit of team.units) for (const divisionCode of team.villageCodes) presence.set(`${unit.unitId}:${divisionCode}`, { unitId: unit.unitId, divisionCode });
  }
  const presenceRows = [...presence.values()];
  for (let i = 0; i < presenceRows.length; i += CHUNK) await recordUnitPresence(executor, presenceRows.slice(i, i + CHUNK));
  await insertInChunks(
    executor,
    partyOrgs,
    plan.partyOrgs.map(({ teamIds: _teams, ...org }) => org),
  );
  await insertInChunks(executor, partyOrgTeams, plan.partyOrgs.flatMap((o) => (o.teamIds ?? []).map((teamId) => ({ partyOrgId: o.id, teamId }))));
  await insertInChunks(executor, partyMemberships, plan.memberships);
  await insertInChunks(executor, villageProfiles, plan.profiles);
}
