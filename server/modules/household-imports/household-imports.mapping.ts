import { importFields, type ImportField } from '../../../contracts/household-imports.ts';

export { duplicateFields, missingFields } from '../../../contracts/household-imports.ts';
import { squeeze } from './household-imports.codes.ts';

/**
 * Column titles seen in county ledgers and the national monitoring system's exports. Titles
 * mapped to null name columns that are derived or not kept (人均纯收入 is computed from the sources).
 */
const synonyms: Record<string, ImportField | null> = {
  户编码: 'code', 户号: 'code', 家庭编号: 'code', 户编号码: 'code',
  区划代码: 'divisionCode', 行政村代码: 'divisionCode', 村代码: 'divisionCode', 行政区划编码: 'divisionCode', 统计用区划代码: 'divisionCode',
  县: 'countyName', 县市区: 'countyName', '县(市、区)': 'countyName', 县区: 'countyName', 县名称: 'countyName',
  乡: 'townshipName', 乡镇: 'townshipName', '乡(镇)': 'townshipName', 乡镇街道: 'townshipName', 乡镇名称: 'townshipName',
  村: 'villageName', 行政村: 'villageName', 行政村名称: 'villageName', 村名称: 'villageName',
  组: 'group', 村民小组: 'group', 自然村: 'group', 组别: 'group',
  户主: 'householderName', 户主姓名: 'householderName',
  与户主关系: 'relation', 关系: 'relation', 家庭关系: 'relation',
  成员姓名: 'name', 家庭成员姓名: 'name',
  证件号码: 'idNumber', 公民身份号码: 'idNumber', 身份证号码: 'idNumber', 身份证件号码: 'idNumber', 证件号: 'idNumber',
  出生年月: 'birthDate', 出生年月日: 'birthDate',
  健康情况: 'health', 身体状况: 'health',
  残疾级别: 'disabilityGrade', 残疾等级: 'disabilityGrade',
  劳动能力: 'labourAbility', 劳动力状况: 'labourAbility', 劳动技能状况: 'labourAbility',
  文化程度: 'schooling', 学历: 'schooling', 受教育程度: 'schooling',
  在校生: 'inSchool', 在校生状况: 'inSchool', 是否在校: 'inSchool',
  外出务工: 'workingAway', 务工状况: 'workingAway', 是否务工: 'workingAway',
  务工地: 'workPlace', 务工所在地: 'workPlace', 务工地址: 'workPlace',
  参加城乡居民基本医疗保险: 'medicalInsured', 是否参加城乡居民基本医疗保险: 'medicalInsured', 医保: 'medicalInsured', 参加医保: 'medicalInsured',
  参加城乡居民基本养老保险: 'pensionInsured', 是否参加城乡居民基本养老保险: 'pensionInsured', 养老保险: 'pensionInsured', 参加养老保险: 'pensionInsured',
  电话: 'phone', 手机号: 'phone', 手机号码: 'phone', 联系方式: 'phone', 联系电话: 'phone',
  户属性: 'attribute', 贫困户属性: 'attribute', 户类别: 'attribute',
  贫困户状态: 'status', 脱贫状态: 'status', 户状态: 'status',
  致贫原因: 'mainCause', 主要致贫原因: 'mainCause',
  次要致贫原因: 'secondaryCauses', 其他致贫原因: 'secondaryCauses',
  识别时间: 'identifiedYear', 识别年份: 'identifiedYear', 纳入年度: 'identifiedYear',
  脱贫时间: 'exitedYear', 脱贫年份: 'exitedYear', 计划脱贫年度: null,
  监测类型: 'monitoringType', 监测对象类别: 'monitoringType',
  住房安全: 'housingGrade', 危房等级: 'housingGrade', 房屋安全等级: 'housingGrade',
  易地扶贫搬迁: 'relocated', 是否易地扶贫搬迁户: 'relocated', 易地搬迁: 'relocated',
  安置地点: 'relocationSite', 集中安置点: 'relocationSite',
  工资性收入元: 'wage', 经营性收入元: 'business', 生产经营性收入: 'business', 财产性收入元: 'property', 转移性收入元: 'transfer',
  收入年份: 'incomeYear', 收入所属年度: 'incomeYear',
  人均纯收入: null, 人均纯收入元: null, 家庭年人均纯收入: null, 人均收入: null, 家庭人口数: null, 人口数: null, 序号: null,
};

const exact = new Map<string, ImportField>(importFields.map((f) => [normaliseHeader(f.header), f.key]));
const known = new Map<string, ImportField | null>(Object.entries(synonyms).map(([title, field]) => [normaliseHeader(title), field]));

/** A header cell as written, less the marks ledgers add: a required star, units in brackets, spaces. */
export function normaliseHeader(text: string): string {
  return squeeze(text)
    .replace(/[*＊]/g, '')
    .replace(/\((元|年|是\/否|是或否)\)$/, '$1')
    .replace(/[()]/g, '');
}

/** Exact template title first, then known synonyms; each field is suggested for its first column only. */
export function suggestMapping(headers: readonly string[]): (ImportField | null)[] {
  const taken = new Set<ImportField>();
  return headers.map((header) => {
    const text = normaliseHeader(header);
    const field = exact.get(text) ?? exact.get(text.replace(/元$/, '')) ?? known.get(text) ?? null;
    if (!field || taken.has(field)) return null;
    taken.add(field);
    return field;
  });
}

/**
 * The header row is the first of the opening rows where at least three cells name a field:
 * exports from the national system put a title and a date line above it.
 */
export function headerScore(cells: readonly string[]): number {
  return suggestMapping(cells).filter((f) => f !== null).length;
}
