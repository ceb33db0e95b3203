import { Select } from 'antd';
import dayjs from 'dayjs';
import { recentPeriods } from '../periods.ts';

/** A quarter among the recent ones; the server refuses one not yet begun. */
export function PeriodSelect({ value, onChange, id }: { value?: string; onChange?: (value: string) => void; id?: string }) {
  const options = recentPeriods(dayjs().format('YYYY-MM-DD')).map((period) => ({ value: period, label: period }));
  return <Select id={id} value={value} onChange={onChange} options={options} style={{ width: 160 }} data-testid="briefing-period" />;
}
