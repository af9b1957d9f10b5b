// Demo customer archive: about 60 customers of an east-China security and power equipment service center, made
// deterministically (no randomness but a fixed-seed sequence) so every demo shows the same archive. Dates are
// relative to the day the demo is seeded, so some warranties are always expired and some expire within 30 days.
import type { CustomerKind } from '../../../shared/api';

export interface DemoEquipment {
  model: string;
  serialNumber: string;
  /** Days from today to the warranty end: negative for expired. */
  warrantyEndInDays: number;
  warrantyYears: number;
  /** A renewal recorded after the original warranty ran out: the new end is this many days from today. */
  renewedToDays?: number;
  lifecycle?: 'in_service' | 'at_factory' | 'replaced' | 'scrapped';
}

export interface DemoCustomer {
  name: string;
  kind: CustomerKind;
  region: string;
  address: string;
  notes?: string;
  active?: boolean;
  contacts: Array<{ name: string; title?: string; email?: string; phones: string[] }>;
  sites: Array<{ name: string; address: string }>;
  equipment: DemoEquipment[];
  /** Handover document kinds engineering already delivered for the first site. */
  documents?: Array<'as_built_drawings' | 'operation_manual' | 'equipment_list' | 'acceptance_report' | 'other'>;
}

export const DEMO_MODELS: Record<string, { productName: string; category: string }> = {
  'DS-7608N-K2': { productName: '网络硬盘录像机 8 路', category: '安防监控' },
  'iDS-7216HQHI': { productName: '混合硬盘录像机 16 路', category: '安防监控' },
  'DS-2CD3T46WDV3': { productName: '400 万网络筒型摄像机', category: '安防监控' },
  'DS-K1T671M': { productName: '人脸识别门禁一体机', category: '门禁' },
  'HY-UPS-3000': { productName: '在线式不间断电源 3kVA', category: '电源' },
  'HY-UPS-6000': { productName: '在线式不间断电源 6kVA', category: '电源' },
  'HY-BAT-12V100': { productName: '阀控式铅酸蓄电池 12V100Ah', category: '电源' },
};
/** The model the maker no longer builds (停产); its successor is named so customers can be told. */
export const DISCONTINUED_MODEL = { model: 'iDS-7216HQHI', successor: 'iDS-7216HQHI-M2/S', notes: '厂家已停产，备件供应至 2027 年底。' };
/** A model replaced by a newer generation (升级换代). */
export const UPGRADED_MODEL = { model: 'HY-UPS-3000', successor: 'HY-UPS-3000E', notes: '新一代型号效率更高，旧型号仍可维修。' };

// A small linear congruential sequence: the same numbers on every run.
function sequence(seed: number) {
  let state = seed >>> 0;
  return (below: number) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % below;
  };
}

const REGIONS: Record<string, { areaCode: string; streets: string[] }> = {
  上海: { areaCode: '021', streets: ['浦东新区张江路 88 号', '徐汇区漕溪北路 331 号', '闵行区莘庄工业区春东路 508 号', '静安区南京西路 1266 号'] },
  北京: { areaCode: '010', streets: ['海淀区中关村南大街 5 号', '朝阳区建国路 93 号', '丰台区科学城富丰路 4 号', '西城区金融大街 15 号'] },
  广州: { areaCode: '020', streets: ['天河区天河路 385 号', '黄埔区科学大道 182 号', '越秀区东风中路 437 号'] },
  杭州: { areaCode: '0571', streets: ['西湖区文三路 477 号', '滨江区江南大道 3850 号', '余杭区文一西路 969 号'] },
  南京: { areaCode: '025', streets: ['鼓楼区中山北路 105 号', '江宁区秣陵街道将军大道 29 号', '玄武区珠江路 280 号'] },
  深圳: { areaCode: '0755', streets: ['南山区科技园科苑路 15 号', '福田区深南大道 6008 号', '宝安区西乡街道宝源路 1065 号'] },
};

