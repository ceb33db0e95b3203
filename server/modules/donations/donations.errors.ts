import { defineErrors } from '../../platform/errors/app-error.ts';

export const donationErrors = defineErrors({
  NOT_A_VILLAGE: { status: 400, zh: '请选择本辖区内的村', en: 'Choose a village within your area' },
  DONATION_RECEIPT_TAKEN: { status: 409, zh: '本村已有收据编号为 {receiptNo} 的捐赠记录', en: 'Receipt {receiptNo} is already recorded for this village' },
  DONATION_DELETE_LOCKED: {
    status: 409,
    zh: '只有登记人可在登记后 {days} 天内删除捐赠记录；如需更正，请修改该记录',
    en: 'Only whoever recorded a donation may delete it, within {days} days; correct it instead',
  },
});
