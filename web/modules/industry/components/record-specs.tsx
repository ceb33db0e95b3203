import type { ReactNode } from 'react';
import { Tag } from 'antd';
import type { z } from 'zod';
import {
  cooperativeBody,
  coreFarmerBody,
  demoBaseBody,
  demoBaseKinds,
  demoHouseholdBody,
  pioneerPostBody,
  type CooperativeView,
  type CoreFarmerView,
  type DemoBaseView,
  type DemoHouseholdView,
  type PioneerPostView,
} from '../../../../contracts/industry.ts';
import type { Localized } from '../../../platform/i18n.tsx';
import type { RecordPath } from '../industry.api.ts';
import type { FieldSpec, FormValues } from './record-fields.ts';

export type RecordColumn<Row> = { key: string; title: Localized; render: (row: Row, text: (l: Localized) => string) => ReactNode; sort?: string; wide?: boolean };

/** What a list page of one record kind shows and how its form is built. */
export type RecordSpec<Row> = {
  path: RecordPath;
  title: Localized;
  subtitle: Localized;
  newLabel: Localized;
  schema: z.ZodObject<z.ZodRawShape>;
  fields: readonly FieldSpec[];
  columns: readonly RecordColumn<Row>[];
  defaultSort: string;
  /** The kind filter of the bases' list. */
  kindFilter?: boolean;
  defaults?: () => FormValues;
};

const l = (zh: string, en: string): Localized => ({ zh, en });
const village: FieldSpec = { name: 'divisionCode', label: l('所在村', 'Village'), kind: { type: 'village' } };
const money = (value: string | null) => (value === null ? '' : `¥${value}`);

export const cooperativeSpec: RecordSpec<CooperativeView> = {
  path: 'cooperatives',
  title: l('特色产业合作社与带头人', 'Cooperatives and their leaders'),
  subtitle: l('引导组建一个特色产业合作社，调优训强一个带头人', 'A cooperative per village, its leader trained'),
  newLabel: l('登记合作社', 'Register a cooperative'),
  schema: cooperativeBody,
  fields: [
    village,
    { name: 'name', label: l('合作社名称', 'Name'), kind: { type: 'text', max: 100 } },
    { name: 'product', label: l('主导产业', 'Product'), kind: { type: 'text', max: 50 } },
    { name: 'registeredOn', label: l('登记日期', 'Registered on'), kind: { type: 'date', optional: true } },
    { name: 'serviceRequestId', label: l('代办登记事项', 'Service request'), kind: { type: 'serviceRequest' }, knownLabel: 'serviceRequestTitle', hint: l('经服务站代办工商登记的，选择对应的代办事项', 'If the service station registered it') },
    { name: 'leaderName', label: l('带头人', 'Leader'), kind: { type: 'text', max: 30 } },
    { name: 'leaderTrainedOn', label: l('带头人培训日期', 'Leader trained on'), kind: { type: 'date', optional: true }, hint: l('调优训强：尚未培训的留空', 'Leave empty until trained') },
    { name: 'memberHouseholds', label: l('社员户数', 'Member households'), kind: { type: 'count' } },
    { name: 'poorHouseholds', label: l('贫困户社员', 'Poor member households'), kind: { type: 'count' } },
    { name: 'peopleEmployed', label: l('带动就业人数', 'People employed'), kind: { type: 'count' } },
    { name: 'note', label: l('备注', 'Note'), kind: { type: 'textarea', max: 500 } },
  ],
  columns: [
    { key: 'name', title: l('合作社', 'Cooperative'), render: (r) => r.name, sort: 'name' },
    { key: 'product', title: l('主导产业', 'Product'), render: (r) => r.product },
    { key: 'leader', title: l('带头人', 'Leader'), render: (r) => (r.leaderTrainedOn ? `${r.leaderName}（${r.leaderTrainedOn} 培训）` : r.leaderName) },
    { key: 'members', title: l('社员户数（贫困户）', 'Members (poor)'), render: (r) => `${r.memberHouseholds}（${r.poorHouseholds}）`, wide: true },
    { key: 'peopleEmployed', title: l('带动就业', 'Employed'), render: (r) => r.peopleEmployed, sort: 'peopleEmployed' },
    { key: 'registeredOn', title: l('登记日期', 'Registered'), render: (r) => r.registeredOn, sort: 'registeredOn', wide: true },
  ],
  defaultSort: 'createdAt',
  defaults: () => ({ memberHouseholds: 0, poorHouseholds: 0, peopleEmployed: 0 }),
};