const ORGANIZATIONS: Array<[name: string, region: string, sites: string[]]> = [
  ['中国移动通信集团上海有限公司', '上海', ['张江数据中心', '徐汇营业厅机房']],
  ['上海浦东发展银行股份有限公司', '上海', ['总行大楼监控中心']],
  ['上海市第六人民医院', '上海', ['门诊楼弱电间', '住院部监控室']],
  ['上海地铁运营有限公司', '上海', ['莘庄车辆段']],
  ['复旦大学附属中山医院', '上海', ['东院区机房']],
  ['上海华谊集团股份有限公司', '上海', ['吴泾基地']],
  ['上海国际港务（集团）股份有限公司', '上海', ['洋山港区监控中心']],
  ['中国联合网络通信有限公司北京市分公司', '北京', ['亦庄机房']],
  ['北京市海淀区人民政府', '北京', ['政务服务中心']],
  ['清华大学', '北京', ['主楼弱电间', '图书馆']],
  ['北京首都国际机场股份有限公司', '北京', ['T3 航站楼安防中心']],
  ['中国工商银行北京分行', '北京', ['西单营业部']],
  ['北京协和医院', '北京', ['东单院区']],
  ['广州地铁集团有限公司', '广州', ['嘉禾车辆段', '控制中心']],
  ['广州市天河区教育局', '广州', ['区教育信息中心']],
  ['中山大学附属第一医院', '广州', ['门诊大楼']],
  ['广州白云国际机场股份有限公司', '广州', ['航站楼弱电中心']],
  ['南方电网广东广州供电局', '广州', ['天河变电站']],
  ['浙江大学', '杭州', ['紫金港校区网络中心']],
  ['杭州市西湖区人民医院', '杭州', ['住院部', '门诊部']],
  ['阿里巴巴（中国）有限公司', '杭州', ['西溪园区']],
  ['杭州银行股份有限公司', '杭州', ['总行机房']],
  ['浙江省人民医院', '杭州', ['朝晖院区']],
  ['杭州地铁运营有限公司', '杭州', ['七堡车辆段']],
  ['南京银行股份有限公司', '南京', ['河西数据中心']],
  ['江苏省人民医院', '南京', ['新住院楼']],
  ['南京大学', '南京', ['仙林校区']],
  ['南京市公安局鼓楼分局', '南京', ['指挥中心']],
  ['中国电信股份有限公司南京分公司', '南京', ['吉山机房']],
  ['南京南瑞集团公司', '南京', ['江宁园区']],
  ['深圳市腾讯计算机系统有限公司', '深圳', ['滨海大厦']],
  ['招商银行股份有限公司', '深圳', ['总行大厦']],
  ['深圳市地铁集团有限公司', '深圳', ['车公庙控制中心']],
  ['华为技术有限公司', '深圳', ['坂田基地']],
  ['深圳市南山区人民医院', '深圳', ['门诊楼']],
  ['中国平安保险（集团）股份有限公司', '深圳', ['平安金融中心']],
  ['上海中心大厦物业管理有限公司', '上海', ['大厦安防中心']],
  ['北京银行股份有限公司', '北京', ['金融大街总部']],
  ['广州医科大学附属第二医院', '广州', ['海珠院区']],
  ['杭州海康威视数字技术股份有限公司', '杭州', ['滨江研发中心']],
  ['江苏苏宁易购集团股份有限公司', '南京', ['徐庄物流中心']],
  ['深圳市福田区政务服务数据管理局', '深圳', ['区政务数据中心']],
  ['上海交通大学', '上海', ['闵行校区网络中心']],
  ['中国石化销售股份有限公司北京石油分公司', '北京', ['油库监控室']],
  ['Siemens Ltd., China', '北京', ['Wangjing Campus']],
  ['Shanghai Disney Resort', '上海', ['Park Operations Center']],
  ['Hong Kong & Shanghai Hotels (Peninsula Shanghai)', '上海', ['Hotel Security Office']],
];

const INDIVIDUALS: Array<[name: string, region: string]> = [
  ['张伟', '上海'],
  ['王芳', '北京'],
  ['李娜', '广州'],
  ['刘洋', '杭州'],
  ['陈静', '南京'],
  ['杨帆', '深圳'],
  ['赵磊', '上海'],
  ['黄丽', '杭州'],
  ['周杰', '南京'],
  ['吴敏', '深圳'],
  ['David Chen', '上海'],
  ['Emily Wang', '北京'],
];

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '周', '吴', '徐', '孙', '马', '朱', '胡', '郭', '何', '林'];
const GIVEN = ['建华', '国强', '丽萍', '海燕', '志刚', '晓明', '秀英', '文博', '雪梅', '俊杰', '佳怡', '宏伟', '婷婷', '子轩'];
const TITLES = ['信息中心主任', '设备科科长', '安保部经理', '弱电工程师', '物业经理', '网络管理员', '后勤处副处长'];
const SITE_MODELS: string[][] = [
  ['DS-7608N-K2', 'DS-2CD3T46WDV3', 'HY-UPS-3000'],
  ['iDS-7216HQHI', 'DS-2CD3T46WDV3', 'HY-BAT-12V100'],
  ['HY-UPS-6000', 'HY-BAT-12V100'],
  ['DS-K1T671M', 'DS-7608N-K2'],
  ['DS-7608N-K2', 'HY-UPS-3000'],
];
const MODEL_PREFIX: Record<string, string> = {
  'DS-7608N-K2': 'DS7608',
  'iDS-7216HQHI': 'IDS7216',
  'DS-2CD3T46WDV3': 'DS2CD3T46',
  'DS-K1T671M': 'DSK1T671',
  'HY-UPS-3000': 'HYUPS3K',
  'HY-UPS-6000': 'HYUPS6K',
  'HY-BAT-12V100': 'HYBAT12',
};

