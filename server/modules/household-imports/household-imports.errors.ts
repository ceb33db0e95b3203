import { defineErrors } from '../../platform/errors/app-error.ts';

export const importErrors = defineErrors({
  IMPORT_FILE: { status: 400, zh: '请上传 .xlsx 格式的 Excel 文件', en: 'Upload an .xlsx Excel file' },
  IMPORT_FILE_TOO_LARGE: { status: 400, zh: '文件超过 {mb} MB，请分批导入', en: 'The file is larger than {mb} MB; import it in parts' },
  IMPORT_NO_HEADER: { status: 400, zh: '文件前 {rows} 行中没有找到表头，请使用导入模板', en: 'No header row in the first {rows} rows; use the template' },
  IMPORT_MAPPING: { status: 400, zh: '列与字段的对应有误，请按提示修改', en: 'The column mapping is incomplete or ambiguous' },
  IMPORT_NOT_READY: { status: 409, zh: '导入尚未完成或没有未导入的行', en: 'The import has not finished or refused no rows' },
});
