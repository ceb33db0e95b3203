import type { FundFigures, OutputSum, ProjectCount, Valued } from '../../../contracts/project-stats.ts';

/** What one child region's records add up to, as the database grouped them; absent codes count zero. */
export type Counted = {
  byState: Partial<Record<string, ProjectCount>>;
  byCategory: Partial<Record<string, ProjectCount>>;
  approvedBudget: string;
  beneficiaryHouseholds: number;
  beneficiaryPersons: number;
  funds: Partial<Record<string, FundFigures>>;
  outputs: OutputSum[];
  donations: Partial<Record<string, Valued>>;
  enterpriseContributions: Partial<Record<string, Valued>>;
  enterpriseJobs: string;
  advisorSupports: Partial<Record<string, Valued>>;
  serviceRequests: Partial<Record<string, number>>;
  assets: Valued;
  shares: Valued;
  dividends: Valued;
};

const noValue = (): Valued => ({ count: 0, value: '0.00' });

export function emptyCounted(): Counted {
  return {
    byState: {},
    byCategory: {},
    approvedBudget: '0.00',
    beneficiaryHouseholds: 0,
    beneficiaryPersons: 0,
    funds: {},
    outputs: [],
    donations: {},
    enterpriseContributions: {},
    enterpriseJobs: '0.00',
    advisorSupports: {},
    serviceRequests: {},
    assets: noValue(),
    shares: noValue(),
    dividends: noValue(),
  };
}
