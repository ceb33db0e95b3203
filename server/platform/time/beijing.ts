// Village work is dated by the calendar in China, wherever the server runs: after 16:00 UTC it is
// already tomorrow for the people who use the app.
const dayFormat = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });
const yearFormat = new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Shanghai', year: 'numeric' });

/** The day in China, as YYYY-MM-DD. */
export function beijingDay(at: Date = new Date()): string {
  return dayFormat.format(at);
}

/** The year in China. */
export function beijingYear(at: Date = new Date()): number {
  return Number(yearFormat.format(at));
}
