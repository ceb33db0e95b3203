import { defineErrors } from '../../platform/errors/app-error.ts';

export const visitErrors = defineErrors({
  VISIT_PHOTO_MISSING: { status: 400, zh: '请选择要上传的照片', en: 'Choose a photo to upload' },
  VISIT_PHOTO_NOT_IMAGE: { status: 400, zh: '走访照片只能是 JPG 或 PNG 图片', en: 'Visit photos must be JPG or PNG images' },
  VISIT_CADRE_REQUIRED: { status: 400, zh: '请选择走访干部', en: 'Choose the cadre who made the visit' },
});
