import { RemoteSelect, type RemoteOption } from '../../../components/remote-select.tsx';
import { cadresApi, cadresKey } from '../cadres.api.ts';

type UnitSelectProps = {
  id?: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
  /** 'pick': any registered unit (county and city organization departments); 'scope': the caller's own. */
  mode: 'scope' | 'pick';
  /** The label of a unit already chosen (editing), shown before any search. */
  known?: RemoteOption | null;
  placeholder?: string;
  'aria-label'?: string;
};

/** A unit chosen by typing its name; the label carries the place so two 农业农村局 are told apart. */
export function UnitSelect({ mode, ...props }: UnitSelectProps) {
  return (
    <RemoteSelect
      {...props}
      queryKey={[cadresKey, 'units', mode]}
      search={async (q) => (await cadresApi.searchUnits(q, mode)).items.map((u) => ({ value: u.id, label: u.divisionName ? `${u.name} · ${u.divisionName}` : u.name }))}
      style={{ width: '100%' }}
    />
  );
}
