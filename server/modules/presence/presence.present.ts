import type { Ctx } from '../../platform/http/context.ts';
import type { PresenceView } from '../../../contracts/presence.ts';
import type { PresenceListRow } from './presence.repository.ts';
import { mayDeletePresence } from './presence.policy.ts';
import { isFar, monthOf, todayInBeijing } from './presence.rules.ts';

export function presentPresence(ctx: Ctx, rows: readonly PresenceListRow[]): PresenceView[] {
  const month = monthOf(todayInBeijing());
  return rows.map((row) => ({
    id: row.id,
    cadreId: row.cadreId,
    cadreName: row.cadreName,
    teamId: row.teamId,
    teamName: row.teamName,
    divisionCode: row.divisionCode,
    villageName: row.villageName,
    day: row.day,
    latitude: row.latitude,
    longitude: row.longitude,
    distanceKm: row.distanceKm,
    far: isFar(row.distanceKm, ctx.deps.config.duty.presenceFarKm),
    note: row.note,
    createdAt: row.createdAt.toISOString(),
    abilities: { delete: monthOf(row.day) === month && mayDeletePresence(ctx.principal, row) },
  }));
}
