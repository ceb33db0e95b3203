import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { insertPlaces, places, sessionAs } from '../../test/factories.ts';
import { insertNoticeTeam } from './notices.fixture.ts';

describe('notice push to the messaging gateway', () => {
  let server: Server;
  let t: TestApp;
  let county: Session;
  const received: unknown[] = [];
  let status = 200;
  let arrived: (() => void) | null = null;

  before(async () => {
    server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        received.push(JSON.parse(body));
        response.writeHead(status).end();
        arrived?.();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    t = await createTestApp({ NOTICE_WEBHOOK_URL: `http://127.0.0.1:${port}/push` });
    await insertPlaces(t.deps);
    await insertNoticeTeam(t.deps, '驻拖车村工作队', places.naguVillage);
    county = await sessionAs(t.app, t.deps, ['county_org'], { division: places.huize });
  });
  after(async () => {
    await t.close();
    await new Promise((resolve) => server.close(resolve));
  });

  const issue = async (title: string) => {
    const draft = (await county.post('/api/notices', { title, body: '正文' })).json();
    const came = new Promise<void>((resolve) => (arrived = resolve));
    const response = await county.post(`/api/notices/${draft.id}/issue`);
    await came;
    return { id: draft.id as string, response };
  };

  test('an issued notice is posted as title, region, time and link', async () => {
    const { id, response } = await issue('关于开展走访的通知');
    assert.equal(response.statusCode, 200);
    const pushed = received.at(-1) as Record<string, unknown>;
    assert.deepEqual(pushed, { title: '关于开展走访的通知', region: '会泽县', issuedAt: response.json().issuedAt, url: `/notices/${id}` });
  });

  test('a gateway that refuses does not undo the issue', async () => {
    status = 500;
    const { id, response } = await issue('关于报送总结的通知');
    assert.equal(response.statusCode, 200);
    assert.equal((await county.get(`/api/notices/${id}`)).json().state, 'issued');
  });
});
