import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { percentile, type Measured } from './ceiling.ts';
import type { BenchFixture } from './generate.ts';

export type RouteResult = { engine: string; account: string; route: string; app: Measured & { non2xx: number }; ceiling: Measured; statements: number };

const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : '–');

export function summarize(m: Measured) {
  const sorted = [...m.latencies].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), rps: m.completed / m.seconds };
}

export function formatLine(r: RouteResult): string {
  const a = summarize(r.app);
  const c = summarize(r.ceiling);
  return `| ${r.engine} | ${r.account} | ${r.route} | ${ms(a.p50)} | ${ms(a.p95)} | ${ms(a.p99)} | ${a.rps.toFixed(0)} | ${r.app.non2xx} | ${r.statements} | ${ms(c.p50)} | ${ms(c.p95)} | ${c.rps.toFixed(0)} | ${((a.rps / c.rps) * 100).toFixed(0)} % |`;
}

export type Machine = { nproc: number; memoryGb: number; node: string; cpu: string; postgres: string | null; load: string };

export function describeMachine(postgres: string | null): Machine {
  return { nproc: cpus().length, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version, cpu: cpus()[0]?.model ?? 'unknown', postgres, load: loadavg().map((v) => v.toFixed(1)).join(' / ') };
}

/** Replaces this scale's section of bench/README.md, leaving the other scale's figures as they were. */
export function writeReport(path: string, fixtures: { engine: string; fixture: BenchFixture }[], results: RouteResult[], machine: Machine, settings: { seconds: number; connections: number }): void {
  const scale = fixtures[0]!.fixture.scale;
  const lines = [
    `<!-- results:${scale} -->`,
    `### ${scale === 'county' ? 'County scale (会泽县)' : 'Province scale (云南省)'} — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `Machine: ${machine.nproc} CPUs (${machine.cpu}), ${machine.memoryGb} GB memory, Node ${machine.node}${machine.postgres ? `, ${machine.postgres}` : ''}; load average at the end ${machine.load} (1 / 5 / 15 min — other work on the machine shares the CPUs). Each route: ${settings.seconds} s, ${settings.connections} connections (autocannon on 127.0.0.1); the ceiling replays the same statements through \`pg\` with ${settings.connections} loops on the app's own pool.`,
    '',
    '| engine | units | cadres | teams | villages with a team | days in village | leave | reports | divisions | plan | write | on-duty month | generation total |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...fixtures.map(
      ({ engine, fixture: f }) =>
        `| ${engine} | ${f.counts.units} | ${f.counts.cadres} | ${f.counts.teams} | ${f.counts.villages} | ${f.counts.presenceDays} | ${f.counts.leave} | ${f.counts.reports} | ${(f.generationMs.divisions / 1000).toFixed(1)} s | ${(f.generationMs.plan / 1000).toFixed(1)} s | ${(f.generationMs.write / 1000).toFixed(1)} s | ${(f.generationMs.duty / 1000).toFixed(1)} s | ${(f.generationMs.total / 1000).toFixed(1)} s |`,
    ),
    '',
    '| engine | account | route | p50 ms | p95 ms | p99 ms | req/s | non-2xx | SQL statements | ceiling p50 ms | ceiling p95 ms | ceiling it/s | app / ceiling |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...results.map(formatLine),
    `<!-- /results:${scale} -->`,
  ].join('\n');
  const current = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const pattern = new RegExp(`<!-- results:${scale} -->[\\s\\S]*?<!-- /results:${scale} -->`);
  const next = pattern.test(current) ? current.replace(pattern, lines) : `${current.trimEnd()}\n\n${lines}\n`;
  writeFileSync(path, next);
}
