// How long the demo takes to load with its month of activity, seed by seed, on a fresh database.
// Usage: TEST_DB=embedded|postgres node --import tsx bench/demo-load.ts
import { createTestApp } from '../server/test/test-app.ts';
import { loadDemoIfEmpty } from '../scripts/demo/load-demo.ts';

// `npm start` on an empty database waits for this; a county clerk should not wait longer.
const TARGET_MS = 40_000;

const t = await createTestApp();
const started = performance.now();
let last = started;
const log = {
  info: (message: string) => {
    const now = performance.now();
    console.log(`${String(Math.round(now - last)).padStart(6)} ms  ${message}`);
    last = now;
  },
};
try {
  await loadDemoIfEmpty(t.deps, log, { activity: true });
  const total = Math.round(performance.now() - started);
  console.log(`demo load on ${process.env.TEST_DB ?? 'embedded'}: ${total} ms (target < ${TARGET_MS} ms)${total < TARGET_MS ? '' : ' — over the target'}`);
} finally {
  await t.close();
}
