import { defineErrors } from '../../platform/errors/app-error.ts';

export const transitionErrors = defineErrors({
  TRANSITION_NOTICE_RUNNING: {
    status: 409,
    zh: '公示期 {start} 至 {end}，期满后（{from} 起）方可{step}',
    en: 'The notice runs from {start} to {end}; {step} is possible from {from}',
  },
  TRANSITION_ALREADY_OPEN: { status: 409, zh: '该户已有一项进行中的「{kind}」，办结后才能再次申请', en: 'This household already has an open {kind} request' },
  TRANSITION_WRONG_STATUS: { status: 409, zh: '该户当前状态为「{status}」，不能申请「{kind}」', en: 'A household in status {status} cannot enter {kind}' },
  TRANSITION_NOT_MONITORED: { status: 409, zh: '该户不在监测中，不能申请风险消除', en: 'The household is not monitored' },
  TRANSITION_ALREADY_MONITORED: { status: 409, zh: '该户已在监测中', en: 'The household is already monitored' },
  TRANSITION_NOT_STABLE: {
    status: 409,
    zh: '纳入监测未满 {months} 个月，{from} 起方可申请风险消除',
    en: 'Monitored for less than {months} months; risk removal may be proposed from {from}',
  },
  TRANSITION_EXIT_NOT_READY: { status: 400, zh: '该户尚未达到退出标准，请按提示核实', en: 'The household does not meet the exit standard yet' },
});
