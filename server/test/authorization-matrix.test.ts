import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Role } from '../platform/access/roles.ts';
import { createTestApp, type Session, type TestApp } from './test-app.ts';
import { createUnit, insertPlaces, places, sessionAs } from './factories.ts';
import type { MatrixFixtures, MatrixRow, MatrixScope, MatrixWorld } from './matrix.ts';

type MatrixModule = { matrixRows: MatrixRow[]; matrixFixtures?: MatrixFixtures };

// A module joins the matrix by having server/modules/<m>/<m>.matrix.ts export matrixRows (and matrixFixtures
// if its rows need records). MATRIX_MODULES=leave,presence runs only those modules' rows.
const modulesDir = fileURLToPath(new URL('../modules/', import.meta.url));
const only = process.env.MATRIX_MODULES?.split(',').filter(Boolean);
const names = readdirSync(modulesDir)
  .filter((name) => existsSync(join(modulesDir, name, `${name}.matrix.ts`)))
  .filter((name) => !only || only.includes(name))
  .sort();
const modules: MatrixModule[] = await Promise.all(names.map((name) => import(pathToFileURL(join(modulesDir, name, `${name}.matrix.ts`)).href) as Promise<MatrixModule>));

// A unit's party committee acts for its unit; every other role for a region.
const unitScoped: ReadonlySet<Role> = new Set(['unit_party']);

describe('authorization matrix', () => {
  let t: TestApp;
  let world: MatrixWorld;
  const sessions = new Map<string, Promise<Session>>();

  before(async () => {
    // Every role in every scope signs in within seconds here; the per-minute limit is for people.
    t = await createTestApp({ RATE_LIMIT_PER_MINUTE: '1000' });
    await insertPlaces(t.deps);
    let counter = 0;
    world = {
      deps: t.deps,
      places,
      units: {
        inside: (await createUnit(t.deps, { name: '会泽县矩阵测试局', divisionCode: places.huize })).id,
        outside: (await createUnit(t.deps, { name: '高州市矩阵测试局', divisionCode: places.gaozhou })).id,
      },
      ids: {},
      unique: (prefix) => `${prefix}${Date.now().toString(36)}${counter++}`,
    };
    for (const module of modules) Object.assign(world.ids, await module.matrixFixtures?.(world));
  });
  after(() => t.close());

  function sessionFor(role: Role, scope: Exclude<MatrixScope, 'anonymous'>): Promise<Session> {
    const key = `${role}:${scope}`;
    let session = sessions.get(key);
    if (!session) {
      const inside = scope === 'in';
      const place =
        scope === 'national'
          ? {}
          : unitScoped.has(role)
            ? { unitId: inside ? world.units.inside : world.units.outside }
            : { division: inside ? places.huize : places.gaozhou };
      session = sessionAs(t.app, t.deps, [role], place);
      sessions.set(key, session);
    }
    return session;
  }

  for (const row of modules.flatMap((m) => m.matrixRows)) {
    test(`${row.method} ${row.route} as ${row.role ?? 'anonymous'} (${row.scope}) → ${row.expect}`, async () => {
      const url = row.url(world);
      const body = row.body?.(world);
      const response =
        row.role === null || row.scope === 'anonymous'
          ? await t.app.inject({ method: row.method, url, ...(body === undefined ? {} : { payload: body as object }) })
          : await (await sessionFor(row.role, row.scope)).request(row.method, url, body ?? (row.method === 'GET' ? undefined : {}));
      assert.equal(response.statusCode, row.expect, `${row.method} ${url}: ${response.body.slice(0, 300)}`);
    });
  }
});
