import { CustomerServiceOutlined } from '@ant-design/icons';
import type { ModuleRoute } from '../../app/module-route.ts';
import { lazyPage } from '../../app/lazy-page.ts';

const ServiceRequestListPage = lazyPage(() => import('./pages/service-request-list-page.tsx'), 'ServiceRequestListPage');
const ServiceRequestNewPage = lazyPage(() => import('./pages/service-request-new-page.tsx'), 'ServiceRequestNewPage');
const ServiceRequestDetailPage = lazyPage(() => import('./pages/service-request-detail-page.tsx'), 'ServiceRequestDetailPage');

export const routes: ModuleRoute[] = [
  {
    path: '/service-requests',
    element: <ServiceRequestListPage />,
    menu: {
      key: 'service-requests',
      label: { zh: '代办服务', en: 'Service desk' },
      icon: <CustomerServiceOutlined />,
      ability: 'service-requests.read',
      group: 'projects',
    },
  },
  { path: '/service-requests/new', element: <ServiceRequestNewPage /> },
  { path: '/service-requests/:id', element: <ServiceRequestDetailPage /> },
];