export const demoBaseSpec: RecordSpec<DemoBaseView> = {
  path: 'demo-bases',
  title: l('产业示范基地与帮扶示范园', 'Demonstration bases and gardens'),
  subtitle: l('打造一个产业示范基地；每名党员建立1个帮扶示范园', 'A base per village; a garden per party member'),
  newLabel: l('登记基地或示范园', 'Register a base or garden'),
  schema: demoBaseBody,
  kindFilter: true,
  fields: [
    village,
    { name: 'kind', label: l('类型', 'Kind'), kind: { type: 'select', options: demoBaseKinds.codes.map((k) => ({ value: k, label: demoBaseKinds.labels[k] })) } },
    { name: 'name', label: l('名称', 'Name'), kind: { type: 'text', max: 100 } },
    { name: 'product', label: l('产业', 'Product'), kind: { type: 'text', max: 50 } },
    { name: 'areaMu', label: l('面积（亩）', 'Area (mu)'), kind: { type: 'decimal' } },
    { name: 'establishedOn', label: l('建立日期', 'Established on'), kind: { type: 'date' } },
    { name: 'responsibleCadreId', label: l('建园党员', 'Party member'), kind: { type: 'cadre', partyOnly: true }, knownLabel: 'responsibleCadreName', hint: l('帮扶示范园须指明建园党员', 'A garden names its party member') },
    { name: 'cooperativeId', label: l('依托合作社', 'Cooperative'), kind: { type: 'cooperative' }, knownLabel: 'cooperativeName' },
    { name: 'householdsDriven', label: l('带动户数', 'Households driven'), kind: { type: 'count' } },
    { name: 'peopleEmployed', label: l('带动就业人数', 'People employed'), kind: { type: 'count' } },
    { name: 'yearlyIncome', label: l('年收入（元）', 'Yearly income (yuan)'), kind: { type: 'decimal' } },
    { name: 'note', label: l('备注', 'Note'), kind: { type: 'textarea', max: 500 } },
  ],
  columns: [
    { key: 'name', title: l('名称', 'Name'), render: (r) => r.name, sort: 'name' },
    { key: 'kind', title: l('类型', 'Kind'), render: (r, text) => <Tag>{text(demoBaseKinds.labels[r.kind])}</Tag> },
    { key: 'product', title: l('产业', 'Product'), render: (r) => (r.areaMu ? `${r.product} ${r.areaMu} 亩` : r.product) },
    { key: 'cadre', title: l('建园党员', 'Party member'), render: (r) => r.responsibleCadreName, wide: true },
    { key: 'peopleEmployed', title: l('带动就业', 'Employed'), render: (r) => r.peopleEmployed, sort: 'peopleEmployed' },
    { key: 'yearlyIncome', title: l('年收入', 'Income'), render: (r) => money(r.yearlyIncome), sort: 'yearlyIncome' },
    { key: 'establishedOn', title: l('建立日期', 'Established'), render: (r) => r.establishedOn, sort: 'establishedOn', wide: true },
  ],
  defaultSort: 'createdAt',
  defaults: () => ({ kind: 'base', householdsDriven: 0, peopleEmployed: 0 }),
};

export const demoHouseholdSpec: RecordSpec<DemoHouseholdView> = {
  path: 'demo-households',
  title: l('帮扶示范户', 'Demonstration households'),
  subtitle: l('每名干部打造1个帮扶示范户，以户带户', 'Each cadre makes one household an example to others'),
  newLabel: l('登记示范户', 'Register a demonstration household'),
  schema: demoHouseholdBody,
  fields: [
    village,
    { name: 'householdId', label: l('示范户', 'Household'), kind: { type: 'household' }, knownLabel: 'householderName' },
    { name: 'cadreId', label: l('帮扶干部', 'Cadre'), kind: { type: 'cadre' }, knownLabel: 'cadreName' },
    { name: 'product', label: l('产业', 'Product'), kind: { type: 'text', max: 50 } },
    { name: 'scale', label: l('规模', 'Scale'), kind: { type: 'text', max: 50 }, hint: l('如：3亩、20头', 'e.g. 3 mu, 20 head') },
    { name: 'since', label: l('开始日期', 'Since'), kind: { type: 'date' } },
    { name: 'yearlyIncome', label: l('年收入（元）', 'Yearly income (yuan)'), kind: { type: 'decimal' } },
    { name: 'householdsDriven', label: l('带动户数', 'Households following'), kind: { type: 'count' } },
    { name: 'note', label: l('备注', 'Note'), kind: { type: 'textarea', max: 500 } },
  ],
  columns: [
    { key: 'household', title: l('示范户', 'Household'), render: (r) => r.householderName },
    { key: 'cadre', title: l('帮扶干部', 'Cadre'), render: (r) => r.cadreName },
    { key: 'product', title: l('产业', 'Product'), render: (r) => (r.scale ? `${r.product} ${r.scale}` : r.product) },
    { key: 'yearlyIncome', title: l('年收入', 'Income'), render: (r) => money(r.yearlyIncome), sort: 'yearlyIncome' },
    { key: 'householdsDriven', title: l('带动户数', 'Following'), render: (r) => r.householdsDriven, wide: true },
    { key: 'since', title: l('开始日期', 'Since'), render: (r) => r.since, sort: 'since', wide: true },
  ],
  defaultSort: 'createdAt',
  defaults: () => ({ householdsDriven: 0 }),
};

