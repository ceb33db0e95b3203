import { defineErrors } from '../../platform/errors/app-error.ts';

export const teamErrors = defineErrors({
  TEAM_CADRE_TAKEN: { status: 409, zh: '干部刚被编入另一个工作队，请刷新后重试', en: 'The cadre has just joined another team; reload and try again' },
  TEAM_CADRE_BUSY: { status: 409, zh: '干部已在「{team}」驻村，同一时间只能加入一个工作队', en: 'The cadre already serves in team "{team}"' },
  TEAM_ENDED: { status: 409, zh: '工作队任期已结束，不能再调整队员', en: 'The team has ended; its members can no longer change' },
  TEAM_MEMBER_LEFT: { status: 409, zh: '该队员已离队', en: 'The member has already left the team' },
});
