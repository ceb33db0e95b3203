import type { StoredFileMeta } from '../../platform/files/files.ts';
import type { VisitPhotoView, VisitView } from '../../../contracts/visits.ts';
import type { VisitListRow } from './visits.repository.ts';

export function presentPhoto(file: StoredFileMeta): VisitPhotoView {
  return { id: file.id, fileName: file.fileName, mimeType: file.mimeType, size: file.size, createdAt: file.createdAt.toISOString() };
}

export function presentVisit(row: VisitListRow, photos: readonly StoredFileMeta[], abilities: VisitView['abilities']): VisitView {
  return {
    id: row.id,
    householdId: row.householdId,
    householdCode: row.householdCode,
    householderName: row.householderName,
    divisionCode: row.divisionCode,
    villageName: row.villageName,
    cadreId: row.cadreId,
    cadreName: row.cadreName,
    visitedOn: row.visitedOn,
    findings: row.findings,
    followUp: row.followUp,
    followUpDone: row.followUpDone,
    photos: photos.map(presentPhoto),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    abilities,
  };
}
