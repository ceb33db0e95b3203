import { and, eq, inArray, ne } from 'drizzle-orm';
import { createNotice, issueNotice } from '../../server/modules/notices/notices.service.ts';
import { noticeRecipients, notices } from '../../server/modules/notices/index.ts';
import { findActiveTeamOfCadre } from '../../server/modules/teams/index.ts';
import type { DemoWorld } from './demo-world.ts';
import { addDays } from './demo-world.ts';

const HUIZE = '530326000000';

/** Three notices of this quarter, oldest first; `unreadTeams` of each stay unread (拖车村's team misses the last). */
const NOTICES: { title: string; body: string; share: number; unreadTeams: number; tuocheReads: boolean }[] = [
  {
    title: '关于开展驻村工作队员季度在岗情况自查的通知',
    body: '各驻村工作队：\n\n为落实驻村工作管理要求，请各工作队对照在岗登记、请销假记录开展自查，如实填报本季度驻村天数和离岗事由。\n\n自查情况请于本月底前在系统中完成登记。\n\n会泽县委组织部',
    share: 0.1,
    unreadTeams: 0,
    tuocheReads: true,
  },
  {
    title: '关于做好防返贫监测户走访核查工作的通知',
    body: '各驻村工作队：\n\n请结合入户走访，对本村防返贫监测户的收入、“两不愁三保障”及饮水安全情况逐户核查，发现风险及时上报乡镇党委。\n\n走访记录请同步录入系统。\n\n会泽县委组织部',
    share: 0.5,
    unreadTeams: 2,
    tuocheReads: true,
  },
  {
    title: '关于报送第一书记年度述职材料的通知',
    body: '各驻村工作队：\n\n年度考核即将开始，请第一书记围绕抓党建促脱贫、为民办事服务、工作台账和承诺兑现情况撰写述职材料，字数不超过3000字。\n\n请于下月10日前报送乡镇党委汇总。\n\n会泽县委组织部',
    share: 0.9,
    unreadTeams: -1,
    tuocheReads: false,
  },
];

function quarterStart(day: string): string {
  const month = Number(day.slice(5, 7));
  const first = Math.floor((month - 1) / 3) * 3 + 1;
  return `${day.slice(0, 4)}-${String(first).padStart(2, '0')}-01`;
}

const at = (day: string, hour: number) => new Date(`${day}T${String(hour).padStart(2, '0')}:30:00+08:00`);

/**
 * 会泽县委组织部 issued three notices to its teams this quarter, through the notices service; the
 * teams' receipts are then dated as they came in. Most teams read them; 拖车村's team has not yet
 * read the latest. Written once.
 */
export async function seedNotices(world: DemoWorld): Promise<number> {
  const db = world.deps.db;
  const existing = await db
    .select({ id: notices.id })
    .from(notices)
    .where(and(eq(notices.divisionCode, HUIZE), inArray(notices.title, NOTICES.map((n) => n.title))));
  if (existing.length > 0) return 0;
  const sender = await world.as('huize-org');
  const reader = await world.as('tuoche-member');
  const tuoche = reader.principal.cadreId ? await findActiveTeamOfCadre(db, reader.principal.cadreId) : undefined;
  if (!tuoche) throw new Error('seedNotices: tuoche-member serves in no team; seed the teams first');
  const start = quarterStart(world.today);
  const span = Math.max(0, Math.round((Date.parse(world.today) - Date.parse(start)) / 86_400_000) - 1);
  let written = 0;
  for (const spec of NOTICES) {
    const draft = await createNotice(sender, { title: spec.title, body: spec.body, divisionCode: HUIZE });
    const issued = await issueNotice(sender, draft.id);
    const day = addDays(start, Math.floor(span * spec.share));
    await db.update(notices).set({ issuedAt: at(day, 9), createdAt: at(day, 8) }).where(eq(notices.id, draft.id));
    const others = await db
      .select({ teamId: noticeRecipients.teamId })
      .from(noticeRecipients)
      .where(and(eq(noticeRecipients.noticeId, draft.id), ne(noticeRecipients.teamId, tuoche.id)))
      .orderBy(noticeRecipients.divisionCode, noticeRecipients.teamId);
    const unread = spec.unreadTeams < 0 ? Math.ceil(others.length / 2) : spec.unreadTeams;
    const readers = others.slice(0, Math.max(0, others.length - unread)).map((r) => r.teamId);
    if (readers.length > 0) {
      await db
        .update(noticeRecipients)
        .set({ readAt: at(addDays(day, 1), 10) })
        .where(and(eq(noticeRecipients.noticeId, draft.id), inArray(noticeRecipients.teamId, readers)));
    }
    if (spec.tuocheReads) {
      await db
        .update(noticeRecipients)
        .set({ readAt: at(day, 15), readBy: reader.principal.accountId })
        .where(and(eq(noticeRecipients.noticeId, draft.id), eq(noticeRecipients.teamId, tuoche.id)));
    }
    written += 1 + issued.recipientCount;
  }
  return written;
}
