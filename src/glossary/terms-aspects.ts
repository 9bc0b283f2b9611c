/**
 * The six aspects of a modernized industrial system, in the add-in's fixed
 * order, and the four new modernizations (Huang 2024).
 */
import type { Term } from './types';

const HUANG = 'Huang (2024)';

export const aspectTerms: Term[] = [
  {
    id: 'six-aspects',
    category: 'aspect',
    name: { en: 'Six aspects of a modernized industrial system', zh: '现代化产业体系的六个方面' },
    definition: {
      en: 'Advanced quality, synergy, completeness, security, openness and inclusiveness — in this order everywhere in the add-in.',
      zh: '先进性、协同性、完整性、安全性、开放性和包容性；本工具处处采用这一顺序。',
    },
    explanation: {
      en: 'Three of them (completeness, advanced quality, security) come from the official description; Huang adds synergy, openness and inclusiveness for a fuller picture. A six-aspect assessment scores each aspect from its own indicators, then combines the six into one score and names the weakest.',
      zh: '其中完整性、先进性、安全性来自官方表述，黄群慧补充了协同性、开放性和包容性，使图景更完整。六方面评价先用各自的指标为每个方面打分，再合成为一个总分，并指出最弱的方面。',
    },
    source: HUANG,
    related: ['advanced-quality', 'synergy', 'completeness', 'security', 'openness', 'inclusiveness', 'modernized-industrial-system', 'short-board'],
    functions: ['SIX_ASPECT_SCORE', 'WEAKEST_ASPECT'],
    templates: [],
    keywords: ['six dimensions', 'aspects', '六个方面', '六性'],
  },
  {
    id: 'advanced-quality',
    category: 'aspect',
    name: { en: 'Advanced quality', zh: '先进性' },
    definition: {
      en: 'How far an industrial system\'s technology matches the current technological revolution — judged by the four new modernizations.',
      zh: '产业体系的技术与新一轮科技革命相适应的程度，以“四化”来衡量。',
    },
    explanation: {
      en: 'The first aspect. Typical measures are the high-tech share of value added, R&D intensity, the digital-economy share, energy and carbon intensity (cost indicators) and the integration of producer services. Industry by industry, the CAE status classes say how far each stands from the world frontier.',
      zh: '六个方面中的第一个。常用指标有高技术产业增加值占比、研发强度、数字经济占比、能耗和碳排放强度（逆向指标）以及生产性服务业融合程度。分行业看，中国工程院的地位分类说明各行业与世界前沿的距离。',
    },
    source: HUANG,
    related: ['four-new-modernizations', 'technological-revolution', 'cae-status-class', 'world-frontier', 'six-aspects'],
    functions: ['FOUR_NEW_SCORE', 'STATUS_LEVEL'],
    templates: [],
    aliases: ['advancement', 'advanced-nature'],
    keywords: ['advanced', 'advancedness', '先进'],
  },
  {
    id: 'synergy',
    category: 'aspect',
    name: { en: 'Synergy', zh: '协同性' },
    definition: {
      en: 'Coordination among the primary, secondary, tertiary and quaternary industries and among the factors of production.',
      zh: '第一、二、三、四产业之间以及各生产要素之间的协调配合。',
    },
    explanation: {
      en: 'The second aspect. It is measured by the coupling coordination degree between subsystems (e.g. manufacturing and services, or NQP and the industrial system), by structure rationalisation (the Theil index of value added against employment) and by structural deviation.',
      zh: '六个方面中的第二个。可用子系统之间的耦合协调度（如制造业与服务业、新质生产力与产业体系）、产业结构合理化（增加值与就业的泰尔指数）和结构偏离度来衡量。',
    },
    source: HUANG,
    related: ['coupling-coordination', 'structure-rationalisation', 'structural-deviation', 'structure-advancement', 'quaternary-industry', 'six-aspects'],
    functions: ['COUPLING_COORDINATION', 'STRUCTURE_THEIL', 'STRUCTURE_DEVIATION'],
    templates: [],
    aliases: ['coordination'],
    keywords: ['coordination', 'synergistic', '协同', '协调'],
  },
  {
    id: 'completeness',
    category: 'aspect',
    name: { en: 'Completeness', zh: '完整性' },
    definition: {
      en: 'Having every kind of industry: China\'s industry spans all industrial categories of the UN ISIC.',
      zh: '门类齐全：中国工业覆盖联合国国际标准行业分类中的全部工业门类。',
    },
    explanation: {
      en: 'The third aspect, to be kept rather than built. It is measured by the coverage of ISIC Rev.4 or GB/T 4754 categories (which categories are present, which missing) and by structural diversity (Shannon entropy or 1 − HHI of output shares).',
      zh: '六个方面中的第三个，重在保持。可用 ISIC Rev.4 或 GB/T 4754 门类的覆盖率（哪些门类存在、哪些缺失）以及结构多样性（产出份额的香农熵或 1 − HHI）来衡量。',
    },
    source: HUANG,
    related: ['isic', 'gb-t-4754', 'industrial-classes-666', 'diversity', 'six-aspects'],
    functions: ['ISIC_COVERAGE', 'ISIC_MISSING', 'DIVERSITY'],
    templates: [],
    keywords: ['complete', 'full range', '门类齐全', '完整'],
  },
  {
    id: 'security',
    category: 'aspect',
    name: { en: 'Security', zh: '安全性' },
    definition: {
      en: 'The secure development of industry and supply chains, raised in status by the "high-quality development and high-level security" formula.',
      zh: '产业和供应链的安全发展；“统筹高质量发展和高水平安全”的提法提升了其地位。',
    },
    explanation: {
      en: 'The fourth aspect. Measures are external (import) dependence, self-sufficiency, technology dependence and the concentration of import sources (HHI); the CAE review sorts industries into four security classes from autonomous-and-controllable to extremely dependent.',
      zh: '六个方面中的第四个。指标包括对外（进口）依存度、自给率、对外技术依存度和进口来源集中度（HHI）；中国工程院的评估把行业分为从“自主可控”到“对外依赖度极高”的四个安全等级。',
    },
    source: HUANG,
    related: ['chain-security', 'external-dependence', 'self-sufficiency', 'technology-dependence', 'hhi', 'cae-security-class', 'development-and-security', 'six-aspects'],
    functions: ['DEPENDENCE_RATIO', 'SELF_SUFFICIENCY', 'TECH_DEPENDENCE', 'SECURITY_LEVEL', 'HHI'],
    templates: [],
    keywords: ['secure', 'safety', '安全'],
  },
  {
    id: 'openness',
    category: 'aspect',
    name: { en: 'Openness', zh: '开放性' },
    definition: {
      en: 'Deep participation in the global division of labour and cooperation; completeness and security are not a closed path.',
      zh: '深度参与全球产业分工与合作；强调完整和安全并不意味着走封闭道路。',
    },
    explanation: {
      en: 'The fifth aspect. Huang treats globalisation as part of modernisation. Measures are trade openness, revealed comparative advantage, the trade competitiveness index and global value chain participation.',
      zh: '六个方面中的第五个。黄群慧把全球化视为现代化的一部分。指标有贸易开放度、显示性比较优势、贸易竞争力指数和全球价值链参与度。',
    },
    source: HUANG,
    related: ['global-division-of-labour', 'trade-openness', 'rca', 'trade-competitiveness', 'gvc-participation', 'six-aspects'],
    functions: ['TRADE_OPENNESS', 'RCA', 'TRADE_COMPETITIVENESS', 'GVC_PARTICIPATION'],
    templates: [],
    keywords: ['open', 'opening up', 'trade', '开放'],
  },
  {
    id: 'inclusiveness',
    category: 'aspect',
    name: { en: 'Inclusiveness', zh: '包容性' },
    definition: {
      en: 'Innovation that serves society broadly: technology for good, social responsibility, fair income distribution and employment.',
      zh: '广泛惠及社会的创新：科技向善、承担社会责任、收入分配公平和就业稳定。',
    },
    explanation: {
      en: 'The sixth aspect. Huang notes that not all digital development is positive: it can polarise incomes and shift jobs. Inequality is measured with the Gini coefficient and the Theil index (with its within- and between-group parts), beside employment data.',
      zh: '六个方面中的第六个。黄群慧指出并非所有数字经济发展都是正面的：它可能造成收入两极分化和就业转移。不平等可用基尼系数和泰尔指数（含组内、组间分解）衡量，并结合就业数据。',
    },
    source: HUANG,
    related: ['technology-for-good', 'digital-economy', 'gini', 'theil-index', 'six-aspects'],
    functions: ['GINI', 'THEIL_INDEX'],
    templates: [],
    keywords: ['inclusive', 'inclusion', 'equity', 'inequality', '包容', '共享'],
  },
  {
    id: 'four-new-modernizations',
    category: 'aspect',
    name: { en: 'Four new modernizations', zh: '“四化”（高端化、智能化、绿色化、融合化）' },
    definition: {
      en: 'High-end, digitized (intelligent), green and integrated: the yardstick of an industrial system\'s advanced quality.',
      zh: '高端化、数字化（智能化）、绿色化、融合化，是衡量产业体系先进性的标尺。',
    },
    explanation: {
      en: 'Each modernization has its own indicators; a four-new score combines them row by row, and the weakest one is the short board of advanced quality. The add-in keeps this order: high-end, digitized, green, integrated.',
      zh: '每一“化”都有自己的指标；“四化”得分逐行把它们合成，最弱的一项就是先进性的短板。本工具采用固定顺序：高端化、数字化、绿色化、融合化。',
    },
    source: HUANG,
    related: ['high-end', 'digital-intelligent', 'green-transformation', 'integration', 'advanced-quality', 'short-board'],
    functions: ['FOUR_NEW_SCORE', 'WEAKEST_ASPECT'],
    templates: [],
    aliases: ['four-modernizations'],
    keywords: ['four modernisations', 'four new', '四化', '高端化', '智能化', '绿色化', '融合化'],
  },
  {
    id: 'high-end',
    category: 'aspect',
    name: { en: 'High-end', zh: '高端化' },
    definition: {
      en: 'Moving up to higher-value, technology-intensive products and stages of the value chain.',
      zh: '向高附加值、技术密集的产品和价值链环节攀升。',
    },
    explanation: {
      en: 'Indicators: the high-tech share of manufacturing value added, R&D intensity, the share of new products in sales, and export unit values.',
      zh: '指标：高技术制造业增加值占比、研发强度、新产品销售收入占比、出口单价等。',
    },
    source: HUANG,
    related: ['four-new-modernizations', 'advanced-quality', 'gvc-participation'],
    functions: ['FOUR_NEW_SCORE'],
    templates: [],
    keywords: ['upgrading', 'high value added', 'high-tech', '高端', '高技术'],
  },
  {
    id: 'digital-intelligent',
    category: 'aspect',
    name: { en: 'Digitized (intelligent)', zh: '数字化（智能化）' },
    definition: {
      en: 'Embedding data, networks and AI in production and management.',
      zh: '把数据、网络和人工智能嵌入生产与管理。',
    },
    explanation: {
      en: 'Indicators: the digital-economy share of GDP, robot density, the numerical-control rate of key processes, and the share of firms on industrial-internet platforms.',
      zh: '指标：数字经济占GDP比重、工业机器人密度、关键工序数控化率、上工业互联网平台的企业比例等。',
    },
    source: HUANG,
    related: ['four-new-modernizations', 'digital-economy', 'artificial-intelligence', 'industrial-internet'],
    functions: ['FOUR_NEW_SCORE'],
    templates: [],
    aliases: ['digitalization', 'intelligent'],
    keywords: ['digital', 'digitised', 'smart', 'intelligence', '数字化', '智能化'],
  },
  {
    id: 'green-transformation',
    category: 'aspect',
    name: { en: 'Green', zh: '绿色化' },
    definition: {
      en: 'Lowering the energy, carbon and pollution content of output.',
      zh: '降低产出中的能源消耗、碳排放和污染。',
    },
    explanation: {
      en: 'Energy use and CO₂ per unit of value added are cost indicators: a lower value is better, so give them direction −1 when normalising. Green TFP studies add undesirable outputs to DEA.',
      zh: '单位增加值能耗和二氧化碳排放是逆向指标：数值越低越好，标准化时方向取 −1。绿色全要素生产率研究会在 DEA 中加入非期望产出。',
    },
    source: HUANG,
    related: ['four-new-modernizations', 'green-manufacturing', 'indicator-direction'],
    functions: ['FOUR_NEW_SCORE'],
    templates: [],
    aliases: ['green'],
    keywords: ['greening', 'low carbon', 'sustainability', '绿色', '低碳', '碳排放'],
  },
  {
    id: 'integration',
    category: 'aspect',
    name: { en: 'Integrated', zh: '融合化' },
    definition: {
      en: 'Merging manufacturing with services, and digital technology with the real economy.',
      zh: '制造业与服务业融合、数字技术与实体经济融合。',
    },
    explanation: {
      en: 'Indicators: the producer-service share of manufacturing inputs, service revenue of manufacturers, and input–output linkages. Huang asks SOEs to use digital technology to drive this integration.',
      zh: '指标：制造业投入中生产性服务的比重、制造企业服务收入占比、投入产出关联等。黄群慧要求国有企业以数字技术推动这种融合。',
    },
    source: HUANG,
    related: ['four-new-modernizations', 'integrated-infrastructure', 'industrial-internet'],
    functions: ['FOUR_NEW_SCORE'],
    templates: [],
    aliases: ['integrated', 'convergence'],
    keywords: ['servitisation', 'servitization', 'convergence', 'fusion', '两业融合', '融合'],
  },
];
