import type { OrgLifeListItem, OrgLifePhotoView } from '../../../contracts/org-life.ts';
import type { StoredFileMeta } from '../../platform/files/files.ts';
import type { RecordListRow } from './org-life.repository.ts';

export function presentRecords(r: RecordListRow): OrgLifeListItem {
  return {
    id: r.id,
    partyOrgId: r.partyOrgId,
    partyOrgName: r.partyOrgName,
    divisionCode: r.divisionCode,
    kind: r.kind,
    heldOn: r.heldOn,
    topic: r.topic,
    place: r.place,
    tasks: r.tasks,
    attendeeCount: r.attendeeIds.length,
    absenteeCount: r.absentees.length,
    createdAt: r.createdAt.toISOString(),
  };
}

export function presentPhoto(file: StoredFileMeta): OrgLifePhotoView {
  return { id: file.id, fileName: file.fileName, mimeType: file.mimeType, size: file.size, createdAt: file.createdAt.toISOString() };
}
