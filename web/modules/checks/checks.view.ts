import { checkCodes, type CheckCode } from '../../../contracts/checks.ts';

const divisionCodeOf = (params: URLSearchParams) => {
  const code = params.get('divisionCode');
  return code && /^\d{12}$/.test(code) ? code : undefined;
};

/** The overview's region from its address; left out when none or malformed, so the caller's own runs. */
export function checksRegionOf(params: URLSearchParams): string | undefined {
  return divisionCodeOf(params);
}

export function isCheckCode(code: string | undefined): code is CheckCode {
  return (checkCodes as readonly string[]).includes(code ?? '');
}

/** The overview of a region (or the caller's own with null). */
export function overviewLink(divisionCode: string | null | undefined): string {
  return divisionCode ? `/checks?divisionCode=${divisionCode}` : '/checks';
}

/** The households one check found in a region. */
export function findingsLink(code: CheckCode, divisionCode: string | null | undefined): string {
  return divisionCode ? `/checks/${code}?divisionCode=${divisionCode}` : `/checks/${code}`;
}

export type FindingsPage = { divisionCode?: string; page: number; pageSize: number };

const positive = (text: string | null, fallback: number, max: number) => {
  const value = Number(text);
  return Number.isInteger(value) && value > 0 ? Math.min(value, max) : fallback;
};

/** The findings list's region and page from its address. */
export function findingsPageOf(params: URLSearchParams): FindingsPage {
  const divisionCode = divisionCodeOf(params);
  return { ...(divisionCode ? { divisionCode } : {}), page: positive(params.get('page'), 1, 100_000), pageSize: positive(params.get('pageSize'), 20, 200) };
}

/** The address after paging: the region stays; defaults are left out. */
export function withPage(current: FindingsPage, page: number, pageSize: number): URLSearchParams {
  const next = new URLSearchParams();
  if (current.divisionCode) next.set('divisionCode', current.divisionCode);
  if (page !== 1) next.set('page', String(page));
  if (pageSize !== 20) next.set('pageSize', String(pageSize));
  return next;
}
