import { CadreSelectionTimeline } from '../../selection/index.ts';
import { CadreTrainingCard } from '../../trainings/index.ts';
import { CadreLeaveCard } from '../../leave/index.ts';
import { CadreCriticismsCard } from '../../inspections/index.ts';
import { CadreAssessmentGrades } from '../../assessments/index.ts';
import { useSession } from '../../../platform/session.tsx';

/** A cadre's record as a stationed cadre (domain.md §2–3, §10): selection history, training, year-end grades, leave, criticisms — each where the account may read it. */
export function CadreDutyCards({ cadreId }: { cadreId: string }) {
  const { can } = useSession();
  return (
    <>
      {can('selection.read') ? <CadreSelectionTimeline cadreId={cadreId} /> : null}
      {can('trainings.read') ? <CadreTrainingCard cadreId={cadreId} /> : null}
      {can('assessments.read') ? <CadreAssessmentGrades cadreId={cadreId} /> : null}
      <CadreLeaveCard cadreId={cadreId} />
      <CadreCriticismsCard cadreId={cadreId} />
    </>
  );
}
