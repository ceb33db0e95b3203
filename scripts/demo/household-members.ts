import type { HealthState, LabourAbility, PovertyCause, Relation, Schooling } from '../../contracts/household-codes.ts';
import { birthDateIn, type IdentityIssuer } from './identity.ts';
import { pickGivenName, pickSurname, type NameRegion } from './names.ts';
import type { SeededRandom } from './random.ts';

type Weights<T> = readonly (readonly [T, number])[];

export type PlanPerson = {
  id: string;
  name: string;
  relation: Relation;
  gender: 'male' | 'female';
  birthDate: string;
  idNumber: string;
  ethnicity: string;
  health: HealthState;
  disabilityGrade: number | null;
  labourAbility: LabourAbility;
  schooling: Schooling;
  inSchool: boolean;
  workingAway: boolean;
  workPlace: string | null;
  medicalInsured: boolean;
  pensionInsured: boolean;
};

/** Where the village's people go to work: the places the county's labour offices send them. */
export type FamilySetting = {
  county: string;
  region: NameRegion;
  ethnicities: Weights<string>;
  workPlaces: readonly string[];
};

export type FamilyRequest = {
  householder?: { name: string; gender: 'male' | 'female'; birthYear: number };
  /** Every member too old, too young, ill or disabled to work (缺劳). */
  noLabour?: boolean;
  mainCause: PovertyCause;
  size?: number;
};

/**
 * Hands out ID numbers no other demo person or cadre carries: the issuer remembers its own, and
 * `taken` answers for the numbers written before (the cadres of the base demo).
 */
export class HouseholdIdentities {
  constructor(
    private readonly issuer: IdentityIssuer,
    private readonly taken: (idNumber: string) => boolean,
    // The seeds' own people: a drawn villager must not share a story householder's name.
    private readonly reservedNames: ReadonlySet<string> = new Set(),
  ) {}

  isReserved(name: string): boolean {
    return this.reservedNames.has(name);
  }

  idNumber(county: string, birthDate: string, gender: 'male' | 'female'): string {
    for (;;) {
      const id = this.issuer.idNumber(county, birthDate, gender);
      if (!this.taken(id)) return id;
    }
  }

  phone(): string {
    return this.issuer.phone();
  }
}

