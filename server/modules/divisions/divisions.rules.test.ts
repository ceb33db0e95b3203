import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  ancestorCodes,
  cityDisplayName,
  duplicatesParent,
  joinPath,
  nextLocalVillageCode,
  padCode,
  relationToScope,
  searchModeOf,
  shortNameOf,
} from './divisions.rules.ts';

describe('division rules', () => {
  test('pads every level to 12 digits and leaves longer codes alone', () => {
    assert.equal(padCode('53'), '530000000000');
    assert.equal(padCode('5303'), '530300000000');
    assert.equal(padCode('530326'), '530326000000');
    assert.equal(padCode('530326102'), '530326102000');
    assert.equal(padCode('530326102204'), '530326102204');
    assert.equal(padCode('530326102204001'), '530326102204001');
  });

  test('ancestors come province first and skip a level the code shares with its parent', () => {
    assert.deepEqual(ancestorCodes('440981101207'), ['440000000000', '440900000000', '440981000000', '440981101000']);
    assert.deepEqual(ancestorCodes('440981000000'), ['440000000000', '440900000000']);
    assert.deepEqual(ancestorCodes('440000000000'), []);
    // 东莞市 has no counties: its townships hang on the city.
    assert.deepEqual(ancestorCodes('441900003000'), ['440000000000', '441900000000']);
    assert.deepEqual(ancestorCodes('530326102204001'), ['530000000000', '530300000000', '530326000000', '530326102000', '530326102204']);
  });

  test('rows that repeat their parent code are recognised', () => {
    assert.equal(duplicatesParent('441900', 'county'), true);
    assert.equal(duplicatesParent('530326', 'county'), false);
    assert.equal(duplicatesParent('350527000', 'township'), true);
    assert.equal(duplicatesParent('350527000000', 'village'), true);
    assert.equal(duplicatesParent('440981101207', 'village'), false);
  });

  test('scope prefix logic: inside, on the chain above, or outside', () => {
    assert.equal(relationToScope(null, '440981000000'), 'inside');
    assert.equal(relationToScope('530326', '530326102204'), 'inside');
    assert.equal(relationToScope('530326', '530326000000'), 'inside');
    assert.equal(relationToScope('530326', '530300000000'), 'above');
    assert.equal(relationToScope('530326', '530000000000'), 'above');
    assert.equal(relationToScope('530326', '530325000000'), 'outside');
    assert.equal(relationToScope('530326', '440981000000'), 'outside');
    assert.equal(relationToScope('440981107', '440981101000'), 'outside');
    assert.equal(relationToScope('440981107', '440981000000'), 'above');
  });

  test('the next local village code starts at 901 and fills gaps', () => {
    assert.equal(nextLocalVillageCode('510824121000', ['510824121203', '510824121204']), '510824121901');
    assert.equal(nextLocalVillageCode('510824121000', ['510824121901', '510824121903']), '510824121902');
    // Codes of another township never count.
    assert.equal(nextLocalVillageCode('510824121000', ['510824110901']), '510824121901');
    const full = Array.from({ length: 99 }, (_, i) => `510824121${901 + i}`);
    assert.equal(nextLocalVillageCode('510824121000', full), null);
  });

  test('pseudo-cities of municipalities read well and drop out of paths', () => {
    assert.equal(cityDisplayName('市辖区', '北京市'), '北京市辖区');
    assert.equal(cityDisplayName('县', '重庆市'), '重庆市辖县');
    assert.equal(cityDisplayName('省直辖县级行政区划', '河南省'), '河南省直辖县级行政区划');
    assert.equal(cityDisplayName('茂名市', '广东省'), '茂名市');
    assert.equal(
      joinPath([
        { level: 'province', name: '北京市' },
        { level: 'city', name: '北京市辖区' },
        { level: 'county', name: '东城区' },
      ]),
      '北京市/东城区',
    );
    assert.equal(
      joinPath([
        { level: 'province', name: '广东省' },
        { level: 'city', name: '茂名市' },
        { level: 'county', name: '高州市' },
        { level: 'township', name: '新垌镇' },
        { level: 'village', name: '长流村委会' },
      ]),
      '广东省/茂名市/高州市/新垌镇/长流村委会',
    );
  });

  test('short names drop the committee suffix', () => {
    assert.equal(shortNameOf('拖车村村民委员会', 'village'), '拖车村');
    assert.equal(shortNameOf('长流村委会', 'village'), '长流村');
    assert.equal(shortNameOf('宋水社区居民委员会', 'village'), '宋水社区');
    assert.equal(shortNameOf('英明村', 'village'), '英明村');
    assert.equal(shortNameOf('会泽县', 'county'), '会泽县');
  });

  test('a query searches codes, pinyin or names by what it is made of', () => {
    assert.deepEqual(searchModeOf('5303'), { kind: 'code', value: '5303' });
    assert.deepEqual(searchModeOf('HZX'), { kind: 'letters', value: 'hzx' });
    assert.deepEqual(searchModeOf(' 会泽 '), { kind: 'name', value: '会泽' });
  });
});
