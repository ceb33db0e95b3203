import type { ProjectSpec, SourceSpec, UnitProjectSpecs } from './project-specs.ts';

const CANGXI_FUNDS = '苍溪县财政局（统筹整合财政涉农资金）';
const DONGXI = '东溪镇人民政府';
const unitShare = (weight: number): SourceSpec => ({ kind: 'unit', weight });
const fiscal = (funder: string, weight: number): SourceSpec => ({ kind: 'fiscal', funder, weight });
const townshipOf = (village: string) => (village === '楼门村' ? '三川镇人民政府' : village === '金谷村' ? '白鹤乡人民政府' : DONGXI);

const road = (village: string, km: number, on: string, households: number): ProjectSpec => ({
  name: `${village}村组道路硬化`, villages: [village], category: 'road', responsibleEntity: townshipOf(village), budget: Math.round(km * 400_000),
  state: 'handed_over', start: { on }, days: 180,
  sources: [fiscal('苍溪县交通运输局（农村公路建设补助）', 60), fiscal(CANGXI_FUNDS, 35), unitShare(5)],
  outputs: [{ kind: 'road_km', planned: km }],
  households, persons: households * 3, description: `村组道路水泥硬化${km}公里`, payee: '苍溪县嘉陵路桥工程有限公司',
});

const garden = (name: string, village: string, budget: number, incomeUp: number, on: string, description: string, payee: string, beneficiaries?: ProjectSpec['beneficiaries']): ProjectSpec => ({
  name, villages: [village], category: 'industry', responsibleEntity: DONGXI, budget, state: 'handed_over', start: { on }, days: 240, ...(beneficiaries ? { beneficiaries } : {}),
  sources: [unitShare(40), fiscal('苍溪县财政局（产业扶持资金）', 45), { kind: 'enterprise', funder: '苍溪县东溪果业发展有限公司', weight: 15 }],
  outputs: [{ kind: 'households_income_up', planned: incomeUp }],
  households: incomeUp, persons: incomeUp * 3, description, payee,
});

/**
 * [004]: in 英明、北岸、马蹄、楼门、金谷 more than 50 km of village roads were hardened, 64 poor households'
 * houses rebuilt (relocation, D-grade repair, land linkage) and 76 households earn more; each of the
 * four party members of the team built a demonstration garden.
 */
const cangxiProjects: ProjectSpec[] = [
  road('英明村', 11.2, '2019-04-20', 420),
  road('北岸村', 9.8, '2019-05-10', 380),
  road('马蹄村', 10.6, '2019-06-01', 612),
  road('楼门村', 8.9, '2019-09-15', 350),
  road('金谷村', 9.8, '2019-10-08', 540),
  {
    name: '金谷村易地扶贫搬迁集中安置点', villages: ['金谷村'], category: 'relocation', responsibleEntity: '白鹤乡人民政府', budget: 2_200_000,
    state: 'handed_over', start: { on: '2019-03-01' }, days: 270,
    sources: [fiscal('四川省易地扶贫搬迁资金', 85), fiscal(CANGXI_FUNDS, 15)],
    outputs: [{ kind: 'houses_rebuilt', planned: 22 }],
    households: 22, persons: 81, description: '22户贫困户易地扶贫搬迁集中安置', payee: '苍溪县白鹤建筑工程有限公司',
  },
  {
    name: '五村D级危房改造', villages: ['英明村', '北岸村', '马蹄村', '楼门村', '金谷村'], category: 'housing', responsibleEntity: '苍溪县住房和城乡建设局', budget: 1_050_000,
    state: 'accepted', start: { on: '2019-04-01' }, days: 240,
    sources: [fiscal('苍溪县住房和城乡建设局（农村危房改造补助）', 90), unitShare(10)],
    outputs: [{ kind: 'houses_rebuilt', planned: 30 }],
    households: 30, persons: 96, description: '30户D级危房拆除重建', payee: '苍溪县白鹤建筑工程有限公司',
  },
  {
    name: '楼门村城乡建设用地增减挂钩项目', villages: ['楼门村'], category: 'land_consolidation', responsibleEntity: '苍溪县自然资源局', budget: 1_380_000,
    state: 'accepted', start: { on: '2019-05-15' }, days: 300,
    sources: [fiscal('苍溪县增减挂钩节余指标收益', 100)],
    outputs: [{ kind: 'houses_rebuilt', planned: 12 }, { kind: 'land_mu', planned: 36 }],
    households: 12, persons: 41, description: '拆旧复垦36亩，12户贫困户建新安置', payee: '苍溪县白鹤建筑工程有限公司',
  },
  garden('龙神塘村集体经济园', '英明村', 240_000, 20, '2019-04-15', '第一书记杨树鸿牵头，施肥除草和管护；集体经济当年增收1万多元，收益分配贫困户', '苍溪县英明村股份经济合作社'),
  garden('英明村中药材示范园', '英明村', 160_000, 14, '2019-04-25', '梁仕勇示范帮扶，带动10多户贫困户种植中药材', '苍溪县英明村中药材种植专业合作社', { householders: ['杨正华'], measure: '跟种中药材%' }),
  garden('英明村葡萄示范园', '英明村', 120_000, 12, '2019-05-05', '赵建军示范帮扶，缺劳户管护葡萄园', '苍溪县英明村葡萄种植专业合作社', { householders: ['邹容邦'] }),
  garden('马蹄村红心猕猴桃示范园', '马蹄村', 360_000, 30, '2019-03-20', '红心猕猴桃标准化种植，订单收购', '苍溪县马蹄村猕猴桃专业合作社'),
];