export function ageOn(birthDate: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return today.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

function schoolingForAdult(random: SeededRandom, birthYear: number): Schooling {
  if (birthYear < 1955) return random.weighted([['none', 0.45], ['primary', 0.45], ['junior', 0.1]]);
  if (birthYear < 1975) return random.weighted([['none', 0.1], ['primary', 0.45], ['junior', 0.4], ['senior', 0.05]]);
  if (birthYear < 1995) return random.weighted([['primary', 0.15], ['junior', 0.6], ['senior', 0.15], ['vocational', 0.1]]);
  return random.weighted([['junior', 0.35], ['senior', 0.2], ['vocational', 0.3], ['college', 0.15]]);
}

/** A child's schooling follows the age: 3–5 preschool, 6–11 primary, 12–14 junior, 15–17 senior or vocational. */
export function schoolingForChild(random: SeededRandom, age: number): { schooling: Schooling; inSchool: boolean } {
  if (age < 3) return { schooling: 'none', inSchool: false };
  if (age < 6) return { schooling: 'preschool', inSchool: true };
  if (age < 12) return { schooling: 'primary', inSchool: true };
  if (age < 15) return { schooling: 'junior', inSchool: true };
  if (age < 18) return { schooling: random.chance(0.55) ? 'senior' : 'vocational', inSchool: true };
  if (age < 22 && random.chance(0.4)) return { schooling: random.chance(0.5) ? 'college' : 'vocational', inSchool: true };
  return { schooling: 'none', inSchool: false };
}

function labourFor(random: SeededRandom, age: number, health: HealthState): LabourAbility {
  if (age < 16 || age >= 75) return 'none';
  if (health === 'serious' || health === 'disabled') return random.chance(0.6) ? 'lost' : 'weak';
  if (age >= 65 || health === 'chronic') return 'weak';
  return random.chance(0.2) ? 'skilled' : 'normal';
}

/**
 * One family, consistent in itself: the householder and spouse of an age, children 20–35 years
 * younger, grandchildren of the eldest son when the householder is old, the cause of poverty
 * visible in the members (an illness, a disability, children at school, nobody able to work).
 */
export function makeFamily(random: SeededRandom, ids: HouseholdIdentities, setting: FamilySetting, request: FamilyRequest, today: string): PlanPerson[] {
  const thisYear = Number(today.slice(0, 4));
  const people: PlanPerson[] = [];
  const ethnicity = random.weighted(setting.ethnicities);
  const headGender = request.householder?.gender ?? (random.chance(0.88) ? 'male' : 'female');
  const headYear = request.householder?.birthYear ?? (request.noLabour ? random.int(thisYear - 84, thisYear - 76) : random.int(thisYear - 72, thisYear - 32));
  const surname = request.householder ? request.householder.name.slice(0, 1) : pickSurname(random, setting.region, ethnicity);
  const add = (relation: Relation, gender: 'male' | 'female', birthDate: string, drawn: string): PlanPerson => {
    let name = drawn;
    while (ids.isReserved(name) && name !== request.householder?.name) name = name.slice(0, 1) + pickGivenName(random, gender, Number(birthDate.slice(0, 4)));
    const age = ageOn(birthDate, today);
    const child = age < 22 && (relation === 'child' || relation === 'grandchild');
    const school = child ? schoolingForChild(random, age) : { schooling: schoolingForAdult(random, Number(birthDate.slice(0, 4))), inSchool: false };
    const person: PlanPerson = {
      id: random.uuid(),
      name,
      relation,
      gender,
      birthDate,
      idNumber: ids.idNumber(setting.county, birthDate, gender),
      ethnicity,
      health: 'healthy',
      disabilityGrade: null,
      labourAbility: 'none',
      schooling: school.schooling,
      inSchool: school.inSchool,
      workingAway: false,
      workPlace: null,
      medicalInsured: random.chance(0.99),
      pensionInsured: age >= 16 && !school.inSchool && random.chance(0.85),
    };
    if (age >= 55 && random.chance(0.25)) person.health = 'chronic';
    people.push(person);
    return person;
  };
  const head = add('householder', headGender, birthDateIn(random, headYear, headYear), request.householder?.name ?? surname + pickGivenName(random, headGender, headYear));
  const size = request.size ?? (request.noLabour ? random.int(1, 2) : random.weighted([[1, 0.08], [2, 0.17], [3, 0.22], [4, 0.26], [5, 0.17], [6, 0.1]]));
  const spouseGender = headGender === 'male' ? 'female' : 'male';
  if (size >= 2) {
    const year = headYear + random.int(-3, 4);
    add('spouse', spouseGender, birthDateIn(random, year, year), pickSurname(random, setting.region, ethnicity) + pickGivenName(random, spouseGender, year));
  }
  const old = thisYear - headYear >= 58;
  let eldestSon: PlanPerson | undefined;
  while (people.length < size) {
    const slot = people.length;
    if (!request.noLabour && !old && slot === size - 1 && size >= 5 && random.chance(0.5) && thisYear - headYear < 50) {
      const year = headYear - random.int(24, 30);
      const gender = random.chance(0.5) ? 'male' : 'female';
      add('parent', gender, birthDateIn(random, year, year), pickSurname(random, setting.region, ethnicity) + pickGivenName(random, gender, year));
      continue;
    }
    if (old && eldestSon && slot >= 4) {
      const year = Math.min(thisYear - 1, Number(eldestSon.birthDate.slice(0, 4)) + random.int(22, 30));
      const gender = random.chance(0.52) ? 'male' : 'female';
      add('grandchild', gender, birthDateIn(random, year, year), surname + pickGivenName(random, gender, year));
      continue;
    }
    if (old && eldestSon && slot === 3) {
      const year = Number(eldestSon.birthDate.slice(0, 4)) + random.int(-2, 3);
      add('child_in_law', 'female', birthDateIn(random, year, year), pickSurname(random, setting.region, ethnicity) + pickGivenName(random, 'female', year));
      continue;
    }
    const year = Math.min(thisYear - 1, headYear + random.int(20, 35));
    const gender = random.chance(0.52) ? 'male' : 'female';
    const child = add('child', gender, birthDateIn(random, year, year), surname + pickGivenName(random, gender, year));
    if (gender === 'male' && !eldestSon && ageOn(child.birthDate, today) >= 20) eldestSon = child;
  }
  applyCause(random, people, request.mainCause, today);
  for (const person of people) {
    person.labourAbility = request.noLabour ? (ageOn(person.birthDate, today) < 16 ? 'none' : random.pick(['lost', 'none'] as const)) : labourFor(random, ageOn(person.birthDate, today), person.health);
    const age = ageOn(person.birthDate, today);
    if (!request.noLabour && !person.inSchool && age >= 18 && age <= 50 && person.labourAbility !== 'lost' && person.relation !== 'householder' && random.chance(0.45)) {
      person.workingAway = true;
      person.workPlace = random.pick(setting.workPlaces);
    }
  }
  if (!request.noLabour && head.labourAbility === 'none' && people.every((p) => p.labourAbility === 'none' || p.labourAbility === 'lost')) head.labourAbility = 'weak';
  return people;
}

/** Makes the cause of poverty show in the family: someone ill or disabled, children at school. */
function applyCause(random: SeededRandom, people: PlanPerson[], cause: PovertyCause, today: string): void {
  const adults = people.filter((p) => ageOn(p.birthDate, today) >= 18);
  const target = random.pick(adults.length > 0 ? adults : people);
  if (cause === 'illness') target.health = random.chance(0.4) ? 'serious' : 'chronic';
  if (cause === 'disability') {
    target.health = 'disabled';
    target.disabilityGrade = random.int(1, 4);
  }
}
