import type { PresenceMine, PresenceView } from '../../../contracts/presence.ts';

export type DayStatus = 'recorded' | 'far' | 'leave' | 'open' | 'closed';

/** What a calendar cell shows for a day: a recorded day (far or not), a leave day, or whether it may still be recorded. */
export function dayStatus(day: string, mine: Pick<PresenceMine, 'today' | 'earliest' | 'leaveDays'>, recorded: ReadonlyMap<string, PresenceView>): DayStatus {
  const row = recorded.get(day);
  if (row) return row.far ? 'far' : 'recorded';
  if (mine.leaveDays.includes(day)) return 'leave';
  return day <= mine.today && day >= mine.earliest ? 'open' : 'closed';
}

export function shiftMonth(month: string, by: number): string {
  const [year, mon] = month.split('-').map(Number) as [number, number];
  const date = new Date(Date.UTC(year, mon - 1 + by, 1));
  return date.toISOString().slice(0, 7);
}

/** "2026-11" → the month a browser in China is in now. */
export function currentMonth(now = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).format(now).slice(0, 7);
}

export function isMonth(text: string | null | undefined): text is string {
  return !!text && /^\d{4}-(0[1-9]|1[0-2])$/.test(text);
}

/** Rounds a browser position to about 10 m: enough to show the distance, no more than that. */
export function roundedPosition(coords: { latitude: number; longitude: number }): { latitude: number; longitude: number } {
  return { latitude: Math.round(coords.latitude * 1e4) / 1e4, longitude: Math.round(coords.longitude * 1e4) / 1e4 };
}
