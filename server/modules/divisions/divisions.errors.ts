import { defineErrors } from '../../platform/errors/app-error.ts';

export const divisionErrors = defineErrors({
  DIVISION_NOT_VILLAGE: { status: 400, zh: '只有村才有村情', en: 'Only a village has a profile' },
  DIVISION_NOT_TOWNSHIP: { status: 400, zh: '村只能建在乡镇（街道）之下', en: 'A village is created under a township' },
  DIVISION_VILLAGE_NAME_TAKEN: { status: 409, zh: '该乡镇已有同名的村', en: 'The township already has a village of that name' },
  DIVISION_TOWNSHIP_FULL: { status: 409, zh: '该乡镇的本地村代码（901–999）已用完', en: 'The township has used every local village code (901–999)' },
});
