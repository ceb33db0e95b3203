import { lazy, type ComponentType } from 'react';

/**
 * A page loaded on first visit, so the first screen does not download every module (and ECharts):
 * `const UnitListPage = lazyPage(() => import('./pages/unit-list-page.tsx'), 'UnitListPage')`.
 * The layout wraps pages in Suspense.
 */
export function lazyPage<M extends Record<K, ComponentType>, K extends keyof M & string>(load: () => Promise<M>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}
