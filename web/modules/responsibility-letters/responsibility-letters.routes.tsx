import { FileDoneOutlined } from '@ant-design/icons';
import type { ModuleRoute } from '../../app/module-route.ts';
import { lazyPage } from '../../app/lazy-page.ts';

const LetterListPage = lazyPage(() => import('./pages/letter-list-page.tsx'), 'LetterListPage');
const LetterNewPage = lazyPage(() => import('./pages/letter-new-page.tsx'), 'LetterNewPage');
const LetterEditPage = lazyPage(() => import('./pages/letter-edit-page.tsx'), 'LetterEditPage');
const LetterDetailPage = lazyPage(() => import('./pages/letter-detail-page.tsx'), 'LetterDetailPage');
const LetterPerformancePage = lazyPage(() => import('./pages/letter-performance-page.tsx'), 'LetterPerformancePage');

export const routes: ModuleRoute[] = [
  {
    path: '/responsibility-letters',
    element: <LetterListPage />,
    menu: {
      key: 'responsibility-letters',
      label: { zh: '责任状', en: 'Responsibility letters' },
      icon: <FileDoneOutlined />,
      ability: 'responsibility-letters.read',
      group: 'social',
    },
  },
  { path: '/responsibility-letters/new', element: <LetterNewPage /> },
  { path: '/responsibility-letters/performance', element: <LetterPerformancePage /> },
  { path: '/responsibility-letters/:id', element: <LetterDetailPage /> },
  { path: '/responsibility-letters/:id/edit', element: <LetterEditPage /> },
];
