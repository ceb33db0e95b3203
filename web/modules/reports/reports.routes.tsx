import { FileTextOutlined } from '@ant-design/icons';
import type { ModuleRoute } from '../../app/module-route.ts';
import { lazyPage } from '../../app/lazy-page.ts';

const ReportListPage = lazyPage(() => import('./pages/report-list-page.tsx'), 'ReportListPage');
const ReportFormPage = lazyPage(() => import('./pages/report-form-page.tsx'), 'ReportFormPage');
const ReportDetailPage = lazyPage(() => import('./pages/report-detail-page.tsx'), 'ReportDetailPage');
const ReportStatusPage = lazyPage(() => import('./pages/report-status-page.tsx'), 'ReportStatusPage');

export const routes: ModuleRoute[] = [
  {
    path: '/reports',
    element: <ReportListPage />,
    menu: { key: 'reports', label: { zh: '工作报告', en: 'Reports' }, icon: <FileTextOutlined />, ability: 'reports.read', group: 'duty' },
  },
  { path: '/reports/new', element: <ReportFormPage /> },
  { path: '/reports/status', element: <ReportStatusPage /> },
  { path: '/reports/:id', element: <ReportDetailPage /> },
  { path: '/reports/:id/edit', element: <ReportFormPage /> },
];
