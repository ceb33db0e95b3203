import { date, index, pgTable, primaryKey, text, uuid, uniqueIndex } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { createdAt, divisionCode, id, updatedAt } from '../../platform/db/columns.ts';
import type { ApprovalLevel, BranchStatus } from '../../../contracts/party-codes.ts';

export type PartyOrgKind = 'committee' | 'general_branch' | 'branch' | 'temporary_branch';
export type MembershipKind = 'formal' | 'temporary';
export type PartyRole = 'secretary' | 'deputy_secretary' | 'organization_member' | 'propaganda_member' | 'discipline_member' | 'member';

export const partyOrgs = pgTable(
  'party_orgs',
  {
    id: id(),
    name: text('name').notNull(),
    kind: text('kind').$type<PartyOrgKind>().notNull(),
    parentId: uuid('parent_id'),
    unitId: uuid('unit_id'),
    teamId: uuid('team_id'),
    divisionCode: divisionCode().notNull(),
    establishedOn: date('established_on'),
    note: text('note'),
    // A temporary branch is asked for and approved (属地管理 [000]); every other organization is active from the start.
    status: text('status').$type<BranchStatus>().notNull().default('active'),
    approvalLevel: text('approval_level').$type<ApprovalLevel>(),
    electedOn: date('elected_on'),
    dissolvedOn: date('dissolved_on'),
    dissolvedReason: text('dissolved_reason'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('party_orgs_parent_idx').on(t.parentId), index('party_orgs_division_idx').on(t.divisionCode)],
);

export const partyMemberships = pgTable(
  'party_memberships',
  {
    id: id(),
    partyOrgId: uuid('party_org_id').notNull().references(() => partyOrgs.id, { onDelete: 'cascade' }),
    cadreId: uuid('cadre_id').notNull(),
    kind: text('kind').$type<MembershipKind>().notNull(),
    role: text('role').$type<PartyRole>().notNull().default('member'),
    joinedOn: date('joined_on'),
    leftOn: date('left_on'),
    divisionCode: divisionCode().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    // A party member has exactly one formal organization relation at a time [004].
    uniqueIndex('party_memberships_one_formal_idx').on(t.cadreId).where(sql`kind = 'formal' and left_on is null`),
    uniqueIndex('party_memberships_once_per_org_idx').on(t.partyOrgId, t.cadreId).where(sql`left_on is null`),
    index('party_memberships_cadre_idx').on(t.cadreId),
  ],
);

/** The teams a temporary branch is built on: one team [004], or the teams of many units in a city [000]. */
export const partyOrgTeams = pgTable(
  'party_org_teams',
  {
    partyOrgId: uuid('party_org_id').notNull().references(() => partyOrgs.id, { onDelete: 'cascade' }),
    teamId: uuid('team_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.partyOrgId, t.teamId] }), index('party_org_teams_team_idx').on(t.teamId)],
);
