import type { FieldError } from '../../platform/errors/app-error.ts';
import type { CooperativeBody, DemoBaseBody, FiveItem, IndustryCounts } from '../../../contracts/industry.ts';

export type { FieldError };

export function todayInChina(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** Records tell what was built: a day still to come has not happened yet. */
export function notInFuture(path: string, day: string | null | undefined, today: string): FieldError[] {
  return day && day > today ? [{ path, message: '日期不能晚于今天' }] : [];
}

/** A village code (not a township or county): the last three digits name the village. */
export function isVillageCode(code: string): boolean {
  return /^\d{12}$/.test(code) && !code.endsWith('000');
}

export function cooperativeProblems(body: CooperativeBody, today: string): FieldError[] {
  const problems = [...notInFuture('registeredOn', body.registeredOn, today), ...notInFuture('leaderTrainedOn', body.leaderTrainedOn, today)];
  if (body.poorHouseholds > body.memberHouseholds) problems.push({ path: 'poorHouseholds', message: '贫困户社员不能多于社员户数' });
  return problems;
}

/** [004]: a 帮扶示范园 is one party member's own, so it names him. */
export function demoBaseProblems(body: DemoBaseBody, today: string): FieldError[] {
  const problems = notInFuture('establishedOn', body.establishedOn, today);
  if (body.kind === 'garden' && !body.responsibleCadreId) problems.push({ path: 'responsibleCadreId', message: '帮扶示范园须指明建园党员' });
  return problems;
}

export function isPartyMember(partyStatus: string): boolean {
  return partyStatus === 'formal' || partyStatus === 'probationary';
}

export type VillageCounts = Omit<IndustryCounts, 'villages' | 'villagesComplete'>;

export function emptyCounts(): IndustryCounts {
  return {
    cooperatives: 0,
    trainedLeaders: 0,
    demoBases: 0,
    demoGardens: 0,
    demoHouseholds: 0,
    pioneerPosts: 0,
    coreFarmers: 0,
    peopleEmployed: 0,
    villages: 0,
    villagesComplete: 0,
  };
}

/** Which of the five ([002]) a set of counts holds. */
export function fivePresent(counts: VillageCounts): Record<FiveItem, boolean> {
  return {
    cooperative: counts.cooperatives > 0,
    leader: counts.trainedLeaders > 0,
    base: counts.demoBases > 0,
    pioneerPost: counts.pioneerPosts > 0,
    coreFarmer: counts.coreFarmers > 0,
  };
}

type Grouped = { code: string; total: number };
type VillageRows = {
  coops: (Grouped & { trained: number; employed: number })[];
  bases: { code: string; bases: number; gardens: number; employed: number }[];
  pairs: Grouped[];
  posts: Grouped[];
  farmers: Grouped[];
};

/** The per-table counts of each village as one set of counts per village. */
export function villageCounts(rows: VillageRows): Map<string, VillageCounts> {
  const byVillage = new Map<string, VillageCounts>();
  const at = (code: string) => {
    let found = byVillage.get(code);
    if (!found) {
      const { villages: _v, villagesComplete: _c, ...zero } = emptyCounts();
      byVillage.set(code, (found = zero));
    }
    return found;
  };
  for (const r of rows.coops) Object.assign(at(r.code), { cooperatives: r.total, trainedLeaders: r.trained, peopleEmployed: at(r.code).peopleEmployed + r.employed });
  for (const r of rows.bases) Object.assign(at(r.code), { demoBases: r.bases, demoGardens: r.gardens, peopleEmployed: at(r.code).peopleEmployed + r.employed });
  for (const r of rows.pairs) at(r.code).demoHouseholds = r.total;
  for (const r of rows.posts) at(r.code).pioneerPosts = r.total;
  for (const r of rows.farmers) at(r.code).coreFarmers = r.total;
  return byVillage;
}

const prefixLengths = [2, 4, 6, 9, 12] as const;

/** The length of the code prefix one level below a prefix (province 2 → city 4 … township 9 → village 12). */
export function childPrefixLength(prefix: string | null): number {
  if (!prefix) return 2;
  return prefixLengths.find((length) => length > prefix.length) ?? 12;
}

/** The 12-digit code of the division at `length` that holds `code`. */
export function divisionAt(code: string, length: number): string {
  return code.slice(0, length).padEnd(12, '0');
}

function add(into: IndustryCounts, from: VillageCounts): void {
  into.cooperatives += from.cooperatives;
  into.trainedLeaders += from.trainedLeaders;
  into.demoBases += from.demoBases;
  into.demoGardens += from.demoGardens;
  into.demoHouseholds += from.demoHouseholds;
  into.pioneerPosts += from.pioneerPosts;
  into.coreFarmers += from.coreFarmers;
  into.peopleEmployed += from.peopleEmployed;
}

/**
 * Villages' counts summed one level below the filter, each group also telling how many of its
 * villages keep any record and how many keep all five.
 */
export function rollUp(byVillage: ReadonlyMap<string, VillageCounts>, childLength: number): Map<string, IndustryCounts> {
  const groups = new Map<string, IndustryCounts>();
  for (const [village, counts] of byVillage) {
    const key = divisionAt(village, childLength);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = emptyCounts()));
    add(group, counts);
    group.villages += 1;
    if (Object.values(fivePresent(counts)).every(Boolean)) group.villagesComplete += 1;
  }
  return groups;
}

export function totalOf(groups: Iterable<IndustryCounts>): IndustryCounts {
  const total = emptyCounts();
  for (const group of groups) {
    add(total, group);
    total.villages += group.villages;
    total.villagesComplete += group.villagesComplete;
  }
  return total;
}

export type TeamMemberFact = { cadreId: string; name: string; partyStatus: string };

/**
 * [004]'s work check: 每名党员建立1个帮扶示范园、每名干部打造1个帮扶示范户. It lists who has not built
 * his yet, by name, in the order of the roster; it weighs nobody against anybody.
 */
export function teamGaps(members: readonly TeamMemberFact[], gardenCadres: ReadonlySet<string>, demoHouseholdCadres: ReadonlySet<string>) {
  const party = members.filter((m) => isPartyMember(m.partyStatus));
  return {
    members: members.length,
    partyMembers: party.length,
    gardens: party.filter((m) => gardenCadres.has(m.cadreId)).length,
    demoHouseholds: members.filter((m) => demoHouseholdCadres.has(m.cadreId)).length,
    partyMembersWithoutGarden: party.filter((m) => !gardenCadres.has(m.cadreId)).map((m) => m.name),
    cadresWithoutDemoHousehold: members.filter((m) => !demoHouseholdCadres.has(m.cadreId)).map((m) => m.name),
  };
}
