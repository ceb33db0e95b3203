import { genderLabels } from '../../../contracts/cadres.ts';
import { useText } from '../../platform/i18n.tsx';
import { teamsApi, teamsKey } from './teams.api.ts';
import { useTeamMessages } from './teams.messages.ts';
import { RemoteSelect, type RemoteOption } from '../../components/remote-select.tsx';

type PickerProps = {
  id?: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
  known?: RemoteOption[];
  placeholder?: string;
  'aria-label'?: string;
};

/** Any registered unit by name (GET /api/units?mode=pick). */
export function UnitPicker(props: PickerProps) {
  return (
    <RemoteSelect
      {...props}
      queryKey={[teamsKey, 'pick-units']}
      search={async (q) => (await teamsApi.pickUnits(q)).items.map((u) => ({ value: u.id, label: u.divisionName ? `${u.name} · ${u.divisionName}` : u.name }))}
    />
  );
}

/** A cadre of the caller's region, by name or initials; the label shows unit and gender to tell namesakes apart. */
export function CadrePicker(props: PickerProps) {
  const text = useText();
  const t = useTeamMessages();
  return (
    <RemoteSelect
      {...props}
      queryKey={[teamsKey, 'pick-cadres']}
      search={async (q) =>
        (await teamsApi.searchCadres(q)).items.map((c) => {
          const facts = [text(genderLabels[c.gender]), c.unitName, c.postedDivisionName ? t('picker.posted', { place: c.postedDivisionName }) : null];
          return { value: c.id, label: `${c.name} · ${facts.filter(Boolean).join(' · ')}` };
        })
      }
    />
  );
}
