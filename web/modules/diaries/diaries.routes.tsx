import { BookOutlined } from '@ant-design/icons';
import type { ModuleRoute } from '../../app/module-route.ts';
import { lazyPage } from '../../app/lazy-page.ts';

const DiaryPage = lazyPage(() => import('./pages/diary-page.tsx'), 'DiaryPage');

export const routes: ModuleRoute[] = [
  {
    path: '/diaries',
    element: <DiaryPage />,
    menu: { key: 'diaries', label: { zh: '民情日记', en: 'Village diary' }, icon: <BookOutlined />, ability: 'diaries.read', group: 'work' },
  },
];
