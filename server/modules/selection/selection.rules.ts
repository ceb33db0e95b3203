import type { FieldError } from '../../platform/errors/app-error.ts';
import { specialityLabels, type SpecialityCode } from '../../../contracts/cadres.ts';
import type { NominationActionBody, NominationStateCode, SlotStatusCode } from '../../../contracts/selection.ts';

/** What a slot shows once its latest nomination is in this state. */
export function slotStatusFor(state: NominationStateCode): SlotStatusCode {
  switch (state) {
    case 'nominated':
    case 'approved':
    case 'training':
      return 'nominated';
    case 'dispatched':
    case 'in_post':
      return 'filled';
    case 'ended':
      return 'closed';
    default:
      // Rejected, withdrawn or recalled: the unit nominates again (不符重报 / 重派).
      return 'open';
  }
}

/** Only an open slot takes a nomination; one candidate at a time. */
export function mayNominateOn(status: SlotStatusCode): boolean {
  return status === 'open';
}

/** The fields a step needs beyond the workflow's own reason check. */
export function checkActionFields(body: NominationActionBody, facts: { effectiveDate: string | null }): FieldError[] {
  if (body.action === 'dispatch' && !body.effectiveDate) return [{ path: 'effectiveDate', message: '请填写派驻生效日期' }];
  if ((body.action === 'recall' || body.action === 'end_term') && body.effectiveDate && facts.effectiveDate && body.effectiveDate < facts.effectiveDate) {
    return [{ path: 'effectiveDate', message: '离岗日期不能早于派驻日期' }];
  }
  if (body.action === 'approve' && !body.vetting) return [{ path: 'vetting', message: '请填写入口关审核意见（政治素质、工作作风、能力水平、身体状况）' }];
  if (body.action === 'approve' && body.vetting && !Object.values(body.vetting).some(Boolean)) {
    return [{ path: 'vetting', message: '请至少填写一项入口关审核意见' }];
  }
  return [];
}

export function checkSlotTerm(termStart: string | null | undefined, termEnd: string | null | undefined, nominateBy: string | null | undefined): FieldError[] {
  const errors: FieldError[] = [];
  if (termStart && termEnd && termEnd < termStart) errors.push({ path: 'termEnd', message: '任期结束日期不能早于开始日期' });
  if (nominateBy && termStart && nominateBy > termStart) errors.push({ path: 'nominateBy', message: '推荐截止日期不能晚于任期开始日期' });
  return errors;
}

// 因村派人: which needs of a village each speciality answers. Matched as substrings of the
// village profile's words ("蔬菜种植" contains "种植"), so the table stays short and readable.
export const specialityNeeds: Record<SpecialityCode, readonly string[]> = {
  agriculture: ['种植', '农业', '产业', '蔬菜', '果', '茶', '烤烟', '烟叶', '粮', '玉米', '稻', '薯', '中药材', '魔芋', '葡萄', '猕猴桃', '荔枝', '龙眼', '香蕉', '雪梨'],
  animal_husbandry: ['养殖', '畜牧', '牛', '羊', '猪', '鸡', '禽', '蜂'],
  forestry: ['林', '核桃', '花椒', '沉香', '生态', '造林'],
  water: ['饮水', '水利', '灌溉', '水窖', '水源', '水库'],
  engineering: ['道路', '公路', '硬化', '饮水', '灌溉', '住房', '危房', '危旧房', '建设', '桥', '电', '地质灾害', '土地整治', '垃圾'],
  health: ['卫生', '医疗', '健康', '因病'],
  law: ['矛盾纠纷', '纠纷', '法治', '调解', '治安', '信访'],
  finance: ['集体经济', '资金', '金融', '信贷', '合作社', '收入'],
  education: ['教育', '学校', '控辍', '幼儿园', '因学'],
  ecommerce: ['电商', '销售', '物流', '网销', '品牌', '市场'],
  tourism: ['旅游', '民宿', '文化', '古镇'],
  party_affairs: ['党建', '软弱涣散', '班子', '支部', '组织', '活动场所'],
  other: [],
};

