/** The quarter a day falls in, as the server names it: "2026-Q4". */
export function periodOf(day: string): string {
  return `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
}

/** The last quarter that has ended by `today`, the one a round of briefings is usually for. */
export function lastFullQuarter(today: string): string {
  const [year, quarter] = periodOf(today).split('-Q').map(Number) as [number, number];
  return quarter === 1 ? `${year - 1}-Q4` : `${year}-Q${quarter - 1}`;
}

/** The current quarter and the `count - 1` before it, newest first, for the period picker. */
export function recentPeriods(today: string, count = 6): string[] {
  const out = [periodOf(today)];
  while (out.length < count) out.push(lastFullQuarter(quarterStart(out[out.length - 1]!)));
  return out;
}

function quarterStart(period: string): string {
  const [year, quarter] = period.split('-Q').map(Number) as [number, number];
  return `${year}-${String((quarter - 1) * 3 + 1).padStart(2, '0')}-01`;
}
