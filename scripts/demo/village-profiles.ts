import type { PlanVillageProfile } from './demo-model.ts';
import type { SeededRandom } from './random.ts';

type Area = { latitude: number; longitude: number; spread: number; industries: readonly string[] };

// Rough centres of the seed counties and what their villages live on.
export const areas = {
  gaozhou: { latitude: 21.92, longitude: 110.85, spread: 0.25, industries: ['荔枝', '龙眼', '香蕉', '水稻', '生猪养殖', '火龙果'] },
  dianbai: { latitude: 21.51, longitude: 111.01, spread: 0.25, industries: ['水稻', '沉香', '对虾养殖', '番薯', '荔枝', '近海捕捞'] },
  maonan: { latitude: 21.64, longitude: 110.92, spread: 0.1, industries: ['水稻', '蔬菜', '罗非鱼养殖', '荔枝'] },
  cangxi: { latitude: 31.73, longitude: 105.93, spread: 0.25, industries: ['红心猕猴桃', '中药材', '生猪养殖', '雪梨', '水稻', '葡萄'] },
  huize: { latitude: 26.42, longitude: 103.3, spread: 0.35, industries: ['马铃薯', '玉米', '烤烟', '魔芋', '中药材', '肉牛养殖', '山羊养殖', '核桃', '苹果'] },
} satisfies Record<string, Area>;

const GAPS = ['村组道路未硬化', '饮水不安全', '灌溉设施缺乏', '危旧房待改造', '无村级活动场所', '电网老化', '通信信号弱', '无卫生室', '无垃圾处理设施', '地质灾害隐患'];

/** Plausible 村情 for a village of the area: a mountain village of 会泽 is poorer and larger than one of 高州. */
export function makeProfile(random: SeededRandom, divisionCode: string, area: Area, note: string | null = null): PlanVillageProfile {
  const households = random.int(380, 1400);
  const perHousehold = 3.2 + random.next() * 1.1;
  const industries = random.shuffle(area.industries).slice(0, random.int(2, 3));
  return {
    divisionCode,
    population: Math.round(households * perHousehold),
    households,
    poorHouseholds: Math.round(households * (0.06 + random.next() * 0.22)),
    collectiveIncome: (random.int(0, 80) * 1000 + random.int(0, 99) * 10).toFixed(2),
    mainIndustries: industries,
    infrastructureGaps: random.shuffle(GAPS).slice(0, random.int(1, 3)),
    latitude: Number((area.latitude + (random.next() - 0.5) * area.spread).toFixed(5)),
    longitude: Number((area.longitude + (random.next() - 0.5) * area.spread).toFixed(5)),
    note,
  };
}

