import { defineErrors } from '../../platform/errors/app-error.ts';

export const archiveErrors = defineErrors({
  ARCHIVE_FILE_MISSING: { status: 400, zh: '请选择要上传的文件', en: 'Choose a file to upload' },
  ARCHIVE_CATEGORY_INVALID: { status: 400, zh: '请选择档案类别', en: 'Choose the kind of document' },
  // One wording for unknown and revoked links, so the answer tells nothing about which tokens ever existed.
  PUBLIC_LINK_NOT_FOUND: { status: 404, zh: '该二维码已失效或不存在，请向驻村工作队咨询', en: 'This QR code is no longer valid' },
  LINK_ALREADY_REVOKED: { status: 409, zh: '该二维码已撤销', en: 'This link is already revoked' },
});
