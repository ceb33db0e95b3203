import { z } from 'zod';
import type { Label } from './household-codes.ts';

/** 档案类别: what a household's document is, chosen at upload. */
export const archiveCategories = {
  codes: ['identity', 'income_proof', 'agreement', 'photo', 'appraisal', 'other'] as const,
  labels: {
    identity: { zh: '身份证明', en: 'Proof of identity' },
    income_proof: { zh: '收入证明', en: 'Proof of income' },
    agreement: { zh: '帮扶协议', en: 'Assistance agreement' },
    photo: { zh: '照片', en: 'Photo' },
    appraisal: { zh: '评议公示材料', en: 'Appraisal and notice records' },
    other: { zh: '其他', en: 'Other' },
  } satisfies Record<string, Label>,
};
export type ArchiveCategory = (typeof archiveCategories.codes)[number];
export const archiveCategory = z.enum(archiveCategories.codes, { message: '请选择档案类别' });

/** The same types the platform's file check admits; the upload control offers these. */
export const archiveExtensions = ['pdf', 'doc', 'docx', 'xls', 'xlsx', 'jpg', 'jpeg', 'png', 'txt'] as const;

export const householdFileParams = z.object({
  id: z.uuid({ message: '编号格式不正确' }),
  fileId: z.uuid({ message: '编号格式不正确' }),
});

export const archiveFileView = z.object({
  id: z.string(),
  category: archiveCategory,
  fileName: z.string(),
  mimeType: z.string(),
  size: z.number().int(),
  uploadedBy: z.string().nullable(),
  createdAt: z.string(),
});
export type ArchiveFileView = z.infer<typeof archiveFileView>;

/** The list carries the limits so the upload control can state them before a file is sent. */
export const archiveFileList = z.object({
  items: z.array(archiveFileView),
  total: z.number().int(),
  maxBytes: z.number().int(),
  extensions: z.array(z.string()),
  abilities: z.object({ upload: z.boolean(), remove: z.boolean() }),
});
export type ArchiveFileList = z.infer<typeof archiveFileList>;

export const householdLinkParams = z.object({
  id: z.uuid({ message: '编号格式不正确' }),
  linkId: z.uuid({ message: '编号格式不正确' }),
});

export const householdLinkView = z.object({
  id: z.string(),
  token: z.string(),
  active: z.boolean(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  revokedAt: z.string().nullable(),
  revokedBy: z.string().nullable(),
});
export type HouseholdLinkView = z.infer<typeof householdLinkView>;

/** The active link (at most one), every earlier one, and what the printed card shows beside the code. */
export const householdLinkState = z.object({
  active: householdLinkView.nullable(),
  history: z.array(householdLinkView),
  card: z.object({ village: z.string(), householderName: z.string() }),
  abilities: z.object({ manage: z.boolean() }),
});
export type HouseholdLinkState = z.infer<typeof householdLinkState>;

// Lax on purpose: a malformed token answers the same 404 as an unknown or revoked one.
export const publicTokenParam = z.object({ token: z.string().max(200) });

const codeLabel = z.object({ code: z.string(), label: z.string() });

/** What anyone holding the card may read: nothing that identifies a member of the household. */
export const publicHouseholdView = z.object({
  village: z.string(),
  householderName: z.string(),
  status: codeLabel,
  attribute: codeLabel,
  monitoringType: codeLabel.nullable(),
  /** This year and last, in Beijing time: the page shows both, even when one has no measure. */
  years: z.array(z.number().int()),
  cadres: z.array(z.object({ name: z.string(), unit: z.string().nullable(), position: z.string().nullable() })),
  measures: z.array(
    z.object({
      year: z.number().int(),
      category: codeLabel,
      content: z.string(),
      done: z.boolean(),
    }),
  ),
});
export type PublicHouseholdView = z.infer<typeof publicHouseholdView>;

export const handbookView = z.object({
  household: z.object({
    id: z.string(),
    code: z.string(),
    householderName: z.string(),
    address: z.string().nullable(),
    group: z.string().nullable(),
    phone: z.string().nullable(),
    attribute: codeLabel,
    status: codeLabel,
    mainCause: codeLabel.nullable(),
    secondaryCauses: z.array(codeLabel),
    monitoringType: codeLabel.nullable(),
    identifiedYear: z.number().int().nullable(),
    exitedYear: z.number().int().nullable(),
    housingGrade: codeLabel.nullable(),
    relocated: z.boolean(),
    relocationSite: z.string().nullable(),
  }),
  places: z.object({ county: z.string().nullable(), township: z.string().nullable(), village: z.string().nullable() }),
  members: z.array(
    z.object({
      name: z.string(),
      relation: codeLabel,
      gender: z.enum(['male', 'female']),
      birthDate: z.string(),
      idNumber: z.string(),
      health: codeLabel,
      labourAbility: codeLabel,
      schooling: codeLabel,
      workingAway: z.boolean(),
      workPlace: z.string().nullable(),
    }),
  ),
  incomes: z.array(
    z.object({
      year: z.number().int(),
      wage: z.number(),
      business: z.number(),
      property: z.number(),
      transfer: z.number(),
      total: z.number(),
      members: z.number().int(),
      perHead: z.number().nullable(),
    }),
  ),
  indicators: z.array(
    z.object({
      indicator: codeLabel,
      status: codeLabel,
      evidence: z.string().nullable(),
      verifier: z.string().nullable(),
      verifiedOn: z.string().nullable(),
    }),
  ),
  measureYears: z.array(
    z.object({
      year: z.number().int(),
      measures: z.array(
        z.object({
          id: z.string(),
          category: codeLabel,
          content: z.string(),
          amount: z.number().nullable(),
          responsible: z.string().nullable(),
          done: z.boolean(),
        }),
      ),
    }),
  ),
  cadres: z.array(z.object({ name: z.string(), unit: z.string().nullable(), position: z.string().nullable(), phone: z.string().nullable() })),
  printedOn: z.string(),
});
export type HandbookView = z.infer<typeof handbookView>;
