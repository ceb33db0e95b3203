import { defineErrors } from '../../platform/errors/app-error.ts';

export const newsletterErrors = defineErrors({
  NEWSLETTER_INVALID: { status: 400, zh: '简报信息有误，请按提示修改', en: 'The newsletter has invalid fields' },
  NEWSLETTER_LOCKED: { status: 409, zh: '简报{state}，不能修改或提交', en: 'The newsletter is {state} and cannot be changed' },
  NEWSLETTER_NOT_AUTHOR: { status: 403, zh: '只有作者可以修改或提交该简报', en: 'Only the author may change or submit this newsletter' },
});
