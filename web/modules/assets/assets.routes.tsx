import { BankOutlined, GiftOutlined } from '@ant-design/icons';
import type { ModuleRoute } from '../../app/module-route.ts';
import { lazyPage } from '../../app/lazy-page.ts';

const AssetListPage = lazyPage(() => import('./pages/asset-list-page.tsx'), 'AssetListPage');
const AssetDetailPage = lazyPage(() => import('./pages/asset-detail-page.tsx'), 'AssetDetailPage');
const ShareListPage = lazyPage(() => import('./pages/share-list-page.tsx'), 'ShareListPage');

export const routes: ModuleRoute[] = [
  {
    path: '/assets',
    element: <AssetListPage />,
    menu: { key: 'assets', label: { zh: '资产管护', en: 'Asset care' }, icon: <BankOutlined />, ability: 'assets.read', group: 'projects' },
  },
  { path: '/assets/:id', element: <AssetDetailPage /> },
  {
    path: '/shares',
    element: <ShareListPage />,
    menu: { key: 'shares', label: { zh: '资产收益', en: 'Asset income' }, icon: <GiftOutlined />, ability: 'assets.read', group: 'projects' },
  },
];
