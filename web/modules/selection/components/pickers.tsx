import type { CSSProperties } from 'react';
import { genderLabels } from '../../../../contracts/cadres.ts';
import { useText } from '../../../platform/i18n.tsx';
import { RemoteSelect } from '../../../components/remote-select.tsx';
import { selectionApi, selectionKey } from '../selection.api.ts';

type PickerProps = {
  id?: string;
  style?: CSSProperties;
  value?: string;
  onChange?: (value: string | undefined) => void;
  placeholder?: string;
  'aria-label'?: string;
};

/** Any registered unit by name: a city court sends into a county it does not sit in. */
export function UnitPicker(props: PickerProps) {
  return (
    <RemoteSelect
      {...props}
      queryKey={[selectionKey, 'pick-units']}
      search={async (q) => (await selectionApi.pickUnits(q)).items.map((u) => ({ value: u.id, label: u.divisionName ? `${u.name} · ${u.divisionName}` : u.name }))}
    />
  );
}

/** An active team of the caller's region. */
export function TeamPicker(props: PickerProps) {
  return (
    <RemoteSelect
      {...props}
      queryKey={[selectionKey, 'pick-teams']}
      search={async (q) => (await selectionApi.searchTeams(q)).items.map((team) => ({ value: team.id, label: team.name }))}
    />
  );
}

/** A cadre the caller may see, of one unit when given; unit and gender tell namesakes apart. */
export function CadrePicker({ unitId, ...props }: PickerProps & { unitId?: string }) {
  const text = useText();
  return (
    <RemoteSelect
      {...props}
      queryKey={[selectionKey, 'pick-cadres', unitId ?? '']}
      search={async (q) =>
        (await selectionApi.searchCadres(q, unitId)).items.map((c) => ({
          value: c.id,
          label: [c.name, text(genderLabels[c.gender]), c.unitName].filter(Boolean).join(' · '),
        }))
      }
    />
  );
}
