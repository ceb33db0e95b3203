// The money arithmetic lives with the contracts so the forms add up amounts exactly as the server does.
export { parseMoney, toCents, centsToMoney, formatMoney, sumCents, sumMoney, type Cents } from '../../../contracts/projects.ts';
