import { CloudUploadOutlined } from '@ant-design/icons';
import type { ModuleRoute } from '../../app/module-route.ts';
import { HouseholdImportPage } from './pages/household-import-page.tsx';

export const routes: ModuleRoute[] = [
  {
    path: '/household-imports',
    element: <HouseholdImportPage />,
    menu: { key: 'household-imports', label: { zh: '导入帮扶对象', en: 'Import households' }, icon: <CloudUploadOutlined />, ability: 'imports.run', group: 'households' },
  },
];