const GAOZHOU_FUNDS = '高州市财政局（统筹整合财政涉农资金）';

/**
 * 长流村 of 省法院's team ([000], 李晓奋): a finished road and a running industry project for the
 * village's pages; its water supply project goes through the approvals instead.
 */
const changliuProjects: ProjectSpec[] = [
  {
    name: '长流村党群服务中心修缮', villages: ['长流村'], category: 'party_facilities', responsibleEntity: '新垌镇人民政府', budget: 420_000,
    state: 'handed_over', start: { on: '2017-03-01' }, days: 120,
    sources: [unitShare(70), fiscal(GAOZHOU_FUNDS, 30)], outputs: [{ kind: 'buildings', planned: 1 }],
    households: 0, persons: 0, description: '村级活动场所修缮和党员活动室', payee: '高州市新垌建筑工程有限公司',
  },
  {
    name: '长流村主干道修复工程', villages: ['长流村'], category: 'road', responsibleEntity: '新垌镇人民政府', budget: 1_286_400,
    state: 'accepted', start: { daysAgo: 300 }, days: 150,
    sources: [fiscal(GAOZHOU_FUNDS, 60), unitShare(40)], outputs: [{ kind: 'road_km', planned: 4.6 }],
    households: 512, persons: 2130, description: '水毁路段修复和路面加宽4.6公里', payee: '高州市新垌建筑工程有限公司',
  },
  {
    name: '长流村荔枝标准化种植示范基地', villages: ['长流村'], category: 'industry', responsibleEntity: '新垌镇人民政府', budget: 680_000,
    state: 'in_progress', start: { daysAgo: 75 }, days: 365,
    sources: [unitShare(44), { kind: 'enterprise', funder: '高州市新芝泰农业科技有限公司', weight: 30 }, fiscal(GAOZHOU_FUNDS, 26)],
    outputs: [{ kind: 'households_income_up', planned: 35 }, { kind: 'irrigated_mu', planned: 300 }],
    households: 35, persons: 128, description: '荔枝低产园改造、水肥一体化和统一收购', payee: '高州市长流村荔枝种植专业合作社',
  },
];

export const otherProjects: UnitProjectSpecs[] = [
  { unit: '苍溪县应急管理局', documentPrefix: '苍财农', projects: cangxiProjects },
  { unit: '广东省高级人民法院', documentPrefix: '高财农', projects: changliuProjects },
];
