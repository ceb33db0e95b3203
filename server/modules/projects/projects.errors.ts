import { defineErrors } from '../../platform/errors/app-error.ts';

export const projectErrors = defineErrors({
  PROJECT_NOT_REVISABLE: { status: 409, zh: '只有待审核或退回修改的项目可以修改', en: 'Only a proposed or returned project can be changed' },
  PROJECT_NOTICE_RUNNING: { status: 409, zh: '立项公示期至 {end} 结束，公示期满后方可开工', en: 'The approval notice runs until {end}' },
  PROJECT_ACCEPTANCE_NOTICE_RUNNING: { status: 409, zh: '验收公示期至 {end} 结束，公示期满后方可移交', en: 'The acceptance notice runs until {end}' },
  PROJECT_NO_ASSETS: { status: 409, zh: '项目尚未登记资产，不能移交', en: 'Register the project’s assets before handing it over' },
});
