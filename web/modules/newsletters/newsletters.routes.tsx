import { ReadOutlined } from '@ant-design/icons';
import type { ModuleRoute } from '../../app/module-route.ts';
import { lazyPage } from '../../app/lazy-page.ts';

const NewsletterListPage = lazyPage(() => import('./pages/newsletter-list-page.tsx'), 'NewsletterListPage');
const NewsletterDetailPage = lazyPage(() => import('./pages/newsletter-detail-page.tsx'), 'NewsletterDetailPage');
const PublicNewsletterPage = lazyPage(() => import('./pages/public-newsletter-page.tsx'), 'PublicNewsletterPage');
const PublicNewsletterListPage = lazyPage(() => import('./pages/public-newsletter-list-page.tsx'), 'PublicNewsletterListPage');

export const routes: ModuleRoute[] = [
  {
    path: '/newsletters',
    element: <NewsletterListPage />,
    menu: { key: 'newsletters', label: { zh: '简报刊物', en: 'Newsletters' }, icon: <ReadOutlined />, ability: 'newsletters.read', group: 'publishing' },
  },
  { path: '/newsletters/:id', element: <NewsletterDetailPage /> },
];

/** Pages anyone may open without an account. */
export const publicRoutes: { path: string; element: ModuleRoute['element'] }[] = [
  { path: '/n/:token', element: <PublicNewsletterPage /> },
  { path: '/news/:divisionCode', element: <PublicNewsletterListPage /> },
];
