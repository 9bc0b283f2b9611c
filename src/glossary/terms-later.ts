/**
 * Developments after Huang's talk of December 2023 (shared/reference/framework.md §6):
 * shown in the pane with a "later development" mark.
 */
import type { Term } from './types';

export const laterTerms: Term[] = [
  {
    id: 'nqp-official-definition-2024',
    category: 'framework',
    later: true,
    name: { en: 'Official definition of NQP (January 2024)', zh: '新质生产力的官方界定（2024年1月）' },
    definition: {
      en: 'The definition given at the Politburo study session of 31 January 2024: innovation-led advanced productivity whose basic content is the leap of labourers, means and objects of labour and their optimised combination.',
      zh: '2024年1月31日中央政治局集体学习时给出的界定：创新起主导作用的先进生产力，其基本内涵是劳动者、劳动资料、劳动对象及其优化组合的跃升。',
    },
    explanation: {
      en: 'It departs from traditional growth paths and is marked by high technology, high efficiency and high quality. It arises from revolutionary breakthroughs, innovative factor allocation and deep industrial upgrading; its core sign is a large rise in TFP; its feature is innovation, its key is quality and its essence is advanced productivity. It confirms the elements and the TFP yardstick Huang used a month earlier.',
      zh: '它摆脱了传统增长路径，具有高科技、高效能、高质量特征；由技术革命性突破、生产要素创新性配置、产业深度转型升级而催生；以全要素生产率大幅提升为核心标志；特点是创新，关键在质优，本质是先进生产力。这一界定印证了黄群慧一个月前采用的要素框架和全要素生产率标尺。',
    },
    source: 'Politburo collective study session, 31 January 2024 (Xinhua)',
    related: ['new-quality-productivity', 'nqp-elements', 'tfp', 'factor-allocation', 'government-work-report-2024'],
    functions: [],
    templates: [],
    keywords: ['official definition', 'Politburo', 'study session', '政治局', '集体学习', '定义', '界定'],
  },
  {
    id: 'government-work-report-2024',
    category: 'framework',
    later: true,
    name: { en: '2024 Government Work Report', zh: '2024年政府工作报告' },
    definition: {
      en: 'The report of 5 March 2024 in which developing new quality productivity first appeared, as the lead task of building a modernized industrial system.',
      zh: '2024年3月5日的政府工作报告首次写入“发展新质生产力”，并将其置于建设现代化产业体系任务之首。',
    },
    explanation: {
      en: 'It listed biomanufacturing, commercial spaceflight and the low-altitude economy among new growth engines (strategic emerging industries), and quantum technology and life sciences among the future industries to be planned ahead.',
      zh: '报告把生物制造、商业航天、低空经济列为新增长引擎（战略性新兴产业），把量子技术、生命科学等列为需要前瞻布局的未来产业。',
    },
    source: 'State Council, Government Work Report, 5 March 2024',
    related: ['nqp-official-definition-2024', 'official-industry-lists', 'strategic-emerging-industries', 'future-industries'],
    functions: [],
    templates: [],
    keywords: ['government work report', 'two sessions', 'NPC', '政府工作报告', '两会'],
  },
  {
    id: 'third-plenum-2024',
    category: 'framework',
    later: true,
    name: { en: 'Third Plenum of 2024: NQP according to local conditions', zh: '二十届三中全会：因地制宜发展新质生产力' },
    definition: {
      en: 'The July 2024 plenum asked for institutions that let each place develop new quality productivity according to its own conditions.',
      zh: '2024年7月的二十届三中全会要求健全因地制宜发展新质生产力的体制机制。',
    },
    explanation: {
      en: '"According to local conditions" warns against every region chasing the same frontier industries. For analysts it argues for comparing regions on their own strengths — the short board and the obstacle degree — rather than on one national ranking.',
      zh: '“因地制宜”意在防止各地一哄而上追逐同样的前沿产业。对分析者而言，这意味着应根据各地自身优势进行比较——关注短板和障碍度——而不是只看一个全国排名。',
    },
    source: 'Decision of the Third Plenary Session of the 20th CPC Central Committee, July 2024',
    related: ['new-quality-productivity', 'short-board', 'obstacle-degree', 'fifteenth-five-year-plan-proposals'],
    functions: [],
    templates: [],
    aliases: ['local-conditions'],
    keywords: ['Third Plenum', 'plenary session', 'local conditions', '三中全会', '因地制宜'],
  },
  {
    id: 'official-industry-lists',
    category: 'framework',
    later: true,
    name: { en: 'Official lists of emerging and future industries', zh: '战略性新兴产业与未来产业的官方清单' },
    definition: {
      en: 'How official documents after December 2023 classify the industries Huang named: the low-altitude economy as strategic emerging, quantum technology and life sciences as future industries.',
      zh: '2023年12月以后官方文件对黄群慧所列产业的归类：低空经济属于战略性新兴产业，量子科技和生命科学属于未来产业。',
    },
    explanation: {
      en: 'Huang listed quantum computing, genetic technology and the low-altitude economy together as future industries. The December 2023 conference and the 2024 report put biomanufacturing, commercial spaceflight and the low-altitude economy among strategic emerging industries; the 15th Five-Year Plan proposals list new energy, new materials, aerospace and the low-altitude economy as emerging clusters, and quantum technology, biomanufacturing, hydrogen and fusion energy, brain–computer interfaces, embodied intelligence and 6G as future industries.',
      zh: '黄群慧把量子计算、基因技术和低空经济一并列为未来产业。2023年12月的会议和2024年政府工作报告把生物制造、商业航天、低空经济列为战略性新兴产业；“十五五”规划建议把新能源、新材料、航空航天、低空经济列为战略性新兴产业集群，把量子科技、生物制造、氢能和核聚变能、脑机接口、具身智能、第六代移动通信列为未来产业。',
    },
    source: 'Central Economic Work Conference (Dec 2023); Government Work Report (2024); 15th Five-Year Plan proposals (Oct 2025)',
    related: ['strategic-emerging-industries', 'future-industries', 'low-altitude-economy', 'quantum-computing', 'genetic-technology', 'biomanufacturing', 'commercial-spaceflight'],
    functions: [],
    templates: [],
    keywords: ['classification', 'lists', 'embodied intelligence', 'brain-computer interface', '6G', 'hydrogen', 'fusion', '具身智能', '脑机接口', '氢能', '核聚变'],
  },
  {
    id: 'biomanufacturing',
    category: 'framework',
    later: true,
    name: { en: 'Biomanufacturing', zh: '生物制造' },
    definition: {
      en: 'Making chemicals, materials, food and medicines with engineered organisms and enzymes.',
      zh: '利用经过改造的生物体和酶生产化学品、材料、食品和药品。',
    },
    explanation: {
      en: 'Named a new growth engine (strategic emerging industry) in 2024 and a future industry in the 15th Five-Year Plan proposals — an example of how the official lists move industries between stages. It is the industrial side of genetic technology.',
      zh: '2024年被列为新增长引擎（战略性新兴产业），“十五五”规划建议则把它列为未来产业——这说明官方清单会在不同阶段之间调整产业的归类。它是基因技术的产业化方向。',
    },
    source: 'Government Work Report (2024); 15th Five-Year Plan proposals (Oct 2025)',
    related: ['genetic-technology', 'official-industry-lists', 'strategic-emerging-industries'],
    functions: [],
    templates: [],
    keywords: ['synthetic biology', 'bio-manufacturing', '合成生物', '生物经济'],
  },
  {
    id: 'commercial-spaceflight',
    category: 'framework',
    later: true,
    name: { en: 'Commercial spaceflight', zh: '商业航天' },
    definition: {
      en: 'Launch vehicles, satellites and space services built and run by companies for markets.',
      zh: '由企业面向市场研制和运营的运载火箭、卫星及航天服务。',
    },
    explanation: {
      en: 'Listed among the strategic emerging industries in 2024; aerospace is one of the emerging clusters of the 15th Five-Year Plan proposals. Aerospace equipment is world-advanced in the CAE review.',
      zh: '2024年被列为战略性新兴产业；航空航天是“十五五”规划建议中的战略性新兴产业集群之一。在中国工程院评估中，航天装备属于世界先进。',
    },
    source: 'Government Work Report (2024)',
    related: ['official-industry-lists', 'strategic-emerging-industries'],
    functions: [],
    templates: [],
    keywords: ['space', 'satellites', 'launch', 'aerospace', '航天', '卫星'],
  },
  {
    id: 'fifteenth-five-year-plan-proposals',
    category: 'framework',
    later: true,
    name: { en: '15th Five-Year Plan proposals (October 2025)', zh: '“十五五”规划建议（2025年10月）' },
    definition: {
      en: 'The proposals for 2026–2030, which make building a modernized industrial system their first strategic task.',
      zh: '关于2026—2030年的规划建议，把建设现代化产业体系列为首要战略任务。',
    },
    explanation: {
      en: 'They name clusters of strategic emerging industries (new energy, new materials, aerospace, the low-altitude economy) and future industries (quantum technology, biomanufacturing, hydrogen and fusion energy, brain–computer interfaces, embodied intelligence, 6G). The six-aspect framework remains a practical way to assess progress against them.',
      zh: '建议提出了战略性新兴产业集群（新能源、新材料、航空航天、低空经济）和未来产业（量子科技、生物制造、氢能和核聚变能、脑机接口、具身智能、第六代移动通信）。六个方面的框架仍是评估相关进展的实用工具。',
    },
    source: 'CPC Central Committee, proposals for the 15th Five-Year Plan, October 2025',
    related: ['modernized-industrial-system', 'official-industry-lists', 'strategic-emerging-industries', 'future-industries'],
    functions: [],
    templates: [],
    aliases: ['15th-five-year-plan'],
    keywords: ['five-year plan', '15th FYP', 'FYP', '十五五', '五年规划', '规划建议'],
  },
];
