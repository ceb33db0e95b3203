import type { RemoteOption } from '../../../components/remote-select.tsx';
import { RemoteMultiSelect } from '../../../components/remote-multi-select.tsx';
import { meetingApi, meetingKey } from '../meetings.api.ts';

type Props = { id?: string; value?: string[]; onChange?: (value: string[]) => void; known?: readonly RemoteOption[]; placeholder?: string; 'aria-label'?: string };

const labelOf = (team: { name: string; villages: { name: string | null }[] }) => {
  const villages = team.villages.map((v) => v.name).filter(Boolean);
  return villages.length ? `${team.name} · ${villages.join('、')}` : team.name;
};

/** Several teams in post of the caller's region, searched by name; the ones already chosen keep their labels. */
export function TeamMultiSelect(props: Props) {
  return (
    <RemoteMultiSelect
      {...props}
      queryKey={[meetingKey, 'pick-teams']}
      search={async (q) => (await meetingApi.searchTeams(q)).items.map((team) => ({ value: team.id, label: labelOf(team) }))}
    />
  );
}
