import { describe, expect, test } from 'vitest';
import { rootKey, toSearchOption, toTreeOption } from './division-tree-select.tsx';

describe('division tree options', () => {
  const township = { code: '440981101000', name: '新垌镇', level: 'township' as const, parentCode: '440981000000', hasChildren: true, source: 'national' as const };

  test('a node links to its parent and opens when it has children', () => {
    expect(toTreeOption(township, '440981000000')).toMatchObject({ id: township.code, pId: '440981000000', isLeaf: false, selectable: true });
  });

  test('a level restricts what is chosen and where the tree ends', () => {
    expect(toTreeOption(township, rootKey, 'village')).toMatchObject({ selectable: false, isLeaf: false });
    expect(toTreeOption(township, rootKey, 'township')).toMatchObject({ selectable: true, isLeaf: true });
  });

  test('search results are flat and show the whole path', () => {
    const option = toSearchOption({ code: '440981101207', name: '长流村委会', level: 'village', path: '广东省/茂名市/高州市/新垌镇/长流村委会' }, 'village');
    expect(option).toMatchObject({ pId: rootKey, title: '广东省/茂名市/高州市/新垌镇/长流村委会', isLeaf: true, selectable: true });
  });
});
