import { useCallback } from 'react';
import { moduleRoutes } from '../../../app/routes.tsx';
import { useText } from '../../../platform/i18n.tsx';
import { todoKindLabels } from '../todos.messages.ts';

/** Titles for a kind of to-do: its own name where known, else the menu entry of the page that handles it. */
export function useTodoLabels() {
  const text = useText();
  const kindLabel = useCallback((kind: string) => {
    const label = todoKindLabels[kind];
    return label ? text(label) : undefined;
  }, [text]);
  const menuLabel = useCallback((path: string) => {
    const menu = moduleRoutes.find((route) => route.path === path)?.menu;
    return menu ? text(menu.label) : undefined;
  }, [text]);
  return { kindLabel, menuLabel };
}
