import ExcelJS from 'exceljs';
import { importFields, type ImportField } from '../../../contracts/household-imports.ts';
import {
  healthStates,
  householdAttributes,
  housingGrades,
  labourAbilities,
  monitoringTypes,
  povertyCauses,
  relations,
  schoolings,
} from '../../../contracts/household-codes.ts';
import { idNumberChecksum } from '../../../contracts/identity.ts';

/** The template's example: 户编号 starts with 示例, so a template uploaded unchanged registers nobody. */
function exampleRows(villageCode: string): Partial<Record<ImportField, string | number>>[] {
  const id = (first17: string) => `${first17}${idNumberChecksum(first17)}`;
  const household = {
    code: '示例-5303261022040001',
    divisionCode: villageCode,
    group: '一组',
    householderName: '张明',
    attribute: '一般贫困户',
    status: '已脱贫',
    mainCause: '因病',
    secondaryCauses: '缺技术；缺资金',
    identifiedYear: 2016,
    exitedYear: 2019,
    housingGrade: 'B级（基本安全）',
    relocated: '否',
    wage: 18000,
    business: 6500,
    property: 300,
    transfer: 2400,
    incomeYear: 2025,
  };
  const person = { ethnicity: '汉族', health: '健康', labourAbility: '普通劳动力', inSchool: '否', medicalInsured: '是', pensionInsured: '是' };
  return [
    { ...household, ...person, relation: '户主', name: '张明', gender: '男', idNumber: id('53032619780312041'), birthDate: '1978-03-12', schooling: '初中', workingAway: '是', workPlace: '浙江省宁波市', phone: '13908740000' },
    { ...household, ...person, relation: '配偶', name: '李芳', gender: '女', idNumber: id('53032619800921042'), birthDate: '1980-09-21', schooling: '小学', workingAway: '否', health: '长期慢性病' },
    { ...household, ...person, relation: '子女', name: '张小军', gender: '男', idNumber: id('53032620120105043'), birthDate: '2012-01-05', schooling: '小学', inSchool: '是', labourAbility: '无劳动力', pensionInsured: '否' },
  ];
}

const choiceLists: [string, readonly string[]][] = [
  ['与户主关系', relations.codes.map((c) => relations.labels[c].zh)],
  ['性别', ['男', '女']],
  ['健康状况', healthStates.codes.map((c) => healthStates.labels[c].zh)],
  ['残疾等级', ['一级', '二级', '三级', '四级']],
  ['劳动技能', labourAbilities.codes.map((c) => labourAbilities.labels[c].zh)],
  ['文化程度', schoolings.codes.map((c) => schoolings.labels[c].zh)],
  ['户类型', householdAttributes.codes.map((c) => householdAttributes.labels[c].zh)],
  ['户状态', ['新识别', '在册', '已脱贫', '一般农户'] satisfies string[]],
  ['致贫原因（其他致贫原因多项用“；”分隔）', povertyCauses.codes.map((c) => povertyCauses.labels[c].zh)],
  ['监测对象类型', monitoringTypes.codes.map((c) => monitoringTypes.labels[c].zh)],
  ['住房安全等级', housingGrades.codes.map((c) => housingGrades.labels[c].zh)],
  ['是/否', ['是', '否']],
];

/** One row per person, as county ledgers keep them; household columns repeat on each member's row. */
export async function buildTemplate(villageCode: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('帮扶对象');
  sheet.columns = importFields.map((f) => ({ header: f.required ? `${f.header}*` : f.header, key: f.key, width: Math.max(10, f.header.length * 2 + 4) }));
  sheet.getRow(1).font = { bold: true };
  // Long digit strings are text, or Excel rounds an 18-digit ID number and the last digits are lost.
  for (const key of ['code', 'divisionCode', 'idNumber', 'phone'] as const) sheet.getColumn(key).numFmt = '@';
  for (const row of exampleRows(villageCode)) sheet.addRow(row);

  const lists = workbook.addWorksheet('可选值');
  lists.columns = choiceLists.map(([header]) => ({ header, width: Math.max(12, header.length * 2) }));
  lists.getRow(1).font = { bold: true };
  const longest = Math.max(...choiceLists.map(([, values]) => values.length));
  for (let i = 0; i < longest; i += 1) lists.addRow(choiceLists.map(([, values]) => values[i] ?? null));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
