import type { ReactNode } from 'react';

export type LocalizedLabel = { zh: string; en: string };

/**
 * One page of a module: its path under the signed-in layout and, when it belongs in the side menu, its entry.
 * An entry without an ability is open to every signed-in account (待办事项).
 */
export type ModuleRoute = {
  path: string;
  element: ReactNode;
  menu?: { key: string; label: LocalizedLabel; icon?: ReactNode; ability?: string; group?: string };
};
