import { boolean, date, index, integer, numeric, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, divisionCode, id, updatedAt } from '../../platform/db/columns.ts';
import type {
  HealthState,
  HouseholdAttribute,
  HouseholdStatus,
  HousingGrade,
  IndicatorCode,
  IndicatorStatus,
  LabourAbility,
  MeasureCategory,
  MonitoringState,
  MonitoringType,
  PovertyCause,
  Relation,
  Schooling,
} from '../../../contracts/household-codes.ts';

/** 帮扶对象 (domain.md §4): one row per household, in its village. */
export const households = pgTable(
  'households',
  {
    id: id(),
    // 户编码: the county's own number for the household, unique nationwide with the village code in front.
    code: text('code').notNull().unique(),
    divisionCode: divisionCode().notNull(),
    // The householder's name is kept here too, so lists and the public page need no join.
    householderName: text('householder_name').notNull(),
    pinyin: text('pinyin').notNull(),
    address: text('address'),
    group: text('village_group'),
    attribute: text('attribute').$type<HouseholdAttribute>().notNull(),
    status: text('status').$type<HouseholdStatus>().notNull(),
    mainCause: text('main_cause').$type<PovertyCause>(),
    secondaryCauses: text('secondary_causes').array().$type<PovertyCause[]>().notNull().default([]),
    identifiedYear: integer('identified_year'),
    exitedYear: integer('exited_year'),
    monitoringType: text('monitoring_type').$type<MonitoringType>(),
    monitoringState: text('monitoring_state').$type<MonitoringState>(),
    monitoringSince: date('monitoring_since'),
    riskRemovedOn: date('risk_removed_on'),
    housingGrade: text('housing_grade').$type<HousingGrade>(),
    relocated: boolean('relocated').notNull().default(false),
    relocationSite: text('relocation_site'),
    phoneCipher: text('phone_cipher'),
    phoneMasked: text('phone_masked'),
    // Kept in step with household_persons so lists sort and filter without counting.
    memberCount: integer('member_count').notNull().default(0),
    note: text('note'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('households_division_idx').on(t.divisionCode, t.pinyin, t.id),
    index('households_status_idx').on(t.divisionCode, t.status),
    index('households_monitoring_idx').on(t.monitoringType, t.divisionCode),
  ],
);

/** 家庭成员. One person belongs to one household only: the unique hash of the ID number enforces it. */
export const householdPersons = pgTable(
  'household_persons',
  {
    id: id(),
    householdId: uuid('household_id')
      .notNull()
      .references(() => households.id, { onDelete: 'cascade' }),
    divisionCode: divisionCode().notNull(),
    name: text('name').notNull(),
    relation: text('relation').$type<Relation>().notNull(),
    gender: text('gender').$type<'male' | 'female'>().notNull(),
    birthDate: date('birth_date').notNull(),
    idNumberHash: text('id_number_hash').notNull(),
    idNumberCipher: text('id_number_cipher').notNull(),
    idNumberMasked: text('id_number_masked').notNull(),
    ethnicity: text('ethnicity'),
    health: text('health').$type<HealthState>().notNull(),
    disabilityGrade: integer('disability_grade'),
    labourAbility: text('labour_ability').$type<LabourAbility>().notNull(),
    schooling: text('schooling').$type<Schooling>().notNull(),
    inSchool: boolean('in_school').notNull().default(false),
    workingAway: boolean('working_away').notNull().default(false),
    workPlace: text('work_place'),
    medicalInsured: boolean('medical_insured').notNull().default(true),
    pensionInsured: boolean('pension_insured').notNull().default(false),
    phoneCipher: text('phone_cipher'),
    phoneMasked: text('phone_masked'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('household_persons_id_number_idx').on(t.idNumberHash),
    index('household_persons_household_idx').on(t.householdId),
    index('household_persons_division_idx').on(t.divisionCode),
  ],
);

/** Annual income by source, in yuan; per head is computed from the total and the member count. */
export const householdIncomes = pgTable(
  'household_incomes',
  {
    householdId: uuid('household_id')
      .notNull()
      .references(() => households.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    wage: numeric('wage', { precision: 12, scale: 2, mode: 'number' }).notNull().default(0),
    business: numeric('business', { precision: 12, scale: 2, mode: 'number' }).notNull().default(0),
    property: numeric('property', { precision: 12, scale: 2, mode: 'number' }).notNull().default(0),
    transfer: numeric('transfer', { precision: 12, scale: 2, mode: 'number' }).notNull().default(0),
    // The members counted that year: a later birth or death does not rewrite last year's figure.
    members: integer('members').notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.householdId, t.year] })],
);

/** 两不愁三保障 + 饮水: each with its status, evidence and who verified it when. */
export const householdIndicators = pgTable(
  'household_indicators',
  {
    householdId: uuid('household_id')
      .notNull()
      .references(() => households.id, { onDelete: 'cascade' }),
    indicator: text('indicator').$type<IndicatorCode>().notNull(),
    status: text('status').$type<IndicatorStatus>().notNull(),
    evidence: text('evidence'),
    evidenceFileId: uuid('evidence_file_id'),
    verifier: text('verifier'),
    verifiedOn: date('verified_on'),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.householdId, t.indicator] }), index('household_indicators_status_idx').on(t.status)],
);

/** 帮扶措施, per year. */
export const householdMeasures = pgTable(
  'household_measures',
  {
    id: id(),
    householdId: uuid('household_id')
      .notNull()
      .references(() => households.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    category: text('category').$type<MeasureCategory>().notNull(),
    content: text('content').notNull(),
    amount: numeric('amount', { precision: 12, scale: 2, mode: 'number' }),
    responsible: text('responsible'),
    done: boolean('done').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [index('household_measures_household_idx').on(t.householdId, t.year)],
);

/** 帮扶责任人: the cadres paired with a household, with the dates of the pairing. */
export const householdCadres = pgTable(
  'household_cadres',
  {
    householdId: uuid('household_id')
      .notNull()
      .references(() => households.id, { onDelete: 'cascade' }),
    cadreId: uuid('cadre_id').notNull(),
    divisionCode: divisionCode().notNull(),
    since: date('since').notNull(),
    until: date('until'),
  },
  (t) => [primaryKey({ columns: [t.householdId, t.cadreId, t.since] }), index('household_cadres_cadre_idx').on(t.cadreId)],
);

/** 一户一码: a revocable public link; the token is random (it is printed on the card, so it is kept to reprint it). */
export const householdLinks = pgTable(
  'household_links',
  {
    id: id(),
    householdId: uuid('household_id')
      .notNull()
      .references(() => households.id, { onDelete: 'cascade' }),
    token: text('token').notNull().unique(),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedBy: uuid('revoked_by'),
  },
  (t) => [index('household_links_household_idx').on(t.householdId)],
);
