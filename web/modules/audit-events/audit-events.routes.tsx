import { AuditOutlined } from '@ant-design/icons';
import type { ModuleRoute } from '../../app/module-route.ts';
import { lazyPage } from '../../app/lazy-page.ts';

const AuditEventListPage = lazyPage(() => import('./pages/audit-event-list-page.tsx'), 'AuditEventListPage');

export const routes: ModuleRoute[] = [
  {
    path: '/audit-events',
    element: <AuditEventListPage />,
    menu: { key: 'audit-events', label: { zh: '审计日志', en: 'Audit log' }, icon: <AuditOutlined />, ability: 'audit_events.read', group: 'system' },
  },
];