export type VillageNeeds = {
  mainIndustries: readonly string[];
  infrastructureGaps: readonly string[];
  /** The profile's free text, where a county writes the village's classification (软弱涣散, 重点帮扶…). */
  note: string | null;
  /** Yuan per year; a weak collective economy (空壳村) asks for finance. */
  collectiveIncome: number | null;
};

export type UnitType = 'central' | 'provincial' | 'city' | 'county' | 'township' | 'soe' | 'university' | 'private' | 'other';

export type Candidate = {
  specialities: readonly SpecialityCode[];
  unit: { name: string; type: UnitType } | null;
  /** His unit already serves in this village's township (or the village itself). */
  unitServesNearby: boolean;
};

export type Fit = { score: number; reasons: string[] };

const weights = { industry: 30, gap: 25, classification: 20, weakEconomy: 15, nearby: 10 } as const;
const unitWeights: Partial<Record<UnitType, { score: number; text: string }>> = {
  central: { score: 12, text: '中央单位，帮扶资源较多' },
  provincial: { score: 10, text: '省级单位，帮扶资源较多' },
  soe: { score: 10, text: '国有企业，可带来资金和市场' },
  university: { score: 8, text: '高校科研院所，可带来技术' },
  city: { score: 6, text: '市级单位' },
  county: { score: 4, text: '县级单位，熟悉本地情况' },
};
/** Below this yearly income (yuan) a village's collective economy counts as weak. */
export const weakEconomyBelow = 50_000;

function matches(speciality: SpecialityCode, word: string): boolean {
  return specialityNeeds[speciality].some((key) => word.includes(key));
}

/**
 * How well a cadre fits a village, and why, in words a clerk can check: each speciality counts
 * once for the best need it answers; the unit's kind and its presence nearby add to it.
 */
export function scoreFit(candidate: Candidate, village: VillageNeeds): Fit {
  let score = 0;
  const reasons: string[] = [];
  for (const speciality of new Set(candidate.specialities)) {
    const label = specialityLabels[speciality].zh;
    const industry = village.mainIndustries.find((w) => matches(speciality, w));
    const gap = village.infrastructureGaps.find((w) => matches(speciality, w));
    const classification = village.note ? specialityNeeds[speciality].find((key) => village.note!.includes(key)) : undefined;
    if (industry) {
      score += weights.industry;
      reasons.push(`专长「${label}」对应本村主导产业「${industry}」`);
    } else if (gap) {
      score += weights.gap;
      reasons.push(`专长「${label}」对应本村基础设施短板「${gap}」`);
    } else if (classification) {
      score += weights.classification;
      reasons.push(`专长「${label}」对应本村情况「${classification}」`);
    } else if (speciality === 'finance' && village.collectiveIncome !== null && village.collectiveIncome < weakEconomyBelow) {
      score += weights.weakEconomy;
      reasons.push(`专长「${label}」可助力薄弱的村集体经济（年收入 ${(village.collectiveIncome / 10_000).toFixed(1)} 万元）`);
    }
  }
  const unit = candidate.unit ? unitWeights[candidate.unit.type] : undefined;
  if (candidate.unit && unit) {
    score += unit.score;
    reasons.push(`派出单位「${candidate.unit.name}」为${unit.text}`);
  }
  if (candidate.unitServesNearby && candidate.unit) {
    score += weights.nearby;
    reasons.push(`派出单位「${candidate.unit.name}」已在本乡镇帮扶，便于协同`);
  }
  return { score: Math.min(score, 100), reasons };
}

/** Best fit first; ties by name so the order does not change between two looks. */
export function rankByFit<T extends { fit: Fit; name: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => b.fit.score - a.fit.score || a.name.localeCompare(b.name, 'zh-CN'));
}
