import { and, eq, isNull, or, sql } from 'drizzle-orm';
import { teamMembers, teams } from '../../server/modules/teams/index.ts';
import { villageProfiles } from '../../server/modules/divisions/index.ts';
import { approvedLeaveBetween } from '../../server/modules/leave/index.ts';
import { distanceKm, presenceDays } from '../../server/modules/presence/index.ts';
import { withinDivision } from '../../server/platform/access/scope.ts';
import { addDays, type DemoWorld } from './demo-world.ts';

type Row = typeof presenceDays.$inferInsert;

// 会泽县 carries the month; 高州市 and 苍溪县 have a few teams whose members record too.
const counties = ['530326', '440981', '510824'];
// 昆明 and 曲靖: a day on the team's business in the city, recorded honestly — shown as far, not refused.
const farPlaces = [
  { latitude: 25.0389, longitude: 102.7183, note: '赴昆明对接帮扶项目' },
  { latitude: 25.4898, longitude: 103.7962, note: '到曲靖市参加驻村工作培训' },
];

function daysOf(first: string, last: string): string[] {
  const out: string[] = [];
  for (let day = first; day <= last; day = addDays(day, 1)) out.push(day);
  return out;
}

/**
 * 在岗登记 for the last full month and this month up to yesterday (today is left for the members to
 * record): most members 20–24 days a month, about 3% 8–15 days so the township sees the flag. Some
 * days carry a location near the village, two far away. Days on approved leave (when the leave seed
 * ran first) are not recorded. ~40,000 rows go in as one JSON parameter: a single statement is two to three
 * times faster on the embedded database than 500-row inserts, and stays clear of the parameter limit.
 */
export async function seedPresence(world: DemoWorld): Promise<void> {
  const db = world.deps.db;
  const random = world.random;
  const today = world.today;
  const thisFirst = `${today.slice(0, 7)}-01`;
  const lastFirst = `${addDays(thisFirst, -1).slice(0, 7)}-01`;
  const lastMonth = daysOf(lastFirst, addDays(thisFirst, -1));
  const thisMonth = daysOf(thisFirst, addDays(today, -1));

  const members = await db
    .select({ cadreId: teamMembers.cadreId, teamId: teams.id, divisionCode: teams.divisionCode, joinedOn: teamMembers.joinedOn, latitude: villageProfiles.latitude, longitude: villageProfiles.longitude })
    .from(teamMembers)
    .innerJoin(teams, eq(teams.id, teamMembers.teamId))
    .leftJoin(villageProfiles, eq(villageProfiles.divisionCode, teams.divisionCode))
    .where(and(isNull(teamMembers.leftOn), eq(teams.status, 'active'), or(...counties.map((c) => withinDivision(teams.divisionCode, c)))))
    .orderBy(teams.divisionCode, teamMembers.cadreId);
  const leaves = await approvedLeaveBetween(db, members.map((m) => m.cadreId), lastFirst, today);
  const onLeave = new Set<string>();
  for (const leave of leaves) for (const day of daysOf(leave.startDate, leave.endDate)) onLeave.add(`${leave.cadreId}:${day}`);

  const rows: Row[] = [];
  let farLeft = farPlaces.length;
  for (const member of members) {
    const short = random.chance(0.03);
    const village = { latitude: member.latitude ?? 0, longitude: member.longitude ?? 0 };
    const located = member.latitude !== null && member.longitude !== null;
    const open = (day: string) => day >= member.joinedOn && !onLeave.has(`${member.cadreId}:${day}`);
    const last = random.shuffle(lastMonth.filter(open)).slice(0, short ? random.int(8, 15) : random.int(20, 24));
    // This month so far at the same pace: 80–92% of the days over (the minimum is two thirds of a month), the short ones 40%.
    const share = short ? 0.4 : 0.8 + random.next() * 0.12;
    const current = random.shuffle(thisMonth.filter(open)).slice(0, Math.round(thisMonth.length * share));
    for (const day of [...last, ...current]) {
      const row: Row = { cadreId: member.cadreId, teamId: member.teamId, divisionCode: member.divisionCode, day };
      if (located && random.chance(0.12)) {
        row.latitude = Number((village.latitude + (random.next() - 0.5) * 0.02).toFixed(5));
        row.longitude = Number((village.longitude + (random.next() - 0.5) * 0.02).toFixed(5));
        row.distanceKm = distanceKm({ latitude: row.latitude, longitude: row.longitude }, village);
      } else if (located && farLeft > 0 && member.divisionCode.startsWith('530326') && day >= thisFirst && random.chance(0.02)) {
        const place = farPlaces[farPlaces.length - farLeft]!;
        farLeft -= 1;
        row.latitude = place.latitude;
        row.longitude = place.longitude;
        row.note = place.note;
        row.distanceKm = distanceKm(place, village);
      }
      rows.push(row);
    }
  }
  await db.execute(sql`insert into presence_days (cadre_id, team_id, division_code, day, latitude, longitude, distance_km, note)
    select * from json_to_recordset(${JSON.stringify(rows)}::json)
      as x("cadreId" uuid, "teamId" uuid, "divisionCode" char(12), day date, latitude float8, longitude float8, "distanceKm" float8, note text)
    on conflict do nothing`);
}
