import { TrophyOutlined, UserOutlined } from '@ant-design/icons';
import type { ModuleRoute } from '../../app/module-route.ts';
import { lazyPage } from '../../app/lazy-page.ts';

const EvaluationListPage = lazyPage(() => import('./pages/evaluation-list-page.tsx'), 'EvaluationListPage');
const EvaluationPage = lazyPage(() => import('./pages/evaluation-page.tsx'), 'EvaluationPage');
const MyEvaluationsPage = lazyPage(() => import('./pages/my-evaluations-page.tsx'), 'MyEvaluationsPage');
const RubricPage = lazyPage(() => import('./pages/rubric-page.tsx'), 'RubricPage');

export const routes: ModuleRoute[] = [
  {
    path: '/evaluations',
    element: <EvaluationListPage />,
    menu: { key: 'evaluations', label: { zh: '季度测评', en: 'Quarterly evaluation' }, icon: <TrophyOutlined />, ability: 'evaluations.read', group: 'evaluation' },
  },
  {
    path: '/evaluations/mine',
    element: <MyEvaluationsPage />,
    menu: { key: 'evaluations-mine', label: { zh: '我的测评', en: 'My evaluations' }, icon: <UserOutlined />, ability: 'evaluations.read_own', group: 'evaluation' },
  },
  { path: '/evaluations/rubric', element: <RubricPage /> },
  { path: '/evaluations/:id', element: <EvaluationPage /> },
];
