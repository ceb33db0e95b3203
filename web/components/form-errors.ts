import type { FormInstance } from 'antd';
import { ApiError } from '../platform/api.ts';

type NamePath = (string | number)[];

/** The server names fields by dotted path ("members.0.cadreId"); antd wants ['members', 0, 'cadreId']. */
export function namePathOf(path: string): NamePath {
  return path
    .split('.')
    .filter(Boolean)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * Puts a 400's field errors beside the antd Form fields they name. Returns true when at least one
 * landed on a field of this form, so the caller shows the general message only when none did.
 */
export function applyFieldErrors(form: Pick<FormInstance, 'setFields' | 'getFieldsValue'>, error: unknown): boolean {
  if (!(error instanceof ApiError) || !error.fields?.length) return false;
  // Registered fields appear as keys even while empty, so a required-but-blank field still gets its message.
  const known = form.getFieldsValue() as Record<string, unknown>;
  const grouped = new Map<string, { name: NamePath; errors: string[] }>();
  for (const field of error.fields) {
    const name = namePathOf(field.path);
    if (name.length === 0 || !(String(name[0]) in known)) continue;
    const key = name.join('.');
    const entry = grouped.get(key) ?? { name, errors: [] };
    entry.errors.push(field.message);
    grouped.set(key, entry);
  }
  if (grouped.size === 0) return false;
  form.setFields([...grouped.values()]);
  return true;
}
