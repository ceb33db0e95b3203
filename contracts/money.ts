// Money as the whole project area reckons it: numeric(14,2) strings in and out, integer cents between.

/**
 * Money as integer cents: amounts travel as strings ("1234.56") and are added here, never in floating
 * point, so 0.10 + 0.20 is 0.30 and a budget split across sources adds up to the cent.
 */
export type Cents = number;

// numeric(14,2) holds at most 12 integer digits; cents then stay well inside Number.MAX_SAFE_INTEGER.
const moneyPattern = /^(-)?(\d{1,3}(?:,\d{3})+|\d{1,12})(?:\.(\d{1,2}))?$/;

/** "1,234.5", "1234.50", "¥300,000.00" → cents; null when the text is not an amount. */
export function parseMoney(text: string): Cents | null {
  const match = moneyPattern.exec(text.trim().replace(/^[¥￥]/, ''));
  if (!match) return null;
  const whole = match[2]!.replaceAll(',', '');
  if (whole.length > 12) return null;
  const cents = Number(whole) * 100 + Number((match[3] ?? '').padEnd(2, '0'));
  return match[1] ? -cents : cents;
}

/** Like parseMoney, for values already checked (the database's numeric strings). */
export function toCents(text: string): Cents {
  const cents = parseMoney(text);
  if (cents === null) throw new Error(`not an amount: ${text}`);
  return cents;
}

/** Cents → "1234.56", the form the database and the contracts use. */
export function centsToMoney(cents: Cents): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** Cents → "¥1,234,567.00" for people to read. */
export function formatMoney(cents: Cents, currency = true): string {
  const [whole, fraction] = centsToMoney(Math.abs(cents)).split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${cents < 0 ? '-' : ''}${currency ? '¥' : ''}${grouped}.${fraction}`;
}

export function sumCents(values: readonly Cents[]): Cents {
  return values.reduce((total, value) => total + value, 0);
}

/** The sum of amounts written as strings, as a string. */
export function sumMoney(values: readonly string[]): string {
  return centsToMoney(sumCents(values.map(toCents)));
}
