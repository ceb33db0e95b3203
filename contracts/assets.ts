import { z } from 'zod';
import { divisionCodeSchema, isoDate, listOf, pageQuery, sortOrder } from './common.ts';
import { assetConditions, assetKinds } from './project-codes.ts';

const text = (label: string, max: number) => z.string().trim().min(1, { message: `请填写${label}` }).max(max, { message: `${label}不超过 ${max} 字` });
const optionalText = (label: string, max: number) => z.string().trim().max(max, { message: `${label}不超过 ${max} 字` }).optional();

/** Money travels as a decimal string ("1234.56"), never a float, so no cent is lost on the way. */
export const moneyText = (label: string) =>
  z
    .string({ message: `请填写${label}` })
    .trim()
    .regex(/^\d{1,12}(\.\d{1,2})?$/, { message: `${label}应为不超过两位小数的非负金额` });

const optionalUuid = z.preprocess((value) => (value === '' ? undefined : value), z.uuid({ message: '编号格式不正确' }).optional());

const assetFields = {
  projectId: optionalUuid,
  divisionCode: divisionCodeSchema,
  name: text('资产名称', 100),
  kind: z.enum(assetKinds.codes, { message: '请选择资产类别' }),
  owner: text('产权归属', 50),
  maintainer: text('管护主体', 50),
  value: moneyText('资产价值'),
  quantity: optionalText('数量规模', 50),
  handedOverOn: isoDate,
};

export const assetCreateBody = z.object({ ...assetFields, condition: z.enum(assetConditions.codes, { message: '请选择资产状况' }) });
export type AssetCreateBody = z.infer<typeof assetCreateBody>;

/** The condition is not edited here: it follows the latest check, so its history is kept. */
export const assetUpdateBody = z.object(assetFields);
export type AssetUpdateBody = z.infer<typeof assetUpdateBody>;

export const assetListQuery = pageQuery.extend({
  divisionCode: divisionCodeSchema.optional(),
  projectId: z.uuid({ message: '编号格式不正确' }).optional(),
  kind: z.enum(assetKinds.codes).optional(),
  condition: z.enum(assetConditions.codes).optional(),
  sort: z.enum(['handedOverOn', 'value', 'name']).default('handedOverOn'),
  order: sortOrder.default('desc'),
});
export type AssetListQuery = z.infer<typeof assetListQuery>;
export const assetExportQuery = assetListQuery.omit({ page: true, pageSize: true });
export type AssetExportQuery = z.infer<typeof assetExportQuery>;

export const assetListItem = z.object({
  id: z.string(),
  projectId: z.string().nullable(),
  projectName: z.string().nullable(),
  divisionCode: z.string(),
  villageName: z.string().nullable(),
  name: z.string(),
  kind: z.enum(assetKinds.codes),
  owner: z.string(),
  maintainer: z.string(),
  value: z.string(),
  quantity: z.string().nullable(),
  handedOverOn: z.string(),
  condition: z.enum(assetConditions.codes),
});
export type AssetListItem = z.infer<typeof assetListItem>;
export const assetList = listOf(assetListItem);
export type AssetList = z.infer<typeof assetList>;

export const assetCheckBody = z.object({
  checkedOn: isoDate,
  condition: z.enum(assetConditions.codes, { message: '请选择资产状况' }),
  note: optionalText('管护说明', 500),
  checkedBy: text('检查人', 50),
});
export type AssetCheckBody = z.infer<typeof assetCheckBody>;

export const assetCheck = z.object({
  id: z.string(),
  checkedOn: z.string(),
  condition: z.enum(assetConditions.codes),
  note: z.string().nullable(),
  checkedBy: z.string(),
});
export type AssetCheck = z.infer<typeof assetCheck>;

export const assetView = assetListItem.extend({
  /** Newest first. */
  checks: z.array(assetCheck),
  abilities: z.object({ update: z.boolean() }),
});
export type AssetView = z.infer<typeof assetView>;

export const shareCreateBody = z.object({
  householdId: z.uuid({ message: '请选择农户' }),
  cooperative: text('合作社（经营主体）', 100),
  projectId: optionalUuid,
  assetId: optionalUuid,
  amount: moneyText('入股金额'),
  units: z.coerce.number({ message: '股数应为整数' }).int({ message: '股数应为整数' }).min(1, { message: '股数至少为 1' }).max(1_000_000).optional(),
  since: isoDate,
});
export type ShareCreateBody = z.infer<typeof shareCreateBody>;

export const shareListQuery = pageQuery.extend({
  divisionCode: divisionCodeSchema.optional(),
  cooperative: z.string().trim().max(100).optional(),
  householdId: z.uuid({ message: '编号格式不正确' }).optional(),
  sort: z.enum(['cooperative', 'amount', 'since']).default('cooperative'),
  order: sortOrder.default('asc'),
});
export type ShareListQuery = z.infer<typeof shareListQuery>;
export const shareExportQuery = shareListQuery.omit({ page: true, pageSize: true });
export type ShareExportQuery = z.infer<typeof shareExportQuery>;

export const dividendItem = z.object({ id: z.string(), year: z.number().int(), amount: z.string(), paidOn: z.string() });
export type DividendItem = z.infer<typeof dividendItem>;

export const shareListItem = z.object({
  id: z.string(),
  householdId: z.string(),
  householderName: z.string().nullable(),
  divisionCode: z.string(),
  villageName: z.string().nullable(),
  cooperative: z.string(),
  projectId: z.string().nullable(),
  assetId: z.string().nullable(),
  amount: z.string(),
  units: z.number().int().nullable(),
  since: z.string(),
  until: z.string().nullable(),
  /** Every dividend the share has paid, summed. */
  dividendsTotal: z.string(),
  /** Newest year first. */
  dividends: z.array(dividendItem),
});
export type ShareListItem = z.infer<typeof shareListItem>;
export const shareList = listOf(shareListItem);
export type ShareList = z.infer<typeof shareList>;

export const dividendBody = z.object({
  year: z.coerce.number({ message: '请填写分红年度' }).int({ message: '分红年度应为整数' }).min(2000, { message: '分红年度不早于 2000 年' }).max(2100, { message: '分红年度不晚于 2100 年' }),
  amount: moneyText('分红金额'),
  paidOn: isoDate,
});
export type DividendBody = z.infer<typeof dividendBody>;

export const shareSummaryQuery = z.object({
  divisionCode: divisionCodeSchema.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});
export type ShareSummaryQuery = z.infer<typeof shareSummaryQuery>;

export const shareSummary = z.object({
  year: z.number().int(),
  items: z.array(
    z.object({
      cooperative: z.string(),
      households: z.number().int(),
      shareCapital: z.string(),
      /** Paid for the summary's year. */
      dividendsPaid: z.string(),
    }),
  ),
});
export type ShareSummary = z.infer<typeof shareSummary>;
