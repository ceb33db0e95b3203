import type { AppDeps } from '../../platform/http/context.ts';
import { enterpriseContributions, enterprisePairings, enterprises } from './enterprises.schema.ts';

/** An enterprise kept by a region, written directly so tests and the matrix need not go through the routes. */
export async function insertEnterprise(deps: AppDeps, values: { divisionCode: string; name?: string; creditCode?: string; phone?: string }): Promise<string> {
  const [row] = await deps.db
    .insert(enterprises)
    .values({
      name: values.name ?? '测试建材有限公司',
      divisionCode: values.divisionCode,
      creditCode: values.creditCode ?? null,
      contactName: '黄经理',
      contactPhoneCipher: values.phone ? deps.cipher.encrypt(values.phone) : null,
      contactPhoneMasked: values.phone ? `${values.phone.slice(0, 3)}****${values.phone.slice(-4)}` : null,
    })
    .returning({ id: enterprises.id });
  return row!.id;
}

export async function insertPairing(deps: AppDeps, values: { enterpriseId: string; divisionCode: string; since?: string; until?: string }): Promise<string> {
  const [row] = await deps.db
    .insert(enterprisePairings)
    .values({ enterpriseId: values.enterpriseId, divisionCode: values.divisionCode, since: values.since ?? '2024-01-01', until: values.until ?? null })
    .returning({ id: enterprisePairings.id });
  return row!.id;
}

export async function insertContribution(
  deps: AppDeps,
  values: { enterpriseId: string; pairingId: string; divisionCode: string; kind?: 'money' | 'goods' | 'jobs' | 'purchases'; value?: string; quantity?: string; givenOn?: string },
): Promise<string> {
  const [row] = await deps.db
    .insert(enterpriseContributions)
    .values({
      enterpriseId: values.enterpriseId,
      pairingId: values.pairingId,
      divisionCode: values.divisionCode,
      kind: values.kind ?? 'money',
      value: values.value ?? (values.kind === 'jobs' ? null : '10000.00'),
      quantity: values.quantity ?? null,
      givenOn: values.givenOn ?? '2024-06-01',
      description: '出资硬化村道',
    })
    .returning({ id: enterpriseContributions.id });
  return row!.id;
}
