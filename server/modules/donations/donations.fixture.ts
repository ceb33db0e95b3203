import type { AppDeps } from '../../platform/http/context.ts';
import { projects, projectVillages } from '../projects/index.ts';
import type { DonationForm, DonorKind } from '../../../contracts/social-codes.ts';
import { donations } from './donations.schema.ts';

/** A project serving the given villages, written directly, so donation tests need not walk the project workflow. */
export async function insertServingProject(deps: AppDeps, villages: readonly string[], name = '村级幼儿园建设'): Promise<string> {
  const [row] = await deps.db
    .insert(projects)
    .values({ name, divisionCode: villages[0]!, category: 'education', responsibleEntity: '村委会', budget: '680000.00', approvedBudget: '680000.00', state: 'in_progress' })
    .returning({ id: projects.id });
  await deps.db.insert(projectVillages).values(villages.map((divisionCode) => ({ projectId: row!.id, divisionCode })));
  return row!.id;
}

export async function insertDonation(
  deps: AppDeps,
  values: {
    divisionCode: string;
    donor?: string;
    donorKind?: DonorKind;
    form?: DonationForm;
    goods?: string;
    value?: string;
    createdBy?: string | null;
    receivedOn?: string;
  },
): Promise<string> {
  const [row] = await deps.db
    .insert(donations)
    .values({
      divisionCode: values.divisionCode,
      donor: values.donor ?? '香港善一堂',
      donorKind: values.donorKind ?? 'organization',
      form: values.form ?? 'money',
      goods: values.form === 'goods' ? (values.goods ?? '慰问物资') : null,
      value: values.value ?? '680000.00',
      purpose: '建设村级幼儿园',
      receivedOn: values.receivedOn ?? '2025-03-01',
      createdBy: values.createdBy ?? null,
    })
    .returning({ id: donations.id });
  return row!.id;
}