export const pioneerPostSpec: RecordSpec<PioneerPostView> = {
  path: 'pioneer-posts',
  title: l('先锋示范岗', 'Pioneer posts'),
  subtitle: l('创建一批先锋示范岗，党员带头致富、带领致富', 'Posts where party members lead the way'),
  newLabel: l('登记示范岗', 'Register a post'),
  schema: pioneerPostBody,
  fields: [
    village,
    { name: 'name', label: l('岗位名称', 'Post'), kind: { type: 'text', max: 100 } },
    { name: 'holderCadreId', label: l('驻村队员（如由队员担任）', 'Team member (if one holds it)'), kind: { type: 'cadre', partyOnly: true }, knownLabel: 'holderName' },
    { name: 'holderName', label: l('岗位党员', 'Held by'), kind: { type: 'text', max: 30 } },
    { name: 'duty', label: l('岗位职责', 'Duty'), kind: { type: 'textarea', max: 500 } },
    { name: 'establishedOn', label: l('设岗日期', 'Established on'), kind: { type: 'date' } },
  ],
  columns: [
    { key: 'name', title: l('岗位', 'Post'), render: (r) => r.name, sort: 'name' },
    { key: 'holder', title: l('岗位党员', 'Held by'), render: (r) => r.holderName },
    { key: 'duty', title: l('职责', 'Duty'), render: (r) => r.duty, wide: true },
    { key: 'establishedOn', title: l('设岗日期', 'Established'), render: (r) => r.establishedOn, sort: 'establishedOn' },
  ],
  defaultSort: 'createdAt',
};

export const coreFarmerSpec: RecordSpec<CoreFarmerView> = {
  path: 'core-farmers',
  title: l('特色产业骨干农户', 'Core farmers'),
  subtitle: l('培训一批特色产业骨干农户', 'Villagers trained in the village industry'),
  newLabel: l('登记骨干农户', 'Register a core farmer'),
  schema: coreFarmerBody,
  fields: [
    village,
    { name: 'name', label: l('姓名', 'Name'), kind: { type: 'text', max: 30 } },
    { name: 'householdId', label: l('所在户（建档户可选）', 'Household (if registered)'), kind: { type: 'household' }, knownLabel: 'householderName' },
    { name: 'skill', label: l('培训技能', 'Skill'), kind: { type: 'text', max: 100 } },
    { name: 'trainedOn', label: l('培训日期', 'Trained on'), kind: { type: 'date' } },
    { name: 'trainingHours', label: l('培训学时', 'Hours'), kind: { type: 'count' } },
    { name: 'trainer', label: l('培训单位', 'Trainer'), kind: { type: 'text', max: 100 } },
  ],
  columns: [
    { key: 'name', title: l('姓名', 'Name'), render: (r) => r.name, sort: 'name' },
    { key: 'skill', title: l('培训技能', 'Skill'), render: (r) => r.skill },
    { key: 'trainedOn', title: l('培训日期', 'Trained'), render: (r) => r.trainedOn, sort: 'trainedOn' },
    { key: 'hours', title: l('学时', 'Hours'), render: (r) => r.trainingHours, wide: true },
    { key: 'trainer', title: l('培训单位', 'Trainer'), render: (r) => r.trainer, wide: true },
  ],
  defaultSort: 'createdAt',
};
