import { char, numeric, timestamp, uuid } from 'drizzle-orm/pg-core';

/** The 12-digit statistical code of the village or region a row belongs to: the scope filter and the shard key. */
export const divisionCode = (name = 'division_code') => char(name, { length: 12 });
export const id = () => uuid('id').primaryKey().defaultRandom();
export const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
export const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();
/** Money is numeric(14,2) and travels as a string, so no cent is lost to floating point. */
export const money = (name: string) => numeric(name, { precision: 14, scale: 2 });
