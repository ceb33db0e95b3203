import dayjs, { type Dayjs } from 'dayjs';
import type { Localized } from '../../../platform/i18n.tsx';

export const DATE = 'YYYY-MM-DD';

/** How a field of a record is entered; the contract's zod schema checks it either way. */
export type FieldKind =
  | { type: 'text'; max: number }
  | { type: 'textarea'; max: number }
  | { type: 'count' }
  | { type: 'date'; optional?: boolean }
  | { type: 'decimal' }
  | { type: 'village' }
  | { type: 'select'; options: readonly { value: string; label: Localized }[] }
  /** A member in post of a team in scope; `partyOnly` when the record is a party member's. */
  | { type: 'cadre'; partyOnly?: boolean }
  | { type: 'household' }
  | { type: 'cooperative' }
  | { type: 'serviceRequest' };

export type FieldSpec = {
  name: string;
  label: Localized;
  kind: FieldKind;
  hint?: Localized;
  /** The name shown for a chosen id while editing, read from the record's view. */
  knownLabel?: string;
};

export type FormValues = Record<string, unknown>;

/** The form's values in the contract's shape: days as text, counts as numbers, blanks as null. */
export function toBody(fields: readonly FieldSpec[], values: FormValues): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const field of fields) {
    const value = values[field.name];
    if (field.kind.type === 'date') {
      body[field.name] = dayjs.isDayjs(value) ? value.format(DATE) : field.kind.optional ? null : '';
    } else if (field.kind.type === 'count') {
      body[field.name] = typeof value === 'number' ? value : value === undefined || value === null || value === '' ? null : Number(value);
    } else if (typeof value === 'string') {
      body[field.name] = value.trim();
    } else {
      body[field.name] = value ?? null;
    }
  }
  return body;
}

/** A record's view as the form's starting values. */
export function valuesOf(fields: readonly FieldSpec[], row: Record<string, unknown>): FormValues {
  const values: FormValues = {};
  for (const field of fields) {
    const value = row[field.name];
    values[field.name] = field.kind.type === 'date' ? (typeof value === 'string' ? dayjs(value) : null) : (value ?? undefined);
  }
  return values;
}

export function isDayjs(value: unknown): value is Dayjs {
  return dayjs.isDayjs(value);
}
