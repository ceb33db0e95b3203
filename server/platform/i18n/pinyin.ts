import { pinyin } from 'pinyin-pro';

/** Stored pinyin and initials let a clerk find 会泽县 by typing "hzx" and sort names the Chinese way. */
export function pinyinOf(text: string): { pinyin: string; initials: string } {
  const full = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join('').toLowerCase();
  const initials = pinyin(text, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' })
    .join('')
    .toLowerCase();
  return { pinyin: full.replace(/\s+/g, ''), initials: initials.replace(/\s+/g, '') };
}
