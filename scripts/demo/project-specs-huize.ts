import type { ProjectSpec, SourceSpec, UnitProjectSpecs } from './project-specs.ts';

const COUNTY_FUNDS = '会泽县财政局（统筹整合财政涉农资金）';
const KUANGSHAN = '矿山镇人民政府';
const LAND_BUREAU = '会泽县自然资源局';
const NAGU = '娜姑镇人民政府';
const LAND_VILLAGES = ['布卡村', '洒衣村', '扯落村'] as const;
const TOBACCO_VILLAGES = ['旁官地村', '水口村', '龙树村', '狮子村'] as const;

const unitShare = (weight: number): SourceSpec => ({ kind: 'unit', weight });
const fiscal = (funder: string, weight: number): SourceSpec => ({ kind: 'fiscal', funder, weight });

/**
 * [003]: 曲靖市国土资源局 brought 44,908,700 yuan into 布卡、洒衣、扯落 of 矿山镇 through 11 projects —
 * the 矿山河 debris flow, relocation away from geological hazards, land consolidation and more.
 */
const landProjects: ProjectSpec[] = [
  {
    name: '矿山河泥石流治理工程', villages: LAND_VILLAGES, category: 'geological_hazard', responsibleEntity: LAND_BUREAU, budget: 12_860_000,
    state: 'handed_over', start: { on: '2016-10-15' }, days: 400,
    sources: [fiscal('云南省地质灾害防治专项资金', 62), fiscal('曲靖市财政局（地质灾害治理补助）', 20), unitShare(18)],
    outputs: [{ kind: 'other', unit: '公里（治理河道）', planned: 6.8 }, { kind: 'people_served', planned: 4860 }],
    households: 1120, persons: 4860, description: '矿山河沿岸拦挡坝、排导槽及护岸工程，解除3个村泥石流威胁', payee: '曲靖市滇东地质工程有限公司',
  },
  {
    name: '布卡村地质灾害避险搬迁安置点', villages: ['布卡村'], category: 'relocation', responsibleEntity: KUANGSHAN, budget: 6_450_000,
    state: 'handed_over', start: { on: '2017-03-01' }, days: 300,
    sources: [fiscal('云南省易地扶贫搬迁资金', 70), fiscal(COUNTY_FUNDS, 20), unitShare(10)],
    outputs: [{ kind: 'houses_rebuilt', planned: 86 }],
    households: 86, persons: 352, description: '地灾隐患点86户集中安置，配套道路、供水和排污', payee: '会泽县鑫通建筑工程有限公司',
  },
  {
    name: '洒衣村地质灾害避险搬迁', villages: ['洒衣村'], category: 'relocation', responsibleEntity: KUANGSHAN, budget: 4_980_000,
    state: 'accepted', start: { on: '2017-09-01' }, days: 330,
    sources: [fiscal('云南省易地扶贫搬迁资金', 70), fiscal(COUNTY_FUNDS, 20), unitShare(10)],
    outputs: [{ kind: 'houses_rebuilt', planned: 64 }],
    households: 64, persons: 261, description: '滑坡体上64户避险搬迁，旧宅基地复垦', payee: '会泽县鑫通建筑工程有限公司',
  },
  {
    name: '布卡村土地整治项目', villages: ['布卡村'], category: 'land_consolidation', responsibleEntity: LAND_BUREAU, budget: 5_326_700,
    state: 'handed_over', start: { on: '2017-04-10' }, days: 240,
    sources: [fiscal('云南省土地整治专项资金', 80), unitShare(20)],
    outputs: [{ kind: 'land_mu', planned: 3200 }],
    households: 540, persons: 2230, description: '坡改梯、田间道路和沟渠配套', payee: '曲靖市滇东地质工程有限公司',
  },
  {
    name: '洒衣村土地整治项目', villages: ['洒衣村'], category: 'land_consolidation', responsibleEntity: LAND_BUREAU, budget: 4_218_000,
    state: 'accepted', start: { on: '2018-03-15' }, days: 260,
    sources: [fiscal('云南省土地整治专项资金', 80), unitShare(20)],
    outputs: [{ kind: 'land_mu', planned: 2600 }],
    households: 470, persons: 1910, description: '坡耕地整治、土壤改良和田间道路', payee: '会泽县宏垦土地开发有限公司',
  },
  {
    name: '扯落村土地整治项目', villages: ['扯落村'], category: 'land_consolidation', responsibleEntity: LAND_BUREAU, budget: 3_874_000,
    state: 'in_progress', start: { daysAgo: 140 }, days: 300,
    sources: [fiscal('云南省土地整治专项资金', 75), unitShare(25)],
    outputs: [{ kind: 'land_mu', planned: 2350 }],
    households: 430, persons: 1760, description: '坡改梯和小型蓄水池配套', payee: '会泽县宏垦土地开发有限公司',
  },
  {
    name: '扯落村地质灾害隐患点治理', villages: ['扯落村'], category: 'geological_hazard', responsibleEntity: LAND_BUREAU, budget: 2_150_000,
    state: 'accepted', start: { on: '2018-05-01' }, days: 210,
    sources: [fiscal('云南省地质灾害防治专项资金', 85), unitShare(15)],
    outputs: [{ kind: 'other', unit: '处（隐患点）', planned: 5 }],
    households: 138, persons: 560, description: '5处滑坡、崩塌隐患点工程治理和监测', payee: '曲靖市滇东地质工程有限公司',
  },
  {
    name: '布卡村村组道路硬化', villages: ['布卡村'], category: 'road', responsibleEntity: KUANGSHAN, budget: 1_860_000,
    state: 'handed_over', start: { on: '2018-04-01' }, days: 180,
    sources: [fiscal('会泽县交通运输局（农村公路建设补助）', 60), unitShare(40)],
    outputs: [{ kind: 'road_km', planned: 9.6 }],
    households: 762, persons: 3055, description: '通组道路水泥硬化9.6公里', payee: '会泽县鑫通建筑工程有限公司',
  },
  {
    name: '洒衣村人畜饮水工程', villages: ['洒衣村'], category: 'drinking_water', responsibleEntity: KUANGSHAN, budget: 980_000,
    state: 'handed_over', start: { on: '2018-06-01' }, days: 150,
    sources: [fiscal('会泽县水务局（农村饮水安全巩固提升资金）', 55), unitShare(45)],
    outputs: [{ kind: 'water_projects', planned: 3 }, { kind: 'people_served', planned: 2650 }],
    households: 655, persons: 2650, description: '水源点、蓄水池和入户管网', payee: '会泽县清源水利工程有限公司',
  },
  {
    name: '扯落村核桃提质增效产业帮扶', villages: ['扯落村'], category: 'industry', responsibleEntity: KUANGSHAN, budget: 1_260_000,
    state: 'in_progress', start: { daysAgo: 200 }, days: 540,
    sources: [fiscal(COUNTY_FUNDS, 50), unitShare(30), { kind: 'enterprise', funder: '会泽县滇珍核桃加工有限公司', weight: 20 }],
    outputs: [{ kind: 'households_income_up', planned: 120 }],
    households: 120, persons: 486, description: '核桃高接换优、修剪管护培训和订单收购', payee: '会泽县扯落村核桃种植专业合作社',
  },
  {
    name: '矿山镇三村村容村貌整治', villages: LAND_VILLAGES, category: 'environment', responsibleEntity: KUANGSHAN, budget: 950_000,
    state: 'accepted', start: { on: '2019-03-01' }, days: 200,
    sources: [unitShare(60), fiscal(COUNTY_FUNDS, 40)],
    outputs: [{ kind: 'sanitation_projects', planned: 3 }],
    households: 2080, persons: 8197, description: '垃圾收集点、公厕和村内排水沟', payee: '会泽县宏达建筑工程有限公司',
  },
];

