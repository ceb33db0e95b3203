/**
 * The leave rules the server enforces and the request form previews (domain.md §3): how many days a
 * leave counts and which level approves it. Pure, so both sides compute the same answer.
 */
export type LeaveApproverRole = 'township_party' | 'county_org' | 'city_org';
export type LeaveTierRule = { maxDays: number | null; role: LeaveApproverRole };
export type LeaveDayCounting = 'calendar' | 'working';

const DAY_MS = 86_400_000;

function utcDay(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}

export function addIsoDays(iso: string, days: number): string {
  return new Date(utcDay(iso) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Leave days from start to end inclusive; 'working' skips Saturdays and Sundays. 0 when end precedes start. */
export function countLeaveDays(startDate: string, endDate: string, counting: LeaveDayCounting): number {
  const first = utcDay(startDate);
  const last = utcDay(endDate);
  if (Number.isNaN(first) || Number.isNaN(last) || last < first) return 0;
  const calendar = Math.round((last - first) / DAY_MS) + 1;
  if (counting === 'calendar') return calendar;
  let working = 0;
  for (let day = first; day <= last; day += DAY_MS) {
    const weekday = new Date(day).getUTCDay();
    if (weekday !== 0 && weekday !== 6) working += 1;
  }
  return working;
}

/** The first tier whose limit holds the days approves; the table's last tier is open-ended. */
export function approverRoleFor(days: number, tiers: readonly LeaveTierRule[]): LeaveApproverRole {
  const tier = tiers.find((t) => t.maxDays === null || days <= t.maxDays) ?? tiers.at(-1);
  if (!tier) throw new Error('leave tier table is empty');
  return tier.role;
}

const beijingDate = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Leave is counted in the day of the counties it serves, Beijing time. */
export function leaveToday(now = new Date()): string {
  return beijingDate.format(now);
}
