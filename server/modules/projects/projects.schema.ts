import { date, index, integer, numeric, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, divisionCode, id, money, updatedAt } from '../../platform/db/columns.ts';
import type { FundSourceKind, OutputKind, ProjectCategory } from '../../../contracts/project-codes.ts';


/**
 * 帮扶项目 (domain.md §6): funds reach a village only through a project. `approvedBudget` is what
 * the county approved (and later adjustments changed); payments are held under it by the database.
 */
export const projects = pgTable(
  'projects',
  {
    id: id(),
    name: text('name').notNull(),
    // The first village the project serves: its place for scope; project_villages lists them all.
    divisionCode: divisionCode().notNull(),
    category: text('category').$type<ProjectCategory>().notNull(),
    responsibleEntity: text('responsible_entity').notNull(),
    proposerUnitId: uuid('proposer_unit_id'),
    proposerCadreId: uuid('proposer_cadre_id'),
    description: text('description'),
    budget: money('budget').notNull(),
    approvedBudget: money('approved_budget'),
    state: text('state').notNull(),
    workflowId: uuid('workflow_id'),
    plannedStart: date('planned_start'),
    plannedEnd: date('planned_end'),
    noticeStart: date('notice_start'),
    noticeEnd: date('notice_end'),
    startedOn: date('started_on'),
    completedOn: date('completed_on'),
    acceptanceNoticeStart: date('acceptance_notice_start'),
    acceptanceNoticeEnd: date('acceptance_notice_end'),
    acceptedOn: date('accepted_on'),
    handedOverOn: date('handed_over_on'),
    beneficiaryHouseholds: integer('beneficiary_households').notNull().default(0),
    beneficiaryPersons: integer('beneficiary_persons').notNull().default(0),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('projects_division_idx').on(t.divisionCode, t.state),
    index('projects_category_idx').on(t.category, t.divisionCode),
    index('projects_unit_idx').on(t.proposerUnitId),
  ],
);

export const projectVillages = pgTable(
  'project_villages',
  {
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    divisionCode: divisionCode().notNull(),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.divisionCode] }), index('project_villages_division_idx').on(t.divisionCode)],
);

/** Where the money comes from: the amounts of all sources make up the budget. */
export const projectFundSources = pgTable(
  'project_fund_sources',
  {
    id: id(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<FundSourceKind>().notNull(),
    funder: text('funder').notNull(),
    unitId: uuid('unit_id'),
    amount: money('amount').notNull(),
  },
  (t) => [index('project_fund_sources_project_idx').on(t.projectId), index('project_fund_sources_unit_idx').on(t.unitId)],
);

export const projectOutputs = pgTable(
  'project_outputs',
  {
    id: id(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<OutputKind>().notNull(),
    // The unit as written for `other` outputs; the code list's own unit otherwise.
    unit: text('unit').notNull(),
    planned: numeric('planned', { precision: 14, scale: 2 }).notNull(),
    actual: numeric('actual', { precision: 14, scale: 2 }),
  },
  (t) => [index('project_outputs_project_idx').on(t.projectId)],
);

export const projectBeneficiaries = pgTable(
  'project_beneficiaries',
  {
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    householdId: uuid('household_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.householdId] }), index('project_beneficiaries_household_idx').on(t.householdId)],
);
