import { describe, expect, test } from 'vitest';
import { acceptAttribute, checkUpload, formatBytes } from './upload-check.ts';

const MB = 1024 * 1024;

describe('checkUpload', () => {
  test('documents, sheets, photos and text within the limit pass', () => {
    for (const name of ['月报.pdf', '小结.DOCX', '台账.xls', '照片.jpeg', '说明.txt']) expect(checkUpload({ name, size: 2048 }, 10 * MB)).toBeNull();
  });

  test('programs, archives and names without a type are refused', () => {
    for (const name of ['setup.exe', 'run.bat', 'deploy.sh', '资料.zip', '无扩展名']) expect(checkUpload({ name, size: 10 }, 10 * MB)?.key).toBe('upload.badType');
  });

  test('an oversize file names its size and the limit; an empty one is refused', () => {
    expect(checkUpload({ name: '大.pdf', size: 12 * MB }, 10 * MB)).toEqual({ key: 'upload.tooLarge', params: { size: '12 MB', limit: '10 MB' } });
    expect(checkUpload({ name: '空.pdf', size: 0 }, 10 * MB)?.key).toBe('upload.empty');
  });

  test('sizes read like people say them; accept lists every allowed type', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('2 KB');
    expect(formatBytes(1.25 * MB)).toBe('1.3 MB');
    expect(acceptAttribute).toContain('.xlsx');
    expect(acceptAttribute).not.toContain('.exe');
  });
});
