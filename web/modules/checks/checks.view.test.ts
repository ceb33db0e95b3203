import { describe, expect, test } from 'vitest';
import { checksRegionOf, findingsLink, findingsPageOf, isCheckCode, overviewLink, withPage } from './checks.view.ts';

describe('logic checks addresses', () => {
  test('reads a valid region and drops anything else', () => {
    expect(checksRegionOf(new URLSearchParams('divisionCode=530326102000'))).toBe('530326102000');
    expect(checksRegionOf(new URLSearchParams('divisionCode=5303'))).toBeUndefined();
  });

  test('knows the checks by code', () => {
    expect(isCheckCode('child_out_of_school')).toBe(true);
    expect(isCheckCode('drop_tables')).toBe(false);
    expect(isCheckCode(undefined)).toBe(false);
  });

  test('a count links to the check in that region; the breadcrumb back to the overview', () => {
    expect(findingsLink('no_paired_cadre', '530326102204')).toBe('/checks/no_paired_cadre?divisionCode=530326102204');
    expect(findingsLink('no_paired_cadre', null)).toBe('/checks/no_paired_cadre');
    expect(overviewLink('530326102000')).toBe('/checks?divisionCode=530326102000');
    expect(overviewLink(undefined)).toBe('/checks');
  });

  test('paging keeps the region and leaves defaults out', () => {
    const page = findingsPageOf(new URLSearchParams('divisionCode=530326102000&page=3&pageSize=500'));
    expect(page).toEqual({ divisionCode: '530326102000', page: 3, pageSize: 200 });
    expect(findingsPageOf(new URLSearchParams('page=-1'))).toEqual({ page: 1, pageSize: 20 });
    expect(withPage(page, 1, 20).toString()).toBe('divisionCode=530326102000');
    expect(withPage(page, 2, 50).toString()).toBe('divisionCode=530326102000&page=2&pageSize=50');
  });
});
