import type { Localized } from '../platform/i18n.tsx';
import { roleLabels } from '../../contracts/roles.ts';

export function roleLabel(role: string): Localized {
  return (roleLabels as Record<string, Localized>)[role] ?? { zh: role, en: role };
}
