import { defineErrors } from '../../platform/errors/app-error.ts';

export const assessmentErrors = defineErrors({
  ASSESSMENT_INVALID: { status: 400, zh: '年度考核信息有误，请按提示修改', en: 'The assessment has invalid fields' },
  ASSESSMENT_EXISTS: { status: 409, zh: '该县 {year} 年度考核已经生成', en: 'The assessment of {year} already exists for this county' },
  ASSESSMENT_CONFIRMED: { status: 409, zh: '年度考核结果已确定，不能再修改', en: 'The assessment is confirmed and can no longer change' },
  QUOTA_FULL: {
    status: 409,
    zh: '「{category}」优秀名额已满（{used}/{available}），请先将其他人员调整为非优秀',
    en: 'The 优秀 quota of “{category}” is full ({used}/{available}); lower another grade first',
  },
  ABOVE_TEAM: { status: 409, zh: '队员等次不能高于所在工作队的等次（{teamGrade}）', en: 'A member cannot be graded above his team ({teamGrade})' },
  BELOW_MEMBERS: { status: 409, zh: '工作队等次不能低于其队员已评定的等次，请先调整队员等次', en: 'The team cannot be graded below its members; change their grades first' },
});
