import type { FamilySetting } from './household-members.ts';
import type { HouseholdVillage } from './household-plans.ts';

/** The villages the demo fills with households: the seeds' villages and those the demo teams serve around them. */
export const householdVillageCodes = {
  digutun: '520623205210',
  tuoche: '530326102204',
  luoshui: '530326102205',
  tobacco: '530326206208',
  land: '530326105202',
  changliu: '440981101207',
} as const;

/** How many households each village gets; 地古屯村's 123 are the cooperative's members ([001]). */
export const householdCounts: Record<string, number> = {
  [householdVillageCodes.digutun]: 123,
  [householdVillageCodes.tuoche]: 45,
  [householdVillageCodes.luoshui]: 28,
  [householdVillageCodes.tobacco]: 24,
  [householdVillageCodes.land]: 24,
  [householdVillageCodes.changliu]: 28,
};
export const yingmingCount = 30;
export const secondGaozhouCount = 22;

type CountySetting = Pick<HouseholdVillage, 'industries' | 'groups' | 'relocationSite'> & { family: FamilySetting };

/** What the people of each seed county live on and where they go to work. */
export const countySettings: Record<string, CountySetting> = {
  '530326': {
    family: {
      county: '530326',
      region: 'yunnan',
      ethnicities: [['汉族', 0.9], ['彝族', 0.05], ['回族', 0.04], ['苗族', 0.01]],
      workPlaces: ['广东东莞', '浙江宁波', '江苏昆山', '云南昆明', '福建晋江', '浙江义乌'],
    },
    industries: [['种植马铃薯', 1500], ['养殖肉牛（能繁母牛一头）', 5000], ['种植烤烟', 3000], ['种植中药材（重楼）', 2000], ['种植核桃', 1200], ['养殖生猪', 1500], ['种植魔芋', 1800]],
    groups: 8,
    relocationSite: '会泽县钟屏街道易地扶贫搬迁安置区',
  },
  '440981': {
    family: { county: '440981', region: 'guangdong', ethnicities: [['汉族', 1]], workPlaces: ['广东广州', '广东深圳', '广东东莞', '广东佛山', '广东茂名'] },
    industries: [['种植荔枝', 2000], ['种植龙眼', 1500], ['种植香蕉', 1800], ['养殖生猪', 1500], ['种植化橘红', 2000]],
    groups: 10,
    relocationSite: null,
  },
  '510824': {
    family: { county: '510824', region: 'sichuan', ethnicities: [['汉族', 1]], workPlaces: ['广东东莞', '浙江宁波', '四川成都', '江苏苏州', '福建泉州'] },
    industries: [['种植红心猕猴桃', 2500], ['养殖生猪', 1500], ['种植雪梨', 1200], ['种植中药材', 2000]],
    groups: 6,
    relocationSite: '东溪镇易地扶贫搬迁集中安置点',
  },
  '520623': {
    family: {
      county: '520623',
      region: 'national',
      ethnicities: [['仡佬族', 0.45], ['汉族', 0.3], ['侗族', 0.2], ['苗族', 0.05]],
      workPlaces: ['浙江宁波', '浙江义乌', '广东东莞', '广东深圳', '贵州贵阳', '福建晋江'],
    },
    industries: [['石阡苔茶种植', 2000], ['中华蜂养殖', 3000]],
    groups: 6,
    relocationSite: '石阡县汤山街道易地扶贫搬迁安置点',
  },
};
