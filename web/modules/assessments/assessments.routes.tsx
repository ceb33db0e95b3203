import { TrophyOutlined, UserOutlined } from '@ant-design/icons';
import type { ModuleRoute } from '../../app/module-route.ts';
import { lazyPage } from '../../app/lazy-page.ts';

const AssessmentListPage = lazyPage(() => import('./pages/assessment-list-page.tsx'), 'AssessmentListPage');
const AssessmentPage = lazyPage(() => import('./pages/assessment-page.tsx'), 'AssessmentPage');
const MyGradesPage = lazyPage(() => import('./pages/my-grades-page.tsx'), 'MyGradesPage');

export const routes: ModuleRoute[] = [
  {
    path: '/assessments',
    element: <AssessmentListPage />,
    menu: { key: 'assessments', label: { zh: '年度考核', en: 'Year-end assessment' }, icon: <TrophyOutlined />, ability: 'assessments.read', group: 'evaluation' },
  },
  {
    path: '/my-assessments',
    element: <MyGradesPage />,
    menu: { key: 'my-assessments', label: { zh: '我的考核结果', en: 'My assessment results' }, icon: <UserOutlined />, ability: 'assessments.read_own', group: 'evaluation' },
  },
  { path: '/assessments/:id', element: <AssessmentPage /> },
];
