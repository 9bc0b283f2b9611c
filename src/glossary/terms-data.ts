/**
 * Classifications and reference assessments: ISIC, GB/T 4754 and its 666
 * industrial classes, the CAE review of 26 industries (see shared/data/README.md).
 */
import type { Term } from './types';

const CAE = 'CAE, Zhou Ji (2019), summarised in Huang (2024)';

export const dataTerms: Term[] = [
  {
    id: 'cae-26-industries',
    category: 'data',
    name: { en: 'CAE assessment of 26 manufacturing industries', zh: '中国工程院26类制造业评估' },
    definition: {
      en: 'The 2019 comparison by the Chinese Academy of Engineering of 26 representative manufacturing industries with the world frontier.',
      zh: '中国工程院2019年将26类代表性制造业与世界前沿进行的对比评估。',
    },
    explanation: {
      en: 'It rated each industry\'s status (5 world-leading, 6 world-advanced, 10 with a large gap, 5 with a huge gap) and counted chain-security classes (6 autonomous and controllable, 10 secure and controllable, 2 highly dependent, 8 extremely dependent). Huang\'s "about 40% leading or advanced, about 60% secure" summarises it. Only the counts of the security classes were published, so the add-in never assigns named industries to them.',
      zh: '评估给出了各行业的地位等级（世界领先5个、世界先进6个、差距大10个、差距巨大5个），并统计了产业链安全等级的数量（自主可控6个、安全可控10个、对外依赖度高2个、对外依赖度极高8个）。黄群慧所说“约四成领先或先进、约六成相对安全”即是对它的概括。安全等级只公布了数量，因此本工具从不把具体行业归入某一安全等级。',
    },
    source: CAE,
    related: ['cae-status-class', 'cae-security-class', 'world-frontier', 'core-technologies'],
    functions: ['STATUS_LEVEL', 'SECURITY_LEVEL'],
    templates: [],
    aliases: ['cae-assessment', 'cae-26'],
    keywords: ['CAE', 'Chinese Academy of Engineering', '26 industries', '工程院', '26个行业', '制造业'],
  },
  {
    id: 'cae-status-class',
    category: 'data',
    name: { en: 'Status classes (CAE)', zh: '产业地位等级（中国工程院）' },
    definition: {
      en: 'Four levels of an industry relative to the world frontier: world-leading, world-advanced, large gap, huge gap.',
      zh: '行业相对世界前沿的四个等级：世界领先、世界先进、差距大、差距巨大。',
    },
    explanation: {
      en: 'Among the 26 industries, communication equipment, rail equipment, power-transmission equipment, textiles and household appliances lead; integrated circuits, operating systems and industrial software, core smart-manufacturing information equipment, aero-engines and agricultural equipment show a huge gap. STATUS_LEVEL assigns a class from the ratio of an indicator to the frontier; its cut points are a convention of the add-in, since the CAE did not publish thresholds.',
      zh: '26个行业中，通信设备、先进轨道交通装备、输变电装备、纺织、家电处于世界领先；集成电路及专用设备、操作系统与工业软件、智能制造核心信息设备、航空发动机、农业装备差距巨大。STATUS_LEVEL 根据指标与前沿之比给出等级；由于中国工程院未公布阈值，其分界点只是本工具的约定。',
    },
    source: CAE,
    related: ['cae-26-industries', 'world-frontier', 'advanced-quality', 'cae-security-class'],
    functions: ['STATUS_LEVEL'],
    templates: [],
    aliases: ['status-class', 'world-leading', 'world-advanced', 'large-gap', 'huge-gap'],
    keywords: ['world-leading', 'world-advanced', 'large gap', 'huge gap', '世界领先', '世界先进', '差距大', '差距巨大'],
  },
  {
    id: 'cae-security-class',
    category: 'data',
    name: { en: 'Chain-security classes (CAE)', zh: '产业链安全等级（中国工程院）' },
    definition: {
      en: 'Four levels of supply-chain security: autonomous and controllable, secure and controllable, high external dependence, extremely high external dependence.',
      zh: '产业链安全的四个等级：自主可控、安全可控、对外依赖度高、对外依赖度极高。',
    },
    explanation: {
      en: 'The CAE counted 6, 10, 2 and 8 of the 26 industries in these classes. SECURITY_LEVEL assigns a class from an external-dependence ratio with thresholds the analyst can set; the defaults are illustrative.',
      zh: '中国工程院统计26个行业中分别有6、10、2、8个属于这四个等级。SECURITY_LEVEL 根据对外依存度比率给出等级，阈值可由分析者设定，默认值仅作示意。',
    },
    source: CAE,
    related: ['cae-26-industries', 'chain-security', 'external-dependence', 'security'],
    functions: ['SECURITY_LEVEL'],
    templates: [],
    aliases: ['security-class', 'autonomous-controllable', 'secure-controllable', 'high-dependence', 'extreme-dependence'],
    keywords: ['autonomous', 'controllable', 'dependent', '自主可控', '安全可控', '对外依赖'],
  },
  {
    id: 'world-frontier',
    category: 'data',
    name: { en: 'World frontier', zh: '世界前沿' },
    definition: {
      en: 'The best performance observed anywhere in the world — the benchmark against which an industry\'s status is judged.',
      zh: '全球范围内观察到的最佳水平，是判断一个产业地位的参照基准。',
    },
    explanation: {
      en: 'For STATUS_LEVEL, divide the indicator by the frontier value (the leading country or firm), so 1 means at the frontier; for an indicator where less is better, divide the frontier by the indicator. In DEA, the frontier is built from the best units in the data.',
      zh: '使用 STATUS_LEVEL 时，用指标值除以前沿值（领先国家或企业），1 表示达到前沿；对越小越好的指标，则用前沿值除以指标值。在 DEA 中，前沿由样本中表现最好的单元构成。',
    },
    source: CAE,
    related: ['cae-status-class', 'advanced-quality', 'dea'],
    functions: ['STATUS_LEVEL'],
    templates: [],
    aliases: ['frontier'],
    keywords: ['benchmark', 'frontier', 'best practice', '前沿', '标杆'],
  },
  {
    id: 'isic',
    category: 'data',
    name: { en: 'ISIC (International Standard Industrial Classification)', zh: '国际标准行业分类（ISIC）' },
    definition: {
      en: 'The UN classification of all economic activities; Rev.4 has 21 sections, 88 divisions, 238 groups and 419 classes.',
      zh: '联合国对全部经济活动的分类；第4版有21个门类、88个大类、238个中类、419个小类。',
    },
    explanation: {
      en: 'The add-in embeds the ISIC Rev.4 structure (from the UN Statistics Division) to measure completeness: which categories an economy\'s industry covers and which are missing. Its industrial scope, sections B–D, holds 30 divisions and 154 classes (B–E: 34 and 162).',
      zh: '本工具内置联合国统计司发布的 ISIC Rev.4 结构，用于衡量完整性：一个经济体的产业覆盖了哪些门类、缺少哪些门类。其工业范围（B–D 门类）包括30个大类、154个小类（B–E 为34个和162个）。',
    },
    source: 'United Nations Statistics Division, ISIC Rev.4 (2008)',
    related: ['gb-t-4754', 'industrial-classes-666', 'completeness', 'diversity'],
    functions: ['ISIC_COVERAGE', 'ISIC_MISSING', 'ISIC_TITLE'],
    templates: [],
    aliases: ['isic-rev4'],
    keywords: ['ISIC Rev.4', 'industry classification', 'UN classification', '行业分类', '联合国'],
  },
  {
    id: 'gb-t-4754',
    category: 'data',
    name: { en: 'GB/T 4754 (Industrial Classification for National Economic Activities)', zh: 'GB/T 4754《国民经济行业分类》' },
    definition: {
      en: 'China\'s national industry classification; the 2017 edition has 20 sections, 97 divisions, 473 groups and 1,380 classes (1,382 after its 2019 amendment).',
      zh: '中国的国家行业分类标准；2017年版有20个门类、97个大类、473个中类、1380个小类（2019年修改单后为1382个）。',
    },
    explanation: {
      en: 'It is built to correspond to ISIC, so Chinese data can be compared with the UN structure. Its industrial part — mining, manufacturing and utilities — is the basis of the "666 industrial classes".',
      zh: '它的设计与 ISIC 相对应，因此中国数据可以与联合国结构比较。其中工业部分（采矿业，制造业，电力、热力、燃气及水生产和供应业）是“666个工业小类”说法的依据。',
    },
    source: 'National standard GB/T 4754-2017 and Amendment No. 1 (2019)',
    related: ['isic', 'industrial-classes-666', 'completeness'],
    functions: ['ISIC_COVERAGE'],
    templates: [],
    aliases: ['gbt-4754', 'gb-4754'],
    keywords: ['GB/T 4754-2017', 'GB4754', 'national industry classification', '国民经济行业分类', '国标'],
  },
  {
    id: 'industrial-classes-666',
    category: 'data',
    name: { en: '666 industrial classes', zh: '666个工业小类' },
    definition: {
      en: 'The number of classes in the industrial part of GB/T 4754: 666 (GB/T 4754-2017 with its 2019 amendment), in 41 divisions and 207 groups.',
      zh: 'GB/T 4754 工业部分的小类数量：666个（GB/T 4754-2017 及其2019年修改单），分属41个大类、207个中类。',
    },
    explanation: {
      en: 'Officials cite the figure to say China has every industrial category of the UN ISIC. A count of the original 2017 code list gives 665; the 666th most likely comes from the 2019 amendment. Completeness measures in the add-in use the ISIC structure, which is public and stable.',
      zh: '官方用这个数字说明中国拥有联合国 ISIC 中的全部工业门类。按2017年原始代码表计数为665个，第666个很可能来自2019年修改单。本工具的完整性测度采用公开且稳定的 ISIC 结构。',
    },
    source: `${'Huang (2024)'}; GB/T 4754-2017 with its 2019 amendment`,
    related: ['gb-t-4754', 'isic', 'completeness'],
    functions: ['ISIC_COVERAGE', 'ISIC_MISSING'],
    templates: [],
    aliases: ['666-industrial-classes', 'industrial-categories'],
    keywords: ['666', 'industrial categories', 'all categories', '工业门类', '小类'],
  },
];
