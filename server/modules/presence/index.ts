export { presenceDays } from './presence.schema.ts';
