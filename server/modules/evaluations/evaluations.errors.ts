import { defineErrors } from '../../platform/errors/app-error.ts';

export const evaluationErrors = defineErrors({
  RUBRIC_INVALID: { status: 400, zh: '测评细则有误，请按提示修改', en: 'The rubric has invalid fields' },
  EVALUATION_INVALID: { status: 400, zh: '提交的测评内容有误，请按提示修改', en: 'The evaluation request has invalid fields' },
  EVALUATION_EXISTS: { status: 409, zh: '{year} 年第 {quarter} 季度的测评已开启', en: 'The evaluation of {year} Q{quarter} is already open' },
  EVALUATION_NOT_OPEN: { status: 409, zh: '测评已确认，不能再评分或重新计算', en: 'The evaluation is confirmed; scores can no longer be entered or recomputed' },
  EVALUATION_PUBLISHED: { status: 409, zh: '测评结果已公布，不能再调整', en: 'The evaluation is published and can no longer be adjusted' },
  SCORES_MISSING: { status: 409, zh: '还有 {count} 项得分未评，评完后才能确认', en: '{count} scores are still missing' },
  NOT_CONFIRMED: { status: 409, zh: '测评确认后才能公布', en: 'Confirm the evaluation before publishing it' },
  ALREADY_CONFIRMED: { status: 409, zh: '测评已确认', en: 'The evaluation is already confirmed' },
});
