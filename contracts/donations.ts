import { z } from 'zod';
import { divisionCodeSchema, isoDate, listOf, pageQuery, sortOrder } from './common.ts';
import { parseMoney } from './money.ts';
import { donationForms, donorKinds } from './social-codes.ts';

export { donationForms, donorKinds, type DonationForm, type DonorKind } from './social-codes.ts';

const text = (label: string, max: number) => z.string().trim().min(1, { message: `请填写${label}` }).max(max, { message: `${label}不超过 ${max} 字` });
const optionalText = (label: string, max: number) =>
  z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), z.string().trim().max(max, { message: `${label}不超过 ${max} 字` }).optional());
const optionalUuid = (message: string) => z.preprocess((value) => (value === '' ? undefined : value), z.uuid({ message }).optional());

/** Money as a decimal string above zero: a donation worth nothing is not one. */
const positiveMoney = (label: string) =>
  z
    .string({ message: `请填写${label}` })
    .trim()
    .regex(/^\d{1,12}(\.\d{1,2})?$/, { message: `${label}应为不超过两位小数的金额`, abort: true })
    .refine((value) => (parseMoney(value) ?? 0) > 0, { message: `${label}应大于 0` });

const quantity = z.preprocess(
  (value) => (value === '' ? undefined : value),
  z
    .string()
    .trim()
    .regex(/^\d{1,12}(\.\d{1,2})?$/, { message: '数量应为不超过两位小数的数', abort: true })
    .refine((value) => (parseMoney(value) ?? 0) > 0, { message: '数量应大于 0' })
    .optional(),
);

/**
 * One gift: money, or goods with the value they are reckoned at (折价). The fields a form checks one
 * by one; the rules across fields (goods named for goods, the date, the project's village) are the server's.
 */
export const donationBody = z.object({
  donor: text('捐赠方', 100),
  donorKind: z.enum(donorKinds.codes, { message: '请选择捐赠方类型' }),
  form: z.enum(donationForms.codes, { message: '请选择捐款或捐物' }),
  value: positiveMoney('金额（折价）'),
  goods: optionalText('物资名称', 200),
  quantity,
  unit: optionalText('计量单位', 10),
  purpose: text('用途', 200),
  receivedOn: isoDate,
  divisionCode: divisionCodeSchema,
  projectId: optionalUuid('请选择项目'),
  arrangedByCadreId: optionalUuid('请选择联系人（干部）'),
  receiptNo: optionalText('收据编号', 50),
});
export type DonationBody = z.infer<typeof donationBody>;

/** A change names only what changes; null clears an optional field. */
export const donationPatchBody = z.object({
  donor: donationBody.shape.donor.optional(),
  donorKind: donationBody.shape.donorKind.optional(),
  form: donationBody.shape.form.optional(),
  value: donationBody.shape.value.optional(),
  goods: donationBody.shape.goods.nullable(),
  quantity: donationBody.shape.quantity.nullable(),
  unit: donationBody.shape.unit.nullable(),
  purpose: donationBody.shape.purpose.optional(),
  receivedOn: isoDate.optional(),
  divisionCode: divisionCodeSchema.optional(),
  projectId: donationBody.shape.projectId.nullable(),
  arrangedByCadreId: donationBody.shape.arrangedByCadreId.nullable(),
  receiptNo: donationBody.shape.receiptNo.nullable(),
});
export type DonationPatchBody = z.infer<typeof donationPatchBody>;

const year = z.coerce.number({ message: '年度应为整数' }).int({ message: '年度应为整数' }).min(2000, { message: '年度不早于 2000 年' }).max(2100, { message: '年度不晚于 2100 年' });

export const donationListQuery = pageQuery.extend({
  divisionCode: divisionCodeSchema.optional(),
  projectId: z.uuid({ message: '编号格式不正确' }).optional(),
  donorKind: z.enum(donorKinds.codes).optional(),
  form: z.enum(donationForms.codes).optional(),
  year: year.optional(),
  /** Part of the donor's name. */
  q: z.string().trim().max(50).optional(),
  sort: z.enum(['receivedOn', 'value']).default('receivedOn'),
  order: sortOrder.default('desc'),
});
export type DonationListQuery = z.infer<typeof donationListQuery>;
export const donationExportQuery = donationListQuery.omit({ page: true, pageSize: true });
export type DonationExportQuery = z.infer<typeof donationExportQuery>;

export const donationListItem = z.object({
  id: z.string(),
  divisionCode: z.string(),
  villageName: z.string().nullable(),
  projectId: z.string().nullable(),
  projectName: z.string().nullable(),
  donor: z.string(),
  donorKind: z.enum(donorKinds.codes),
  form: z.enum(donationForms.codes),
  value: z.string(),
  goods: z.string().nullable(),
  quantity: z.string().nullable(),
  unit: z.string().nullable(),
  purpose: z.string(),
  receivedOn: z.string(),
  arrangedByCadreId: z.string().nullable(),
  arrangedByName: z.string().nullable(),
  receiptNo: z.string().nullable(),
  createdAt: z.string(),
});
export type DonationListItem = z.infer<typeof donationListItem>;

/** Money given, goods reckoned at their value, and both together, to the cent; the number of gifts and of distinct donors. */
export const donationFigures = z.object({
  money: z.string(),
  goods: z.string(),
  total: z.string(),
  count: z.number().int(),
  donors: z.number().int(),
});
export type DonationFigures = z.infer<typeof donationFigures>;

/** The page, and the totals of every donation the filters match (not only the page's). */
export const donationList = listOf(donationListItem).extend({ totals: donationFigures });
export type DonationList = z.infer<typeof donationList>;

export const donationView = donationListItem.extend({
  /** Deleting is the recorder's, within DONATION_DELETE_DAYS of recording; editing any keeper's in scope. */
  abilities: z.object({ update: z.boolean(), delete: z.boolean() }),
});
export type DonationView = z.infer<typeof donationView>;

export const DONATION_DELETE_DAYS = 7;

/** The region (default the caller's own) and the year of receipt (default all years). */
export const donationSummaryQuery = z.object({ divisionCode: divisionCodeSchema.optional(), year: year.optional() });
export type DonationSummaryQuery = z.infer<typeof donationSummaryQuery>;

export const donationSummaryRow = donationFigures.extend({
  divisionCode: z.string(),
  name: z.string(),
  /** Donations recorded on the region itself rather than on one of its children. */
  own: z.boolean(),
  drillable: z.boolean(),
});
export type DonationSummaryRow = z.infer<typeof donationSummaryRow>;

export const donationSummary = z.object({
  divisionCode: z.string(),
  name: z.string(),
  year: z.number().int().nullable(),
  path: z.array(z.object({ code: z.string(), name: z.string() })),
  rows: z.array(donationSummaryRow),
  byKind: z.array(donationFigures.extend({ donorKind: z.enum(donorKinds.codes) })),
  total: donationFigures,
});
export type DonationSummary = z.infer<typeof donationSummary>;
