import { defineErrors } from '../../platform/errors/app-error.ts';

export const leaveErrors = defineErrors({
  LEAVE_NOT_IN_TEAM: { status: 409, zh: '该干部目前不在任何在驻工作队，不能请假', en: 'The cadre serves in no active team' },
  LEAVE_OVERLAP: { status: 409, zh: '与已有请假（{start} 至 {end}）时间重叠', en: 'Overlaps the leave from {start} to {end}' },
  LEAVE_NOT_REVISABLE: { status: 409, zh: '只有退回修改的请假申请可以修改', en: 'Only a request returned for revision can be changed' },
  LEAVE_NOT_APPROVED: { status: 409, zh: '只有已批准且未销假的请假可以销假', en: 'Only approved leave not yet reported back can be closed' },
});
