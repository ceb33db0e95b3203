import { Segmented } from 'antd';
import { useNavigate } from 'react-router';
import { recordPaths, type RecordPath } from '../industry.api.ts';
import { useIndustryMessages } from '../industry.messages.ts';

type Place = 'summary' | RecordPath;

/** The summary and the five record lists, one click apart. */
export function IndustryNav({ current }: { current: Place }) {
  const t = useIndustryMessages();
  const navigate = useNavigate();
  const places: Place[] = ['summary', ...recordPaths];
  return (
    <Segmented<Place>
      value={current}
      style={{ marginBottom: 16, maxWidth: '100%', overflowX: 'auto' }}
      options={places.map((p) => ({ value: p, label: t(`nav.${p}`) }))}
      onChange={(p) => navigate(p === 'summary' ? '/industry' : `/industry/${p}`)}
    />
  );
}
