import { defineErrors } from '../../platform/errors/app-error.ts';

export const partyOrgErrors = defineErrors({
  PARTY_ORG_INVALID: { status: 400, zh: '党组织信息有误，请按提示修改', en: 'The party organization has invalid fields' },
  PARTY_ORG_OUT_OF_SCOPE: { status: 403, zh: '只能在本辖区或本单位内设立党组织', en: 'Set up party organizations inside your own region or unit' },
  PARTY_MEMBER_INVALID: { status: 400, zh: '党员信息有误，请按提示修改', en: 'The membership has invalid fields' },
  PARTY_FORMAL_EXISTS: {
    status: 409,
    zh: '该党员的组织关系已在「{orgName}」，一名党员只能有一个组织关系，请先转出',
    en: 'This member’s formal relation is already in “{orgName}”; transfer it out first',
  },
  PARTY_MEMBER_EXISTS: { status: 409, zh: '该干部已是本党组织成员', en: 'Already a member of this organization' },
  PARTY_SECRETARY_EXISTS: { status: 409, zh: '本党组织已有书记「{name}」，请先调整其职务', en: 'This organization already has a secretary ({name})' },
  PARTY_MEMBERSHIP_ENDED: { status: 409, zh: '该党员已离开本党组织', en: 'This membership has already ended' },
  TOO_FEW_FORMAL_MEMBERS: {
    status: 400,
    zh: '临时党支部至少需要 3 名正式党员（预备党员不计入）',
    en: 'A temporary branch needs at least three full party members; probationary members do not count',
  },
  TEMPORARY_BRANCH_INVALID: { status: 400, zh: '临时党支部信息有误，请按提示修改', en: 'The temporary branch has invalid fields' },
  TEMPORARY_BRANCH_STATE: { status: 409, zh: '临时党支部当前状态为「{state}」，不能进行此操作', en: 'Not possible while the temporary branch is {state}' },
});
