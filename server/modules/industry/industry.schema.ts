import { date, index, integer, numeric, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, divisionCode, id, money, updatedAt } from '../../platform/db/columns.ts';
import type { DemoBaseKind } from '../../../contracts/social-codes.ts';

/**
 * 党建扶贫"五个一" ([002]): 一个特色产业合作社、一个带头人、一个产业示范基地、一批先锋示范岗、
 * 一批骨干农户 per village; [004] adds each party member's 帮扶示范园 and each cadre's 帮扶示范户.
 */
export const cooperatives = pgTable(
  'cooperatives',
  {
    id: id(),
    divisionCode: divisionCode().notNull(),
    name: text('name').notNull(),
    product: text('product').notNull(),
    registeredOn: date('registered_on'),
    // 带头人: the person who leads it, and whether the county has trained him (调优训强).
    leaderName: text('leader_name').notNull(),
    leaderTrainedOn: date('leader_trained_on'),
    memberHouseholds: integer('member_households').notNull().default(0),
    poorHouseholds: integer('poor_households').notNull().default(0),
    peopleEmployed: integer('people_employed').notNull().default(0),
    // The 代办 request through which the service station registered it, when there was one.
    serviceRequestId: uuid('service_request_id'),
    note: text('note'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('cooperatives_division_idx').on(t.divisionCode)],
);

export const demoBases = pgTable(
  'demo_bases',
  {
    id: id(),
    divisionCode: divisionCode().notNull(),
    kind: text('kind').$type<DemoBaseKind>().notNull(),
    name: text('name').notNull(),
    product: text('product').notNull(),
    areaMu: numeric('area_mu', { precision: 10, scale: 2 }),
    establishedOn: date('established_on').notNull(),
    // [004]: the party member who built and tends it.
    responsibleCadreId: uuid('responsible_cadre_id'),
    cooperativeId: uuid('cooperative_id'),
    householdsDriven: integer('households_driven').notNull().default(0),
    peopleEmployed: integer('people_employed').notNull().default(0),
    yearlyIncome: money('yearly_income'),
    note: text('note'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('demo_bases_division_idx').on(t.divisionCode, t.kind), index('demo_bases_cadre_idx').on(t.responsibleCadreId)],
);

/** [004]: 每名干部打造1个帮扶示范户 — 梁仕勇 and 杨正华's 3 mu of herbs. */
export const demoHouseholds = pgTable(
  'demo_households',
  {
    id: id(),
    divisionCode: divisionCode().notNull(),
    householdId: uuid('household_id').notNull(),
    cadreId: uuid('cadre_id').notNull(),
    product: text('product').notNull(),
    scale: text('scale'),
    since: date('since').notNull(),
    yearlyIncome: money('yearly_income'),
    householdsDriven: integer('households_driven').notNull().default(0),
    note: text('note'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('demo_households_division_idx').on(t.divisionCode), index('demo_households_cadre_idx').on(t.cadreId), index('demo_households_household_idx').on(t.householdId)],
);

/** 先锋示范岗: a post held by a party member (a cadre of the team, or a villager by name). */
export const pioneerPosts = pgTable(
  'pioneer_posts',
  {
    id: id(),
    divisionCode: divisionCode().notNull(),
    name: text('name').notNull(),
    holderCadreId: uuid('holder_cadre_id'),
    holderName: text('holder_name').notNull(),
    duty: text('duty').notNull(),
    establishedOn: date('established_on').notNull(),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('pioneer_posts_division_idx').on(t.divisionCode)],
);

/** 特色产业骨干农户: villagers trained in the village's industry. */
export const coreFarmers = pgTable(
  'core_farmers',
  {
    id: id(),
    divisionCode: divisionCode().notNull(),
    name: text('name').notNull(),
    householdId: uuid('household_id'),
    skill: text('skill').notNull(),
    trainedOn: date('trained_on').notNull(),
    trainingHours: integer('training_hours'),
    trainer: text('trainer'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('core_farmers_division_idx').on(t.divisionCode, t.trainedOn)],
);
