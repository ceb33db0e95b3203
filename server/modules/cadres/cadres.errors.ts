import { defineErrors } from '../../platform/errors/app-error.ts';

export const cadreErrors = defineErrors({
  CADRE_DUPLICATE_ID: { status: 409, zh: '该身份证号的干部已登记', en: 'A cadre with this ID number is already registered' },
  CADRE_INVALID_IDENTITY: { status: 400, zh: '身份证号与性别或出生日期不一致', en: 'The ID number does not match the gender or birth date' },
  CADRE_UNIT_UNKNOWN: { status: 400, zh: '所选单位不存在或不在您的管辖范围内', en: 'Unknown unit, or outside your region' },
  CADRE_NO_PHONE: { status: 400, zh: '该干部未登记手机号', en: 'No phone is recorded for this cadre' },
  CADRE_IMPORT_FILE: { status: 400, zh: '请上传 .xlsx 格式的 Excel 文件', en: 'Upload an .xlsx Excel file' },
  CADRE_IMPORT_NOT_READY: { status: 409, zh: '导入尚未完成或没有失败的行', en: 'The import has not finished or has no failed rows' },
});
