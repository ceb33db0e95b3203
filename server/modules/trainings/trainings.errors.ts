import { defineErrors } from '../../platform/errors/app-error.ts';

export const trainingErrors = defineErrors({
  MATERIAL_PLATE_ISSUED: { status: 409, zh: '该工作队已发放纪律提醒牌', en: 'The team already has its discipline plate' },
  MATERIAL_ALL_ISSUED: {
    status: 409,
    zh: '在队队员都已领取「{kind}」，补发请选择具体队员',
    en: 'Every member in post already has this item; choose a member to issue a replacement',
  },
  MATERIAL_TEAM_ENDED: { status: 409, zh: '工作队任期已结束，不再发放物资', en: 'The team has ended; nothing more is issued to it' },
  MATERIAL_NO_MEMBERS: { status: 409, zh: '该工作队没有在队队员', en: 'The team has no members in post' },
});
