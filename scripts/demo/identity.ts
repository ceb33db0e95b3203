import { idNumberChecksum } from '../../server/modules/cadres/index.ts';
import type { SeededRandom } from './random.ts';

// Mainland mobile prefixes in common use (China Mobile, Unicom, Telecom).
const PHONE_PREFIXES = ['134', '135', '136', '137', '138', '139', '150', '151', '152', '157', '158', '159', '182', '183', '187', '188', '130', '131', '132', '155', '156', '185', '186', '133', '153', '180', '181', '189', '177', '199', '198', '166'];

/**
 * Synthetic but valid national ID numbers (GB 11643): the county code of the cadre's unit as
 * region, the birth date, a sequence whose last digit is odd for men and even for women, the
 * check character. Remembers what it issued so no two demo cadres share a number.
 */
export class IdentityIssuer {
  private readonly issuedIds = new Set<string>();
  private readonly issuedPhones = new Set<string>();

  constructor(private readonly random: SeededRandom) {}

  idNumber(regionCode: string, birthDate: string, gender: 'male' | 'female'): string {
    if (!/^\d{6}$/.test(regionCode)) throw new Error(`region code must have 6 digits: ${regionCode}`);
    const born = birthDate.replaceAll('-', '');
    for (;;) {
      const genderDigit = gender === 'male' ? this.random.pick([1, 3, 5, 7, 9]) : this.random.pick([0, 2, 4, 6, 8]);
      const first17 = `${regionCode}${born}${this.random.digits(2)}${genderDigit}`;
      const id = first17 + idNumberChecksum(first17);
      if (!this.issuedIds.has(id)) {
        this.issuedIds.add(id);
        return id;
      }
    }
  }

  phone(): string {
    for (;;) {
      const phone = this.random.pick(PHONE_PREFIXES) + this.random.digits(8);
      if (!this.issuedPhones.has(phone)) {
        this.issuedPhones.add(phone);
        return phone;
      }
    }
  }
}

/** A birth date in the given years, as YYYY-MM-DD. */
export function birthDateIn(random: SeededRandom, fromYear: number, toYear: number): string {
  const year = random.int(fromYear, toYear);
  const month = random.int(1, 12);
  const day = random.int(1, new Date(Date.UTC(year, month, 0)).getUTCDate());
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
