import { genderLabels } from '../../../contracts/cadres.ts';
import { RemoteSelect, type RemoteOption } from '../../components/remote-select.tsx';
import { RemoteMultiSelect } from '../../components/remote-multi-select.tsx';
import { useText } from '../../platform/i18n.tsx';
import { trainingsApi, trainingsKey } from './trainings.api.ts';

type CadresPickerProps = { id?: string; value?: string[]; onChange?: (value: string[]) => void; placeholder?: string; 'aria-label'?: string };

/** Several cadres of the caller's region, searched by name or initials; unit and gender tell namesakes apart. */
export function CadresPicker(props: CadresPickerProps) {
  const text = useText();
  return (
    <RemoteMultiSelect
      {...props}
      queryKey={[trainingsKey, 'pick-cadres']}
      search={async (q) =>
        (await trainingsApi.searchCadres(q)).items.map((c) => ({
          value: c.id,
          label: [c.name, text(genderLabels[c.gender]), c.unitName].filter(Boolean).join(' · '),
        }))
      }
    />
  );
}

type TeamPickerProps = { id?: string; value?: string; onChange?: (value: string | undefined) => void; known?: RemoteOption | null; placeholder?: string; disabled?: boolean };

/** A team in post of the caller's region, by name. */
export function TeamPicker(props: TeamPickerProps) {
  return (
    <RemoteSelect
      {...props}
      queryKey={[trainingsKey, 'pick-teams']}
      search={async (q) => (await trainingsApi.searchTeams(q)).items.map((team) => ({ value: team.id, label: team.name }))}
    />
  );
}