const township = (village: string) => (village === '龙树村' ? '火红乡人民政府' : village === '狮子村' ? '鲁纳乡人民政府' : '马路乡人民政府');
const TRANSPORT = '会泽县交通运输局（农村公路建设补助）';
const WATER = '会泽县水务局（农村饮水安全巩固提升资金）';
const road = (village: string, budget: number, km: number, state: ProjectSpec['state'], start: ProjectSpec['start'], households: number): ProjectSpec => ({
  name: `${village}村组道路硬化`, villages: [village], category: 'road', responsibleEntity: township(village), budget, state, start, days: 210,
  sources: [unitShare(50), fiscal(TRANSPORT, 50)], outputs: [{ kind: 'road_km', planned: km }],
  households, persons: households * 4, description: `通组道路水泥硬化${km}公里`, payee: '会泽县宏达建筑工程有限公司',
});

/** [003]: 会泽卷烟厂 put 22,125,000 yuan into its 4 villages of 3 townships, over 10 kinds of work. */
const tobaccoProjects: ProjectSpec[] = [
  road('旁官地村', 3_280_000, 12.4, 'handed_over', { on: '2016-09-01' }, 716),
  road('水口村', 2_760_000, 10.2, 'handed_over', { on: '2017-03-15' }, 598),
  road('龙树村', 2_450_000, 8.7, 'accepted', { on: '2018-04-01' }, 770),
  road('狮子村', 2_180_000, 7.5, 'in_progress', { daysAgo: 120 }, 655),
  {
    name: '旁官地村村容村貌整治', villages: ['旁官地村'], category: 'environment', responsibleEntity: '马路乡人民政府', budget: 1_350_000,
    state: 'handed_over', start: { on: '2017-05-01' }, days: 180,
    sources: [unitShare(70), fiscal(COUNTY_FUNDS, 30)], outputs: [{ kind: 'sanitation_projects', planned: 6 }],
    households: 716, persons: 2860, description: '房前屋后整治、垃圾池、公厕和村内排水沟', payee: '会泽县宏达建筑工程有限公司',
  },
  {
    name: '狮子村村容村貌整治', villages: ['狮子村'], category: 'environment', responsibleEntity: '鲁纳乡人民政府', budget: 1_120_000,
    state: 'accepted', start: { on: '2018-05-10' }, days: 180,
    sources: [unitShare(70), fiscal(COUNTY_FUNDS, 30)], outputs: [{ kind: 'sanitation_projects', planned: 4 }],
    households: 655, persons: 2684, description: '垃圾收集点、公厕和村庄绿化', payee: '会泽县宏达建筑工程有限公司',
  },
  {
    name: '水口村饮水工程', villages: ['水口村'], category: 'drinking_water', responsibleEntity: '马路乡人民政府', budget: 1_480_000,
    state: 'handed_over', start: { on: '2016-11-01' }, days: 200,
    sources: [fiscal(WATER, 60), unitShare(40)], outputs: [{ kind: 'water_projects', planned: 5 }],
    households: 598, persons: 2410, description: '5处水源工程和入户管网', payee: '会泽县清源水利工程有限公司',
  },
  {
    name: '龙树村人饮工程', villages: ['龙树村'], category: 'drinking_water', responsibleEntity: '火红乡人民政府', budget: 1_260_000,
    state: 'accepted', start: { on: '2018-03-01' }, days: 200,
    sources: [fiscal(WATER, 60), unitShare(40)], outputs: [{ kind: 'water_projects', planned: 4 }],
    households: 770, persons: 3125, description: '高位水池、提水泵站和入户管网', payee: '会泽县清源水利工程有限公司',
  },
  {
    name: '四村烤烟及中药材产业帮扶', villages: TOBACCO_VILLAGES, category: 'industry', responsibleEntity: '会泽县农业农村局', budget: 2_400_000,
    state: 'accepted', start: { on: '2018-03-01' }, days: 300,
    sources: [unitShare(60), fiscal(COUNTY_FUNDS, 20), { kind: 'enterprise', funder: '会泽县恒丰中药材种植有限公司', weight: 20 }],
    outputs: [{ kind: 'households_income_up', planned: 310 }],
    households: 310, persons: 1240, description: '烤房、育苗大棚和中药材种苗，订单收购', payee: '会泽县旁官地村烤烟种植专业合作社',
  },
  {
    name: '旁官地村农田水利建设', villages: ['旁官地村'], category: 'irrigation', responsibleEntity: '马路乡人民政府', budget: 1_095_000,
    state: 'accepted', start: { on: '2018-10-08' }, days: 150,
    sources: [fiscal('会泽县水务局（小型农田水利补助）', 60), unitShare(40)], outputs: [{ kind: 'irrigated_mu', planned: 1800 }],
    households: 420, persons: 1690, description: '小水窖、沟渠和田间管网', payee: '会泽县清源水利工程有限公司',
  },
  {
    name: '水口村农村危房改造', villages: ['水口村'], category: 'housing', responsibleEntity: '马路乡人民政府', budget: 1_150_000,
    state: 'handed_over', start: { on: '2017-04-01' }, days: 240,
    sources: [fiscal('会泽县住房和城乡建设局（农村危房改造补助）', 70), unitShare(30)], outputs: [{ kind: 'houses_rebuilt', planned: 46 }],
    households: 46, persons: 181, description: 'C、D级危房加固和拆除重建46户', payee: '会泽县鑫通建筑工程有限公司',
  },
  {
    name: '龙树村小学校舍改造', villages: ['龙树村'], category: 'education', responsibleEntity: '火红乡人民政府', budget: 620_000,
    state: 'handed_over', start: { on: '2017-06-20' }, days: 90,
    sources: [unitShare(60), { kind: 'donation', funder: '会泽县教育发展基金会', weight: 40 }], outputs: [{ kind: 'buildings', planned: 1 }],
    households: 180, persons: 210, description: '教学楼加固、学生食堂和厕所改造', payee: '会泽县宏达建筑工程有限公司',
  },
  {
    name: '狮子村卫生室建设', villages: ['狮子村'], category: 'health', responsibleEntity: '鲁纳乡人民政府', budget: 380_000,
    state: 'handed_over', start: { on: '2017-08-01' }, days: 120,
    sources: [fiscal('会泽县卫生健康局（村卫生室标准化建设补助）', 50), unitShare(50)], outputs: [{ kind: 'buildings', planned: 1 }],
    households: 655, persons: 2684, description: '标准化村卫生室和基本设备', payee: '会泽县宏达建筑工程有限公司',
  },
  {
    name: '水口村文化活动室', villages: ['水口村'], category: 'culture', responsibleEntity: '马路乡人民政府', budget: 350_000,
    state: 'accepted', start: { on: '2018-09-01' }, days: 120,
    sources: [unitShare(80), { kind: 'donation', funder: '红云红河集团职工爱心捐款', weight: 20 }], outputs: [{ kind: 'buildings', planned: 1 }],
    households: 598, persons: 2410, description: '文化活动室和农家书屋', payee: '会泽县宏达建筑工程有限公司',
  },
  {
    name: '龙树村党群服务中心', villages: ['龙树村'], category: 'party_facilities', responsibleEntity: '火红乡人民政府', budget: 250_000,
    state: 'handed_over', start: { on: '2017-10-10' }, days: 120,
    sources: [unitShare(50), fiscal('中共会泽县委组织部（村级活动场所建设补助）', 50)], outputs: [{ kind: 'buildings', planned: 1 }],
    households: 770, persons: 3125, description: '村级活动场所改扩建', payee: '会泽县宏达建筑工程有限公司',
  },
];

