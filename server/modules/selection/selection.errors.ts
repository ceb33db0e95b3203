import { defineErrors } from '../../platform/errors/app-error.ts';

export const selectionErrors = defineErrors({
  SELECTION_SLOT_NOT_OPEN: { status: 409, zh: '该岗位当前不接受推荐（已有人选或已关闭）', en: 'The slot takes no nomination now (it has a candidate or is closed)' },
  SELECTION_CADRE_BUSY: { status: 409, zh: '该干部已被推荐到其他岗位或正在驻村', en: 'The cadre is already nominated elsewhere or serving in a team' },
  SELECTION_NOT_RECALLED: { status: 409, zh: '只有已召回的人选才能重派', en: 'Only a recalled candidate can be replaced' },
  SELECTION_ALREADY_REPLACED: { status: 409, zh: '该人选已重派过，请在新的推荐记录上办理', en: 'A replacement has already been named' },
  SELECTION_SLOT_BUSY: { status: 409, zh: '岗位有正在办理的推荐，不能关闭', en: 'The slot has a nomination in progress and cannot be closed' },
});
