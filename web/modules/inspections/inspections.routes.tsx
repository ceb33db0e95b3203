import { AuditOutlined } from '@ant-design/icons';
import type { ModuleRoute } from '../../app/module-route.ts';
import { lazyPage } from '../../app/lazy-page.ts';

const InspectionListPage = lazyPage(() => import('./pages/inspection-list-page.tsx'), 'InspectionListPage');
const InspectionFormPage = lazyPage(() => import('./pages/inspection-form-page.tsx'), 'InspectionFormPage');
const InspectionDetailPage = lazyPage(() => import('./pages/inspection-detail-page.tsx'), 'InspectionDetailPage');
const RectificationListPage = lazyPage(() => import('./pages/rectification-list-page.tsx'), 'RectificationListPage');
const RectificationDetailPage = lazyPage(() => import('./pages/rectification-detail-page.tsx'), 'RectificationDetailPage');
const CriticismListPage = lazyPage(() => import('./pages/criticism-list-page.tsx'), 'CriticismListPage');

export const routes: ModuleRoute[] = [
  {
    path: '/inspections',
    element: <InspectionListPage />,
    menu: { key: 'inspections', label: { zh: '督查整改', en: 'Inspections' }, icon: <AuditOutlined />, ability: 'inspections.read', group: 'duty' },
  },
  { path: '/inspections/new', element: <InspectionFormPage /> },
  { path: '/inspections/rectifications', element: <RectificationListPage /> },
  { path: '/inspections/rectifications/:id', element: <RectificationDetailPage /> },
  { path: '/inspections/criticisms', element: <CriticismListPage /> },
  { path: '/inspections/:id', element: <InspectionDetailPage /> },
];
