import { isicMissing } from '../../../core/completeness/isic-missing';
import { loadIsic } from '../../../core/completeness/isic-index';
import { COMPLETENESS } from '../../categories';
import type { FunctionSpec } from '../../types';
import { isicCodesHelp, isicComparisonParams } from './isic-coverage';

export const isicMissingSpec: FunctionSpec = {
  name: 'ISIC_MISSING',
  category: COMPLETENESS,
  description: {
    en: 'The ISIC Rev.4 categories in scope that the given codes do not contain: a two-column spill of code and title under a header row.',
    zh: '范围内所给代码未覆盖的 ISIC 第4版类别：带标题行的两列溢出结果（代码与名称）。',
  },
  help: {
    en:
      'Lists, in ISIC order, every category at level within scope that is absent from codes: the gaps in an industrial system. The first row is the header "code", "title"; the titles are the official English ones. ' +
      isicCodesHelp.en +
      ' The spill needs empty cells below and to the right (up to 420 rows for all classes); otherwise Excel shows #SPILL!. ' +
      'Errors: #N/A "every category is present" when nothing is missing; #VALUE! for an unknown code (named in the message), an unknown level, or a bad scope.',
    zh:
      '按 ISIC 顺序列出范围内该层级中 codes 未包含的每个类别，即产业体系的缺口。第一行为标题 "code"、"title"；名称为官方英文名称。' +
      isicCodesHelp.zh +
      '溢出结果需要下方和右侧有空白单元格（全部小类时最多 420 行），否则 Excel 显示 #SPILL!。' +
      '错误：没有缺失类别时返回 #N/A "every category is present"；未知代码（消息中给出该代码）、未知的 level 或错误的 scope 返回 #VALUE!。',
  },
  params: isicComparisonParams,
  result: {
    shape: 'matrix',
    header: true,
    description: { en: 'A header row, then one row per missing category: code, title.', zh: '一行标题，之后每个缺失类别一行：代码、名称。' },
  },
  glossary: ['isic', 'completeness', 'industrial-system'],
  examples: [
    {
      title: { en: 'Mining (section B) without division 09', zh: '采矿业（门类 B）缺少大类 09' },
      args: [[['05'], ['06'], ['07'], ['08']], 'division', 'B'],
      expected: [
        ['code', 'title'],
        ['09', 'Mining support service activities'],
      ],
      source: 'embedded ISIC Rev.4 structure (UNSD): section B has divisions 05–09; title of 09 as published',
    },
    {
      title: { en: 'Classes 0510 and 0520 fill groups 051 and 052; the other groups of section B are listed', zh: '小类 0510 和 0520 使中类 051 和 052 存在；列出门类 B 的其余中类' },
      args: [[['0510', '0520']], 'group', 'B'],
      expected: [
        ['code', 'title'],
        ['061', 'Extraction of crude petroleum'],
        ['062', 'Extraction of natural gas'],
        ['071', 'Mining of iron ores'],
        ['072', 'Mining of non-ferrous metal ores'],
        ['081', 'Quarrying of stone, sand and clay'],
        ['089', 'Mining and quarrying n.e.c.'],
        ['091', 'Support activities for petroleum and natural gas extraction'],
        ['099', 'Support activities for other mining and quarrying'],
      ],
      source: 'embedded ISIC Rev.4 structure (UNSD), groups of section B; 0510 is in group 051, 0520 in group 052',
    },
    {
      title: { en: 'Nothing missing is #N/A', zh: '没有缺失时返回 #N/A' },
      args: [[['05'], ['06'], ['07'], ['08'], ['09']], 'division', 'B'],
      expected: [[{ error: '#N/A' }]],
      source: 'catalogue: none absent → #N/A "every category is present"',
    },
  ],
  compute: isicMissing,
  // The classification is a chunk of its own, loaded on the first call (src/core/completeness/isic-index.ts).
  prepare: loadIsic,
};
