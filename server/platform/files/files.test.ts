import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { AppError } from '../errors/app-error.ts';
import { checkFile, cleanFileName, downloadDisposition } from './files.ts';

const limit = 1024 * 1024;
const bytes = (...values: number[]) => Buffer.concat([Buffer.from(values), Buffer.alloc(64, 0x20)]);
const pdf = Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n');
const png = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
const jpeg = bytes(0xff, 0xd8, 0xff, 0xe0);
const zip = bytes(0x50, 0x4b, 0x03, 0x04);
const ole = bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1);

function refusedWith(code: string, run: () => unknown) {
  assert.throws(run, (error: unknown) => {
    assert.ok(error instanceof AppError);
    assert.equal(error.code, code);
    assert.equal(error.status, 400);
    assert.deepEqual(error.fields?.map((f) => f.path), ['file']);
    return true;
  });
}

describe('stored files: what may be uploaded', () => {
  test('documents, sheets, photos and text pass, with the type the server decides', () => {
    assert.equal(checkFile('十月月报.pdf', pdf, limit).mimeType, 'application/pdf');
    assert.equal(checkFile('现场照片.PNG', png, limit).mimeType, 'image/png');
    assert.equal(checkFile('photo.jpeg', jpeg, limit).mimeType, 'image/jpeg');
    assert.equal(checkFile('小结.docx', zip, limit).mimeType, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    assert.equal(checkFile('台账.xlsx', zip, limit).mimeType, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    assert.equal(checkFile('旧台账.xls', ole, limit).mimeType, 'application/vnd.ms-excel');
    assert.equal(checkFile('简报.doc', ole, limit).mimeType, 'application/msword');
    assert.match(checkFile('说明.txt', Buffer.from('本月走访农户 32 户。'), limit).mimeType, /^text\/plain/);
  });

  test('executables are refused by extension and by content, whatever they are called', () => {
    refusedWith('FILE_EXECUTABLE', () => checkFile('setup.exe', pdf, limit));
    refusedWith('FILE_EXECUTABLE', () => checkFile('run.BAT', Buffer.from('echo hi'), limit));
    refusedWith('FILE_EXECUTABLE', () => checkFile('deploy.sh', Buffer.from('ls'), limit));
    refusedWith('FILE_EXECUTABLE', () => checkFile('app.js', Buffer.from('alert(1)'), limit));
    refusedWith('FILE_EXECUTABLE', () => checkFile('install.msi', ole, limit));
    refusedWith('FILE_EXECUTABLE', () => checkFile('月报.pdf', bytes(0x4d, 0x5a, 0x90, 0x00), limit));
    refusedWith('FILE_EXECUTABLE', () => checkFile('照片.png', bytes(0x7f, 0x45, 0x4c, 0x46), limit));
    refusedWith('FILE_EXECUTABLE', () => checkFile('说明.txt', Buffer.from('#!/bin/sh\nrm -rf /\n'), limit));
  });

  test('other types, a disguised file and an empty one are refused with their own codes', () => {
    refusedWith('FILE_TYPE_NOT_ALLOWED', () => checkFile('archive.zip', zip, limit));
    refusedWith('FILE_TYPE_NOT_ALLOWED', () => checkFile('无扩展名', pdf, limit));
    refusedWith('FILE_TYPE_MISMATCH', () => checkFile('月报.pdf', png, limit));
    refusedWith('FILE_TYPE_MISMATCH', () => checkFile('照片.jpg', pdf, limit));
    refusedWith('FILE_TYPE_MISMATCH', () => checkFile('说明.txt', Buffer.from([0x41, 0x00, 0x42]), limit));
    refusedWith('FILE_EMPTY', () => checkFile('空白.pdf', Buffer.alloc(0), limit));
  });

  test('the size limit is enforced and named in the message', () => {
    const big = Buffer.concat([pdf, Buffer.alloc(limit)]);
    refusedWith('FILE_TOO_LARGE', () => checkFile('大文件.pdf', big, limit));
    try {
      checkFile('大文件.pdf', big, limit);
    } catch (error) {
      assert.match((error as AppError).messages.zh, /1 MB/);
    }
    assert.doesNotThrow(() => checkFile('刚好.pdf', Buffer.concat([pdf, Buffer.alloc(limit - pdf.length)]), limit));
  });

  test('names lose folders and control characters; downloads carry the Chinese name encoded', () => {
    assert.equal(cleanFileName('C:\\Users\\张三\\十月\n月报.pdf'), '十月月报.pdf');
    assert.equal(cleanFileName('../../etc/passwd.txt'), 'passwd.txt');
    const header = downloadDisposition('十月 月报.pdf');
    assert.match(header, /^attachment; filename="attachment\.pdf"; filename\*=UTF-8''/);
    assert.equal(decodeURIComponent(header.split("UTF-8''")[1]!), '十月 月报.pdf');
    assert.equal(downloadDisposition('report "x".pdf'), `attachment; filename="report _x_.pdf"; filename*=UTF-8''report%20%22x%22.pdf`);
  });
});
