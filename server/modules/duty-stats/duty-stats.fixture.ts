import { randomUUID } from 'node:crypto';
import type { AppDeps } from '../../platform/http/context.ts';
import { pinyinOf } from '../../platform/i18n/pinyin.ts';
import { places } from '../../test/factories.ts';
import { divisions } from '../divisions/index.ts';
import { teamMembers, teams } from '../teams/index.ts';
import { presenceDays } from '../presence/index.ts';
import { leaveRequests } from '../leave/index.ts';
import { criticisms, inspectionFindings, inspections, rectifications } from '../inspections/index.ts';
import { teamReports } from '../reports/index.ts';

export const statsPlaces = {
  daqiao: '530326103000',
  daqiaoVillage: '530326103201',
  naguSecondVillage: '530326102205',
} as const;

/** September 2025 in two Huize townships and one Gaozhou village; the expected figures are in the test. */
export async function dutyStatsFixture(deps: AppDeps): Promise<void> {
  const db = deps.db;
  const extra: [string, string, 'township' | 'village', string, number][] = [
    [statsPlaces.daqiao, '大桥乡', 'township', places.huize, 4],
    [statsPlaces.daqiaoVillage, '大桥村村民委员会', 'village', statsPlaces.daqiao, 5],
    [statsPlaces.naguSecondVillage, '营盘村村民委员会', 'village', places.nagu, 5],
  ];
  await db
    .insert(divisions)
    .values(extra.map(([code, name, level, parentCode, depth]) => ({ code, name, shortName: name, level, depth, parentCode, ...pinyinOf(name) })))
    .onConflictDoNothing();

  const team = async (name: string, divisionCode: string, status: 'active' | 'ended' = 'active') => {
    const [row] = await db.insert(teams).values({ name, divisionCode, termStart: '2024-03-01', status }).returning();
    return row!.id;
  };
  const nagu = await team('娜姑统计工作队', places.naguVillage);
  const daqiao = await team('大桥统计工作队', statsPlaces.daqiaoVillage);
  await team('营盘已期满工作队', statsPlaces.naguSecondVillage, 'ended');
  const gaozhou = await team('镇江统计工作队', places.zhenjiangVillage);

  const [a, b, c, d, e, f] = [randomUUID(), randomUUID(), randomUUID(), randomUUID(), randomUUID(), randomUUID()];
  const member = (cadreId: string, teamId: string, divisionCode: string, role: 'leader' | 'member', leftOn: string | null = null, joinedOn = '2024-03-01') => ({
    cadreId,
    teamId,
    divisionCode,
    role,
    joinedOn,
    leftOn,
  });
  await db.insert(teamMembers).values([
    member(a, nagu, places.naguVillage, 'leader'),
    member(b, nagu, places.naguVillage, 'member'),
    member(c, nagu, places.naguVillage, 'member', '2025-08-15'),
    member(d, daqiao, statsPlaces.daqiaoVillage, 'leader'),
    // Joined half-way through September: owes half the month's minimum, which 10 days meet.
    member(f, daqiao, statsPlaces.daqiaoVillage, 'member', null, '2025-09-16'),
    member(e, gaozhou, places.zhenjiangVillage, 'leader'),
  ]);

  const days = (cadreId: string, teamId: string, divisionCode: string, month: string, count: number) =>
    Array.from({ length: count }, (_, i) => ({ cadreId, teamId, divisionCode, day: `${month}-${String(i + 1).padStart(2, '0')}` }));
  await db
    .insert(presenceDays)
    .values([
      ...days(a, nagu, places.naguVillage, '2025-09', 22),
      ...days(b, nagu, places.naguVillage, '2025-09', 10),
      ...days(c, nagu, places.naguVillage, '2025-08', 12),
      ...days(d, daqiao, statsPlaces.daqiaoVillage, '2025-09', 5),
      ...days(f, daqiao, statsPlaces.daqiaoVillage, '2025-09', 10),
      ...days(e, gaozhou, places.zhenjiangVillage, '2025-09', 5),
    ]);

  const leave = (cadreId: string, teamId: string, divisionCode: string, startDate: string, endDate: string, days: number, state: 'approved' | 'reported_back' | 'pending' | 'rejected') => ({
    cadreId,
    teamId,
    divisionCode,
    type: 'personal' as const,
    startDate,
    endDate,
    days,
    reason: '家中有事',
    approverRole: 'township_party',
    state,
  });
  await db.insert(leaveRequests).values([
    leave(b, nagu, places.naguVillage, '2025-09-20', '2025-09-30', 11, 'approved'),
    leave(a, nagu, places.naguVillage, '2025-08-28', '2025-09-02', 6, 'reported_back'),
    leave(b, nagu, places.naguVillage, '2025-10-10', '2025-10-11', 2, 'pending'),
    leave(b, nagu, places.naguVillage, '2025-09-10', '2025-09-11', 2, 'pending'),
    leave(d, daqiao, statsPlaces.daqiaoVillage, '2025-09-08', '2025-09-20', 13, 'rejected'),
  ]);

  const inspect = async (divisionCode: string, inspectedOn: string) => {
    const [row] = await db.insert(inspections).values({ divisionCode, inspectedOn, method: 'on_site', leadUnit: '会泽县纪委监委' }).returning();
    return row!.id;
  };
  const atTownship = await inspect(places.nagu, '2025-09-10');
  const atDaqiao = await inspect(statsPlaces.daqiaoVillage, '2025-09-12');
  const inAugust = await inspect(places.naguVillage, '2025-08-05');
  const find = async (inspectionId: string, cadreId: string, divisionCode: string, atPost: boolean, absenceReason: 'absent' | 'leave' | null) => {
    const [row] = await db.insert(inspectionFindings).values({ inspectionId, cadreId, divisionCode, atPost, absenceReason }).returning();
    return row!.id;
  };
  await find(atTownship, a, places.naguVillage, true, null);
  const absentB = await find(atTownship, b, places.naguVillage, false, 'absent');
  const onLeaveD = await find(atDaqiao, d, statsPlaces.daqiaoVillage, false, 'leave');
  const augustB = await find(inAugust, b, places.naguVillage, false, 'absent');

  const rectify = async (findingId: string, inspectionId: string, cadreId: string, divisionCode: string, deadline: string, state: 'open' | 'answered' | 'accepted') => {
    const [row] = await db.insert(rectifications).values({ findingId, inspectionId, cadreId, divisionCode, requirement: '限期返岗', deadline, state }).returning();
    return row!.id;
  };
  const openB = await rectify(absentB, atTownship, b, places.naguVillage, '2025-09-25', 'open');
  await rectify(onLeaveD, atDaqiao, d, statsPlaces.daqiaoVillage, '2099-01-01', 'answered');
  const acceptedB = await rectify(augustB, inAugust, b, places.naguVillage, '2025-08-20', 'accepted');

  const criticise = (rectificationId: string, issuedOn: string) => ({
    rectificationId,
    cadreId: b,
    divisionCode: places.naguVillage,
    issuedOn,
    year: Number(issuedOn.slice(0, 4)),
    content: '逾期未整改，予以通报批评',
  });
  await db.insert(criticisms).values([criticise(openB, '2025-09-28'), criticise(acceptedB, '2025-12-01'), criticise(randomUUID(), '2024-11-01')]);

  await db.insert(teamReports).values({ teamId: nagu, divisionCode: places.naguVillage, kind: 'monthly_report', period: '2025-09', title: '9月工作月报', body: '本月完成走访。' });
}
