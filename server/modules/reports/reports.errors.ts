import { defineErrors } from '../../platform/errors/app-error.ts';

export const reportErrors = defineErrors({
  REPORT_DUPLICATE: {
    status: 409,
    zh: '该工作队 {period} 的{kind}已报送，请在原报告上修改',
    en: 'The team has already sent its {kind} for {period}; edit that one instead',
  },
  REPORT_ALREADY_READ: { status: 409, zh: '乡镇党委已阅该报告，不能再修改', en: 'The township has read this report; it can no longer change' },
  REPORT_TEAM_ENDED: { status: 409, zh: '工作队任期已结束，不能再报送', en: 'The team has ended; it sends no more reports' },
  REPORT_FILE_MISSING: { status: 400, zh: '请选择要上传的文件', en: 'Choose a file to upload' },
});
