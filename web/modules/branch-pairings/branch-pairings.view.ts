import { formatMoney, parseMoney } from '../../../contracts/money.ts';

/** "56000.00" → "56,000.00". */
export function moneyText(value: string): string {
  const cents = parseMoney(value);
  return cents === null ? value : formatMoney(cents, false);
}

/** "120.00 平方米" → "120 平方米": a quantity without trailing zeros, with its measure. */
export function quantityText(quantity: string | null, measure: string | null): string | null {
  if (!quantity) return null;
  const plain = quantity.includes('.') ? quantity.replace(/0+$/, '').replace(/\.$/, '') : quantity;
  return measure ? `${plain} ${measure}` : plain;
}