const COURT_FUNDS: SourceSpec[] = [fiscal(COUNTY_FUNDS, 55), unitShare(40), { kind: 'donation', funder: '曲靖市法院系统干警捐款', weight: 5 }];
const courtBuilding = (name: string, village: string, category: ProjectSpec['category'], budget: number, state: ProjectSpec['state'], on: string, description: string): ProjectSpec => ({
  name, villages: [village], category, responsibleEntity: NAGU, budget, state, start: { on }, days: 150,
  sources: COURT_FUNDS, outputs: [{ kind: 'buildings', planned: 1 }],
  households: 0, persons: 0, description, payee: '会泽县娜姑建筑工程有限公司',
});

/**
 * [003]: 曲靖市中级人民法院 put 2,380,000 yuan into 拖车村 and 落水村: a market, two squares, two
 * multi-purpose rooms, and the repaired drinking and irrigation water works, for 8 groups and 5,760 people.
 * The people are counted once, on the water works that reach all of them, so the outputs add up.
 */
const courtProjects: ProjectSpec[] = [
  courtBuilding('拖车村农贸市场', '拖车村', 'industry', 860_000, 'handed_over', '2017-04-01', '新建农贸市场1个，摊位48个'),
  courtBuilding('拖车村文化活动小广场', '拖车村', 'culture', 230_000, 'accepted', '2018-03-10', '新建文化活动小广场1个'),
  courtBuilding('落水村文化活动小广场', '落水村', 'culture', 210_000, 'accepted', '2018-03-20', '新建文化活动小广场1个'),
  courtBuilding('拖车村多功能室', '拖车村', 'party_facilities', 280_000, 'handed_over', '2017-09-01', '新建村级多功能室1个'),
  courtBuilding('落水村多功能室', '落水村', 'party_facilities', 260_000, 'handed_over', '2017-09-15', '新建村级多功能室1个'),
  {
    name: '人畜饮水及灌溉用水工程修复', villages: ['拖车村', '落水村'], category: 'drinking_water', responsibleEntity: NAGU, budget: 540_000,
    state: 'handed_over', start: { on: '2017-11-01' }, days: 120,
    sources: COURT_FUNDS,
    outputs: [{ kind: 'water_projects', planned: 2 }, { kind: 'other', unit: '个村民小组', planned: 8 }, { kind: 'people_served', planned: 5760 }],
    households: 1430, persons: 5760, description: '修复人畜饮水管网和灌溉沟渠，惠及8个村民小组5760人', payee: '会泽县清源水利工程有限公司',
  },
];

export const huizeProjects: UnitProjectSpecs[] = [
  { unit: '曲靖市国土资源局', documentPrefix: '会财农', projects: landProjects },
  { unit: '红云红河烟草（集团）有限责任公司会泽卷烟厂', documentPrefix: '会财农', projects: tobaccoProjects },
  { unit: '曲靖市中级人民法院', documentPrefix: '会财农', projects: courtProjects },
];
