import { FlagOutlined, TeamOutlined } from '@ant-design/icons';
import type { ModuleRoute } from '../../app/module-route.ts';
import { lazyPage } from '../../app/lazy-page.ts';

const PartyOrgListPage = lazyPage(() => import('./pages/party-org-list-page.tsx'), 'PartyOrgListPage');
const PartyOrgFormPage = lazyPage(() => import('./pages/party-org-form-page.tsx'), 'PartyOrgFormPage');
const PartyOrgDetailPage = lazyPage(() => import('./pages/party-org-detail-page.tsx'), 'PartyOrgDetailPage');
const TemporaryBranchListPage = lazyPage(() => import('./pages/temporary-branch-list-page.tsx'), 'TemporaryBranchListPage');
const TemporaryBranchFormPage = lazyPage(() => import('./pages/temporary-branch-form-page.tsx'), 'TemporaryBranchFormPage');
const TemporaryBranchDetailPage = lazyPage(() => import('./pages/temporary-branch-detail-page.tsx'), 'TemporaryBranchDetailPage');
const CadreRelationsPage = lazyPage(() => import('./pages/cadre-relations-page.tsx'), 'CadreRelationsPage');

export const routes: ModuleRoute[] = [
  {
    path: '/party-orgs',
    element: <PartyOrgListPage />,
    menu: { key: 'party-orgs', label: { zh: '党组织', en: 'Party orgs' }, icon: <FlagOutlined />, ability: 'party_orgs.read', group: 'party' },
  },
  { path: '/party-orgs/new', element: <PartyOrgFormPage /> },
  { path: '/party-orgs/relations/:cadreId', element: <CadreRelationsPage /> },
  { path: '/party-orgs/:id', element: <PartyOrgDetailPage /> },
  { path: '/party-orgs/:id/edit', element: <PartyOrgFormPage /> },
  {
    path: '/temporary-branches',
    element: <TemporaryBranchListPage />,
    menu: { key: 'temporary-branches', label: { zh: '临时党支部', en: 'Temporary branches' }, icon: <TeamOutlined />, ability: 'party_orgs.read', group: 'party' },
  },
  { path: '/temporary-branches/new', element: <TemporaryBranchFormPage /> },
  { path: '/temporary-branches/:id', element: <TemporaryBranchDetailPage /> },
];
