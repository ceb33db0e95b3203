import { sql } from 'drizzle-orm';
import type { Db } from '../server/platform/db/client.ts';

export type DutyPeriod = { month: string; from: string; to: string; dueOn: string };

/** Last calendar month: the period the on-duty routes are asked about. */
export function lastMonth(today = new Date()): DutyPeriod {
  const first = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 1, 1));
  const last = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 0));
  const day = (d: Date) => d.toISOString().slice(0, 10);
  return { month: day(first).slice(0, 7), from: day(first), to: day(last), dueOn: `${day(today).slice(0, 7)}-05` };
}

/**
 * A month of the teams at work for every member in post, written by the database itself: about
 * 21 days in the village each, one member in twenty on leave (one in five of those still waiting
 * for the township, with its approval row), and the month's two reports from nine teams in ten.
 * hashtext() keeps it the same on every run and both engines.
 */
export async function generateDutyData(db: Db, period: DutyPeriod): Promise<{ presence: number; leave: number; reports: number }> {
  const presence = await db.execute(sql`
    insert into presence_days (cadre_id, team_id, division_code, day)
    select m.cadre_id, m.team_id, m.division_code, d::date
    from team_members m cross join generate_series(${period.from}::date, ${period.to}::date, interval '1 day') d
    where m.left_on is null and abs(hashtext(m.cadre_id::text || d::text)) % 100 < 70`);
  const leave = await db.execute(sql`
    insert into leave_requests (cadre_id, team_id, division_code, type, start_date, end_date, days, reason, approver_role, state)
    select m.cadre_id, m.team_id, m.division_code, 'personal', ${period.from}::date + 9, ${period.from}::date + 10, 2, '家中有事',
      'township_party', case when abs(hashtext(m.cadre_id::text)) % 100 < 20 then 'pending' else 'reported_back' end
    from team_members m
    where m.left_on is null and abs(hashtext(m.cadre_id::text || 'leave')) % 20 = 0`);
  await db.execute(sql`
    insert into workflow_instances (kind, subject_id, state, title, division_code, assignee_role, applicant_cadre_id, link)
    select 'leave', l.id, 'pending', '请假审批：2 天', l.division_code, 'township_party', l.cadre_id, '/leave/' || l.id
    from leave_requests l where l.state = 'pending'`);
  await db.execute(sql`
    update leave_requests l set workflow_id = w.id from workflow_instances w where w.kind = 'leave' and w.subject_id = l.id`);
  const reports = await db.execute(sql`
    insert into team_reports (team_id, division_code, kind, period, title, body, due_on, late)
    select t.id, t.division_code, k.kind, ${period.month}, ${period.month} || ' 月报', '本月工作情况', ${period.dueOn}::date, false
    from teams t cross join (values ('monthly_report'), ('work_summary')) k(kind)
    where t.status = 'active' and abs(hashtext(t.id::text || k.kind)) % 10 <> 0`);
  await generateInspections(db, period);
  return { presence: presence.rowCount ?? 0, leave: leave.rowCount ?? 0, reports: reports.rowCount ?? 0 };
}

/**
 * One team in fifty checked on site mid-month: every member in post found, one in five absent;
 * each absence has its rectification order, open (deadline ahead, with its approval row waiting
 * for the team leader) or, for one in three, overdue with its notice of criticism.
 */
async function generateInspections(db: Db, period: DutyPeriod): Promise<void> {
  await db.execute(sql`
    with chosen as (
      select t.id as team_id, t.division_code, gen_random_uuid() as inspection_id from teams t
      where t.status = 'active' and abs(hashtext(t.id::text || 'inspect')) % 50 = 0),
    made as (
      insert into inspections (id, division_code, method, inspected_on, lead_unit, note)
      select inspection_id, division_code, 'on_site', ${period.from}::date + 14, '县纪委监委', '驻村工作队在岗情况抽查' from chosen)
    insert into inspection_findings (inspection_id, cadre_id, team_id, division_code, at_post, absence_reason)
    select c.inspection_id, m.cadre_id, m.team_id, m.division_code, s.absent is false, case when s.absent then 'absent' end
    from chosen c join team_members m on m.team_id = c.team_id and m.left_on is null
    cross join lateral (select abs(hashtext(m.cadre_id::text || 'absent')) % 5 = 0 as absent) s`);
  await db.execute(sql`
    insert into rectifications (finding_id, inspection_id, cadre_id, team_id, division_code, requirement, deadline, state)
    select f.id, f.inspection_id, f.cadre_id, f.team_id, f.division_code, '立即返岗，书面说明脱岗原因',
      case when abs(hashtext(f.cadre_id::text || 'overdue')) % 3 = 0 then ${period.to}::date else current_date + 10 end,
      case when abs(hashtext(f.cadre_id::text || 'overdue')) % 3 = 0 then 'overdue' else 'open' end
    from inspection_findings f where not f.at_post`);
  await db.execute(sql`
    insert into workflow_instances (kind, subject_id, state, title, division_code, assignee_role, applicant_cadre_id, due_at, link)
    select 'rectification', r.id, 'open', '限期整改：抽查脱岗', r.division_code, 'team_leader', r.cadre_id, r.deadline::timestamptz, '/inspections/rectifications/' || r.id
    from rectifications r where r.state = 'open'`);
  await db.execute(sql`
    update rectifications r set workflow_id = w.id from workflow_instances w where w.kind = 'rectification' and w.subject_id = r.id`);
  await db.execute(sql`
    insert into criticisms (rectification_id, cadre_id, team_id, division_code, issued_on, year, content)
    select r.id, r.cadre_id, r.team_id, r.division_code, r.deadline + 1, extract(year from r.deadline + 1)::int, '逾期未整改，予以通报批评'
    from rectifications r where r.state = 'overdue'`);
}
