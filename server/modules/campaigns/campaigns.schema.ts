import { date, index, integer, jsonb, pgTable, text, timestamp, uuid, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, divisionCode, id, money, updatedAt } from '../../platform/db/columns.ts';
import type { CampaignLine, CampaignStatus, CampaignTaskState } from '../../../contracts/party-codes.ts';

/** How a unit's target assessment is scored: a weight per line, and how far over-fulfilment counts. */
export type AssessmentFormula = { weights: Partial<Record<CampaignLine, number>>; capPercent: number; fullScore: number };

/**
 * 五千行动 [001]: a campaign of a province's organ work committee, with its lines of pairing, its
 * allocation plan (targets per unit), tasks claimed or assigned, a registration ledger and an assessment.
 */
export const campaigns = pgTable(
  'campaigns',
  {
    id: id(),
    name: text('name').notNull(),
    year: integer('year').notNull(),
    // The region the campaign runs in: its organizer's province or city.
    divisionCode: divisionCode().notNull(),
    status: text('status').$type<CampaignStatus>().notNull().default('draft'),
    lines: text('lines').array().$type<CampaignLine[]>().notNull(),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    description: text('description'),
    formula: jsonb('formula').$type<AssessmentFormula>().notNull(),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('campaigns_division_idx').on(t.divisionCode, t.year)],
);

/** 任务分配方案: what each unit is to achieve on each line. */
export const campaignTargets = pgTable(
  'campaign_targets',
  {
    id: id(),
    campaignId: uuid('campaign_id').notNull().references(() => campaigns.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id').notNull(),
    line: text('line').$type<CampaignLine>().notNull(),
    target: integer('target').notNull(),
    note: text('note'),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('campaign_targets_unit_line_idx').on(t.campaignId, t.unitId, t.line)],
);

/** One piece of the plan: a village or household to help, or a visit to make; claimed by a branch or assigned to it. */
export const campaignTasks = pgTable(
  'campaign_tasks',
  {
    id: id(),
    campaignId: uuid('campaign_id').notNull().references(() => campaigns.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id').notNull(),
    line: text('line').$type<CampaignLine>().notNull(),
    title: text('title').notNull(),
    branchId: uuid('branch_id'),
    villageCode: divisionCode('village_code'),
    householdId: uuid('household_id'),
    householdName: text('household_name'),
    cadreId: uuid('cadre_id'),
    personName: text('person_name'),
    state: text('state').$type<CampaignTaskState>().notNull().default('open'),
    claimedAt: timestamp('claimed_at', { withTimezone: true }),
    assignedAt: timestamp('assigned_at', { withTimezone: true }),
    assignedBy: uuid('assigned_by'),
    doneOn: date('done_on'),
    // The village's code once known, else the campaign's region.
    divisionCode: divisionCode().notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('campaign_tasks_unit_idx').on(t.campaignId, t.unitId, t.line),
    index('campaign_tasks_branch_idx').on(t.branchId),
    index('campaign_tasks_division_idx').on(t.divisionCode),
  ],
);

/**
 * 登记台账 [001]: who went, to which village or household, when, what they did, and what came of it.
 * A household outside the registry is named in `householdName`.
 */
export const campaignLedgerEntries = pgTable(
  'campaign_ledger_entries',
  {
    id: id(),
    campaignId: uuid('campaign_id').notNull().references(() => campaigns.id, { onDelete: 'cascade' }),
    taskId: uuid('task_id'),
    unitId: uuid('unit_id').notNull(),
    branchId: uuid('branch_id'),
    line: text('line').$type<CampaignLine>().notNull(),
    cadreId: uuid('cadre_id'),
    personName: text('person_name').notNull(),
    villageCode: divisionCode('village_code').notNull(),
    householdId: uuid('household_id'),
    householdName: text('household_name'),
    happenedOn: date('happened_on').notNull(),
    description: text('description').notNull(),
    personTimes: integer('person_times').notNull().default(1),
    problemsSolved: integer('problems_solved').notNull().default(0),
    policyItems: integer('policy_items').notNull().default(0),
    technicalServices: integer('technical_services').notNull().default(0),
    ideas: integer('ideas').notNull().default(0),
    projects: integer('projects').notNull().default(0),
    funds: money('funds').notNull().default('0'),
    recordedBy: uuid('recorded_by'),
    // The village's code: a county sees what was done in its villages.
    divisionCode: divisionCode().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('campaign_ledger_unit_idx').on(t.campaignId, t.unitId, t.happenedOn),
    index('campaign_ledger_line_idx').on(t.campaignId, t.line),
    index('campaign_ledger_branch_idx').on(t.branchId),
    index('campaign_ledger_division_idx').on(t.divisionCode),
  ],
);
