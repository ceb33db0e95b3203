import type {
  ArchiveCategory,
  ArchiveFileList,
  ArchiveFileView,
  HandbookView,
  HouseholdLinkState,
  HouseholdLinkView,
  PublicHouseholdView,
} from '../../../contracts/household-archives.ts';
import { api } from '../../platform/api.ts';

/** The first element of every query key here; writes invalidate it. */
export const archivesKey = 'household-archives';

const householdUrl = (id: string) => `/api/households/${encodeURIComponent(id)}`;
const fileUrl = (id: string, fileId: string) => `${householdUrl(id)}/files/${encodeURIComponent(fileId)}`;

export const archivesApi = {
  files: (id: string) => api.get<ArchiveFileList>(`${householdUrl(id)}/files`),
  upload: (id: string, category: ArchiveCategory, file: File) => api.upload<ArchiveFileView>(`${householdUrl(id)}/files`, file, { category }),
  download: (id: string, fileId: string) => api.download(fileUrl(id, fileId)),
  remove: (id: string, fileId: string) => api.del<void>(fileUrl(id, fileId)),
  links: (id: string) => api.get<HouseholdLinkState>(`${householdUrl(id)}/links`),
  createLink: (id: string) => api.post<HouseholdLinkView>(`${householdUrl(id)}/links`),
  revokeLink: (id: string, linkId: string) => api.post<HouseholdLinkView>(`${householdUrl(id)}/links/${encodeURIComponent(linkId)}/revoke`),
  handbook: (id: string) => api.get<HandbookView>(`${householdUrl(id)}/handbook`),
  publicHousehold: (token: string) => api.get<PublicHouseholdView>(`/api/public/households/${encodeURIComponent(token)}`),
};

/** Where the printed code points: the public page of this site. */
export function publicPageUrl(origin: string, token: string): string {
  return `${origin}/q/${encodeURIComponent(token)}`;
}
