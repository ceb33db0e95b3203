import { defineErrors } from '../../platform/errors/app-error.ts';

export const enterpriseErrors = defineErrors({
  CREDIT_CODE_TAKEN: { status: 409, zh: '该统一社会信用代码已登记为其他企业', en: 'Another enterprise has this credit code' },
  ENTERPRISE_HAS_CONTRIBUTIONS: { status: 409, zh: '该企业已有 {count} 条帮扶记录，不能删除', en: 'The enterprise has {count} contributions and cannot be deleted' },
  ENTERPRISE_KEPT_ELSEWHERE: { status: 403, zh: '该企业由其他地区登记管理，只能查看和登记本辖区的结对与帮扶', en: 'Another region keeps this enterprise; you may only pair and record within your area' },
  NOT_A_VILLAGE: { status: 400, zh: '请选择本辖区内的村', en: 'Choose a village within your area' },
  PAIRING_ACTIVE: { status: 409, zh: '该企业已与此村结对，请勿重复登记', en: 'The enterprise is already paired with this village' },
  PAIRING_ENDED: { status: 409, zh: '该结对已于 {until} 结束', en: 'The pairing ended on {until}' },
  PAIRING_HAS_CONTRIBUTIONS: { status: 409, zh: '该结对已有 {count} 条帮扶记录，不能删除；结对终止请填写结束日期', en: 'The pairing has {count} contributions; end it instead of deleting it' },
});
