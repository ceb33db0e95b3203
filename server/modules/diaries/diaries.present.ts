import type { Principal } from '../../platform/access/permissions.ts';
import type { DiaryView } from '../../../contracts/diaries.ts';
import type { DiaryListRow } from './diaries.repository.ts';
import { mayUpdateDiary } from './diaries.policy.ts';

export function presentDiary(principal: Principal, row: DiaryListRow): DiaryView {
  return {
    id: row.id,
    cadreId: row.cadreId,
    cadreName: row.cadreName,
    divisionCode: row.divisionCode,
    villageName: row.villageName,
    entryDate: row.entryDate,
    content: row.content,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    abilities: { update: mayUpdateDiary(principal, row) },
  };
}