/** The seed villages, where the reports give figures or a clear picture; the rest are drawn by makeProfile. */
export const seedProfiles: Record<string, Omit<PlanVillageProfile, 'divisionCode'>> = {
  // [000] 高州市新垌镇长流村: 广东省高级人民法院's village.
  '440981101207': { population: 3860, households: 912, poorHouseholds: 126, collectiveIncome: '28000.00', mainIndustries: ['荔枝', '龙眼', '水稻'], infrastructureGaps: ['村组道路未硬化', '灌溉设施缺乏', '无村级活动场所'], latitude: 22.05321, longitude: 110.98674, note: '省直中直定点帮扶相对贫困村' },
  '440904119209': { population: 4215, households: 1030, poorHouseholds: 138, collectiveIncome: '35000.00', mainIndustries: ['水稻', '沉香', '番薯'], infrastructureGaps: ['饮水不安全', '村组道路未硬化'], latitude: 21.70412, longitude: 111.12755, note: '省航海学院帮扶' },
  '440902108204': { population: 3380, households: 820, poorHouseholds: 102, collectiveIncome: '30000.00', mainIndustries: ['水稻', '蔬菜', '罗非鱼养殖'], infrastructureGaps: ['灌溉设施缺乏', '无垃圾处理设施'], latitude: 21.71856, longitude: 110.97433, note: '种子报道称电白区罗浮村；国家区划代码中罗浮村属茂南区羊角镇' },
  // [003] 会泽: the villages the report names.
  '530326206208': { population: 2860, households: 716, poorHouseholds: 212, collectiveIncome: '12000.00', mainIndustries: ['烤烟', '马铃薯', '玉米'], infrastructureGaps: ['村组道路未硬化', '饮水不安全'], latitude: 26.21533, longitude: 103.52641, note: '会泽卷烟厂挂包，村组道路、饮水工程、村容村貌整治' },
  '530326206213': { population: 2410, households: 598, poorHouseholds: 187, collectiveIncome: '8000.00', mainIndustries: ['烤烟', '玉米'], infrastructureGaps: ['村组道路未硬化', '危旧房待改造'], latitude: 26.19877, longitude: 103.50912, note: '会泽卷烟厂挂包' },
  '530326207216': { population: 3125, households: 770, poorHouseholds: 241, collectiveIncome: '6000.00', mainIndustries: ['马铃薯', '玉米', '山羊养殖'], infrastructureGaps: ['饮水不安全', '灌溉设施缺乏'], latitude: 26.32458, longitude: 103.60137, note: '会泽卷烟厂挂包' },
  '530326210208': { population: 2684, households: 655, poorHouseholds: 203, collectiveIncome: '5000.00', mainIndustries: ['马铃薯', '魔芋'], infrastructureGaps: ['村组道路未硬化', '地质灾害隐患'], latitude: 26.66234, longitude: 103.41528, note: '会泽卷烟厂挂包' },
  // [003] 拖车村、落水村: 8 villager groups with 5,760 people benefited from 曲靖市中级人民法院's projects.
  '530326102204': { population: 3412, households: 846, poorHouseholds: 198, collectiveIncome: '40000.00', mainIndustries: ['蔬菜', '玉米', '肉牛养殖'], infrastructureGaps: ['无村级活动场所', '饮水不安全'], latitude: 26.55317, longitude: 103.18245, note: '曲靖市中级人民法院派驻：新建农贸市场、文化活动小广场、多功能室' },
  '530326102205': { population: 2968, households: 731, poorHouseholds: 176, collectiveIncome: '20000.00', mainIndustries: ['玉米', '核桃'], infrastructureGaps: ['灌溉设施缺乏', '村组道路未硬化'], latitude: 26.57102, longitude: 103.16419, note: '曲靖市中级人民法院派驻：修复人畜饮水及灌溉用水工程' },
  // [003] 矿山镇布卡、洒衣、扯落: land consolidation and relocation from the 矿山河 debris flows.
  '530326105202': { population: 3055, households: 762, poorHouseholds: 231, collectiveIncome: '10000.00', mainIndustries: ['马铃薯', '中药材'], infrastructureGaps: ['地质灾害隐患', '危旧房待改造'], latitude: 26.34125, longitude: 103.41876, note: '曲靖市国土资源局挂包：矿山河泥石流治理、地灾搬迁、土地整治' },
  '530326105209': { population: 2730, households: 688, poorHouseholds: 214, collectiveIncome: '7000.00', mainIndustries: ['玉米', '马铃薯'], infrastructureGaps: ['地质灾害隐患', '村组道路未硬化'], latitude: 26.32618, longitude: 103.43342, note: '曲靖市国土资源局挂包' },
  '530326105204': { population: 2512, households: 630, poorHouseholds: 198, collectiveIncome: '6000.00', mainIndustries: ['马铃薯', '山羊养殖'], infrastructureGaps: ['地质灾害隐患', '饮水不安全'], latitude: 26.35871, longitude: 103.44109, note: '曲靖市国土资源局挂包' },
  // [004] 苍溪县: 马蹄村 and 金谷村 carry national codes; 英明村、北岸村、楼门村 are local villages.
  '510824121217': { population: 1980, households: 612, poorHouseholds: 58, collectiveIncome: '15000.00', mainIndustries: ['红心猕猴桃', '中药材'], infrastructureGaps: ['村组道路未硬化'], latitude: 31.61852, longitude: 106.08411, note: '苍溪县应急管理局帮扶' },
  '510824208218': { population: 1745, households: 540, poorHouseholds: 49, collectiveIncome: '12000.00', mainIndustries: ['雪梨', '生猪养殖'], infrastructureGaps: ['危旧房待改造', '村组道路未硬化'], latitude: 31.87325, longitude: 105.76452, note: '苍溪县应急管理局帮扶' },
};

export const localVillageProfiles: Record<'英明村' | '北岸村' | '楼门村', Omit<PlanVillageProfile, 'divisionCode'>> = {
  英明村: { population: 2130, households: 668, poorHouseholds: 64, collectiveIncome: '18000.00', mainIndustries: ['中药材', '葡萄', '红心猕猴桃'], infrastructureGaps: ['村组道路未硬化'], latitude: 31.63518, longitude: 106.06275, note: '龙神塘村集体经济园由第一书记杨树鸿牵头打造，当年为集体经济增收1万多元' },
  北岸村: { population: 1876, households: 590, poorHouseholds: 55, collectiveIncome: '9000.00', mainIndustries: ['水稻', '生猪养殖'], infrastructureGaps: ['危旧房待改造'], latitude: 31.64702, longitude: 106.05133, note: '苍溪县应急管理局帮扶' },
  楼门村: { population: 1654, households: 523, poorHouseholds: 47, collectiveIncome: '8000.00', mainIndustries: ['红心猕猴桃', '水稻'], infrastructureGaps: ['村组道路未硬化', '饮水不安全'], latitude: 31.58164, longitude: 105.98127, note: '苍溪县应急管理局帮扶' },
};
