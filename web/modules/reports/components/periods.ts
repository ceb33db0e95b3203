import dayjs, { type Dayjs } from 'dayjs';

/** Last month by default: the month whose reports are due now. */
export function defaultPeriod(today: Dayjs = dayjs()): string {
  return today.subtract(1, 'month').format('YYYY-MM');
}
