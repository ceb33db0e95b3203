import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq, like } from 'drizzle-orm';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { places, sessionAs } from '../../test/factories.ts';
import { auditEvents } from '../../platform/audit/audit.schema.ts';
import { archiveFixture, members, multipart, samplePdf, samplePng } from './household-archives.fixture.ts';

type Fixture = Awaited<ReturnType<typeof archiveFixture>>;

describe('household archive routes', () => {
  let t: TestApp;
  let f: Fixture;
  let leader: Session;
  let member: Session;
  let viewer: Session;
  let gaozhouOffice: Session;
  let url: string;

  before(async () => {
    t = await createTestApp({ UPLOAD_MAX_MB: '1' });
    f = await archiveFixture(t.deps);
    leader = await sessionAs(t.app, t.deps, ['team_leader'], { division: places.naguVillage });
    member = await sessionAs(t.app, t.deps, ['team_member'], { division: places.naguVillage });
    viewer = await sessionAs(t.app, t.deps, ['viewer'], { division: places.huize });
    gaozhouOffice = await sessionAs(t.app, t.deps, ['rural_office'], { division: places.gaozhou });
    url = `/api/households/${f.household.id}/files`;
  });
  after(() => t.close());

  const upload = (who: Session, name: string, data: Buffer, fields: Record<string, string> = { category: 'income_proof' }, target = url) => {
    const form = multipart(name, data, fields);
    return who.request('POST', target, form.payload, { 'content-type': form.contentType });
  };

  test('upload with a category, list with size and uploader, download under the Chinese name, delete; each audited', async () => {
    const stored = await upload(member, '2025年收入证明.pdf', samplePdf);
    assert.equal(stored.statusCode, 201, stored.body);
    const file = stored.json();
    assert.equal(file.category, 'income_proof');
    assert.equal(file.mimeType, 'application/pdf');
    const photo = await upload(leader, '住房照片.png', samplePng, { category: 'photo' });
    assert.equal(photo.statusCode, 201, photo.body);

    const list = await viewer.get(url);
    assert.equal(list.statusCode, 200);
    const body = list.json();
    assert.equal(body.total, 2);
    assert.deepEqual(body.items.map((i: { category: string }) => i.category).sort(), ['income_proof', 'photo']);
    const listed = body.items.find((i: { id: string }) => i.id === file.id);
    assert.equal(listed.size, samplePdf.length);
    assert.ok(listed.uploadedBy, 'the uploader is named');
    assert.equal(body.maxBytes, 1024 * 1024);
    assert.deepEqual(body.abilities, { upload: false, remove: false });
    assert.deepEqual((await member.get(url)).json().abilities, { upload: true, remove: true });

    const download = await viewer.get(`${url}/${file.id}`);
    assert.equal(download.statusCode, 200);
    assert.deepEqual(download.rawPayload, samplePdf);
    assert.equal(download.headers['content-type'], 'application/pdf');
    assert.equal(decodeURIComponent(String(download.headers['content-disposition']).split("UTF-8''")[1]!), '2025年收入证明.pdf');

    assert.equal((await viewer.delete(`${url}/${file.id}`)).statusCode, 403);
    assert.equal((await member.delete(`${url}/${file.id}`)).statusCode, 204);
    assert.equal((await member.delete(`${url}/${file.id}`)).statusCode, 404);
    assert.equal((await viewer.get(url)).json().total, 1);

    const actions = (
      await t.deps.db
        .select({ action: auditEvents.action })
        .from(auditEvents)
        .where(and(eq(auditEvents.entityId, f.household.id), like(auditEvents.action, 'households.archive.%')))
    ).map((r) => r.action);
    assert.deepEqual(
      [...new Set(actions)].sort(),
      ['households.archive.delete', 'households.archive.download', 'households.archive.upload'],
    );
    assert.equal(actions.filter((a) => a === 'households.archive.upload').length, 2);
  });

  test('refuses a renamed program, a mismatched type, an oversized file, a missing or unknown category', async () => {
    const exe = await upload(member, '扶贫协议.pdf', Buffer.from('MZ\x90\x00 not really a document'));
    assert.equal(exe.statusCode, 400);
    assert.equal(exe.json().code, 'FILE_EXECUTABLE');
    assert.deepEqual(exe.json().fields.map((x: { path: string }) => x.path), ['file']);
    const script = await upload(member, 'run.sh', Buffer.from('echo hi'));
    assert.equal(script.json().code, 'FILE_EXECUTABLE');
    const fake = await upload(member, '照片.jpg', samplePdf, { category: 'photo' });
    assert.equal(fake.json().code, 'FILE_TYPE_MISMATCH');
    const big = await upload(member, '大文件.pdf', Buffer.concat([samplePdf, Buffer.alloc(1024 * 1024)]));
    assert.equal(big.statusCode, 400);
    assert.equal(big.json().code, 'FILE_TOO_LARGE');
    const noCategory = await upload(member, '无类别.pdf', samplePdf, {});
    assert.equal(noCategory.statusCode, 400);
    assert.deepEqual(noCategory.json().fields.map((x: { path: string }) => x.path), ['category']);
    const badCategory = await upload(member, '坏类别.pdf', samplePdf, { category: 'secret' });
    assert.equal(badCategory.json().code, 'ARCHIVE_CATEGORY_INVALID');
    const notMultipart = await member.post(url, {});
    assert.equal(notMultipart.statusCode, 400);
    assert.equal(notMultipart.json().code, 'ARCHIVE_FILE_MISSING');
    const names = (await member.get(url)).json().items.map((i: { fileName: string }) => i.fileName);
    for (const refused of ['扶贫协议.pdf', 'run.sh', '照片.jpg', '大文件.pdf', '无类别.pdf', '坏类别.pdf']) assert.ok(!names.includes(refused), refused);
  });

  test('out of scope answers 404 and without permission 403', async () => {
    const stored = (await upload(member, '身份证明.pdf', samplePdf, { category: 'identity' })).json();
    assert.equal((await gaozhouOffice.get(url)).statusCode, 404);
    assert.equal((await gaozhouOffice.get(`${url}/${stored.id}`)).statusCode, 404);
    assert.equal((await gaozhouOffice.delete(`${url}/${stored.id}`)).statusCode, 404);
    assert.equal((await upload(gaozhouOffice, '外县.pdf', samplePdf)).statusCode, 404);
    assert.equal((await upload(viewer, '只读.pdf', samplePdf)).statusCode, 403);
    // A file reached through another household is not found, even by someone who sees both.
    const other = `/api/households/${f.otherHousehold.id}/files`;
    const national = await sessionAs(t.app, t.deps, ['rural_office'], {});
    assert.equal((await national.get(`${other}/${stored.id}`)).statusCode, 404);
    assert.equal((await national.get(`${url}/${stored.id}`)).statusCode, 200);
    assert.equal((await t.app.inject({ method: 'GET', url })).statusCode, 401);
  });

  test('the handbook prints the record with masked ID numbers and phones, per-head income and measures by year', async () => {
    const response = await viewer.get(`/api/households/${f.household.id}/handbook`);
    assert.equal(response.statusCode, 200, response.body);
    const handbook = response.json();
    assert.deepEqual(handbook.places, { county: '会泽县', township: '娜姑镇', village: '拖车村村民委员会' });
    assert.equal(handbook.household.householderName, members.householder.name);
    assert.equal(handbook.members.length, 3);
    for (const person of Object.values(members)) {
      assert.ok(!response.body.includes(person.idNumber), 'no ID number in clear');
      assert.ok(!response.body.includes(person.idNumber.slice(6, 14)), 'no birth digits of the ID number');
    }
    assert.match(handbook.members[0].idNumber, /^\d{6}\*{8}[\dX]{4}$/);
    assert.ok(!response.body.includes('13987654321') && !response.body.includes('13812345678'), 'phones masked');
    assert.equal(handbook.household.phone.includes('*'), true);
    assert.equal(handbook.cadres[0].name, '李建国');
    assert.equal(handbook.cadres[0].unit, '会泽县农业农村局');
    assert.match(handbook.cadres[0].phone, /\*/);
    assert.equal(handbook.incomes.length, 2);
    assert.equal(handbook.incomes[0].year, f.lastYear);
    assert.equal(handbook.incomes[0].total, 20400);
    assert.equal(handbook.incomes[0].perHead, 6800);
    assert.deepEqual(handbook.measureYears.map((y: { year: number }) => y.year), [f.thisYear, f.lastYear, f.lastYear - 2]);
    assert.deepEqual(handbook.indicators.map((i: { indicator: { code: string } }) => i.indicator.code), ['food', 'water']);
    assert.equal((await gaozhouOffice.get(`/api/households/${f.household.id}/handbook`)).statusCode, 404);
  });
});