/** A mobile number typed one of the ways people type them. */
function mobile(next: (below: number) => number, style: number): string {
  const prefixes = ['138', '139', '136', '158', '186', '189', '135', '177', '150', '188'];
  const p = prefixes[next(prefixes.length)]!;
  const a = String(1000 + next(9000));
  const b = String(1000 + next(9000));
  switch (style % 4) {
    case 0:
      return `${p}${a}${b}`;
    case 1:
      return `${p} ${a} ${b}`;
    case 2:
      return `${p}-${a}-${b}`;
    default:
      return `+86 ${p} ${a} ${b}`;
  }
}

/** A landline with its area code, typed with dashes, spaces or brackets. */
function landline(next: (below: number) => number, areaCode: string, style: number): string {
  const head = String(5000 + next(4000));
  const tail = String(1000 + next(9000));
  switch (style % 3) {
    case 0:
      return `${areaCode}-${head}${tail}`;
    case 1:
      return `(${areaCode}) ${head} ${tail}`;
    default:
      return `${areaCode} ${head}-${tail}`;
  }
}

/** Warranty ends spread so that about a fifth are expired, a sixth expire within 30 days, the rest run on. */
const WARRANTY_PATTERN = [420, -35, 12, 700, -260, 25, 180, 90, -3, 540, 6, 300, -120, 950, 19, 60];

export function demoCustomers(): DemoCustomer[] {
  const next = sequence(20261122);
  const customers: DemoCustomer[] = [];
  let unitNumber = 0;
  let phoneStyle = 0;
  const person = () => `${SURNAMES[next(SURNAMES.length)]}${GIVEN[next(GIVEN.length)]}`;
  const equipmentFor = (models: string[], year: number): DemoEquipment[] =>
    models.map((model) => {
      unitNumber += 1;
      const warrantyEndInDays = WARRANTY_PATTERN[unitNumber % WARRANTY_PATTERN.length]!;
      const serialNumber = `${MODEL_PREFIX[model]}-${year}-${String(1000 + unitNumber * 7).padStart(5, '0')}`;
      return {
        model,
        serialNumber,
        warrantyEndInDays,
        warrantyYears: 1 + (unitNumber % 3),
        ...(warrantyEndInDays < -30 && unitNumber % 4 === 0 && { renewedToDays: 365 + (unitNumber % 5) * 30 }),
        ...(unitNumber % 23 === 0 && { lifecycle: 'at_factory' as const }),
      };
    });

  ORGANIZATIONS.forEach(([name, region, sites], index) => {
    const place = REGIONS[region]!;
    const street = place.streets[index % place.streets.length]!;
    const contacts = Array.from({ length: 1 + (index % 3 === 0 ? 1 : 0) }, (_, c) => {
      phoneStyle += 1;
      const phones = [mobile(next, phoneStyle)];
      if ((index + c) % 2 === 0) phones.push(landline(next, place.areaCode, phoneStyle));
      return { name: person(), title: TITLES[(index + c) % TITLES.length]!, phones };
    });
    const year = 2019 + (index % 7);
    customers.push({
      name,
      kind: 'organization',
      region,
      address: `${region}市${street}`,
      ...(index % 11 === 5 && { notes: '年度维保合同客户，报修需 4 小时内到场。' }),
      contacts,
      sites: sites.map((site, s) => ({ name: site, address: s === 0 ? `${region}市${street}` : `${region}市${place.streets[(index + s) % place.streets.length]}` })),
      equipment: sites.flatMap((_site, s) => equipmentFor(SITE_MODELS[(index + s) % SITE_MODELS.length]!, year)),
      ...(index % 4 === 0 && { documents: ['as_built_drawings', 'operation_manual', 'equipment_list', 'acceptance_report'] as const }),
      ...(index % 4 === 1 && { documents: ['acceptance_report', 'equipment_list'] as const }),
      ...(index === 44 && { active: false }),
    } as DemoCustomer);
  });

  INDIVIDUALS.forEach(([name, region], index) => {
    const place = REGIONS[region]!;
    phoneStyle += 1;
    customers.push({
      name,
      kind: 'individual',
      region,
      address: `${region}市${place.streets[(index + 1) % place.streets.length]}`,
      contacts: [{ name, phones: index % 3 === 0 ? [mobile(next, phoneStyle), landline(next, place.areaCode, phoneStyle + 1)] : [mobile(next, phoneStyle)] }],
      sites: [{ name: /^[A-Za-z]/.test(name) ? 'Home' : '住宅', address: `${region}市${place.streets[index % place.streets.length]}` }],
      equipment: equipmentFor(index % 2 === 0 ? ['HY-UPS-3000'] : ['DS-2CD3T46WDV3'], 2022 + (index % 3)),
    });
  });
  return customers;
}
