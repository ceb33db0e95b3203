import { defineErrors } from '../../platform/errors/app-error.ts';

export const orgLifeErrors = defineErrors({
  NOT_A_BRANCH: { status: 400, zh: '请选择已批准的党支部', en: 'Choose an approved party branch' },
  REPORT_ISSUED: { status: 409, zh: '{period} 的{kind}已经发出', en: 'The report for {period} has already been issued' },
  REPORT_PERIOD_FUTURE: { status: 400, zh: '不能为尚未开始的期间发出报告', en: 'A report cannot be issued for a period not yet begun' },
  REPORT_PERIOD_INVALID: { status: 400, zh: '报告期间与报告类型不符', en: 'The period does not fit the kind of report' },
  PHOTO_MISSING: { status: 400, zh: '请选择要上传的照片', en: 'Choose a photo to upload' },
  PHOTO_NOT_IMAGE: { status: 400, zh: '照片只能是 JPG 或 PNG 图片', en: 'A photo is a JPG or PNG image' },
});
