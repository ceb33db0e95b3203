import { defineErrors } from '../../platform/errors/app-error.ts';

export const householdErrors = defineErrors({
  HOUSEHOLD_PERSON_TAKEN: { status: 409, zh: '该成员已登记在{household}', en: 'This person is already registered in {household}' },
  HOUSEHOLD_CODE_TAKEN: { status: 409, zh: '户编码已被使用', en: 'This household code is already in use' },
  HOUSEHOLD_DIVISION: { status: 400, zh: '所选村不存在或不在您的管辖范围内', en: 'Unknown village, or outside your region' },
  HOUSEHOLD_HOUSEHOLDER: { status: 400, zh: '每户必须有且只有一名户主', en: 'A household has exactly one householder' },
  HOUSEHOLD_HOUSEHOLDER_DELETE: { status: 409, zh: '户主不能删除，请先变更户主', en: 'The householder cannot be removed' },
  HOUSEHOLD_INDICATOR: { status: 400, zh: '指标状态与核实信息或家庭情况不符', en: 'The indicator status does not fit the record' },
  HOUSEHOLD_CADRE_UNKNOWN: { status: 400, zh: '所选干部不存在或不在您的管辖范围内', en: 'Unknown cadre, or outside your region' },
  HOUSEHOLD_CADRE_PAIRED: { status: 409, zh: '该干部已是本户的帮扶责任人', en: 'This cadre is already paired with the household' },
  HOUSEHOLD_PAIRING_DATES: { status: 400, zh: '结束日期不能早于开始日期', en: 'The end date is before the start date' },
});

/** How a household is named to someone who must find it: 户主姓名 + 户编码 + 村. */
export function householdLabel(householderName: string, code: string, villageName: string | null): string {
  return `${householderName}户（户编码 ${code}${villageName ? `，${villageName}` : ''}）`;
}
