import { indexTree } from '../../../core/composite-workflow/index-tree';
import { COMPOSITE_WORKFLOW } from '../../categories';
import type { FunctionSpec } from '../../types';

const SOURCE =
  'independent numpy implementation of the documented rule (NaN-aware weighted means per node, weights rescaled among the children present): tests/fixtures/composite-workflow/tree-sensitivity.py';

export const indexTreeSpec: FunctionSpec = {
  name: 'INDEX_TREE',
  category: COMPOSITE_WORKFLOW,
  description: {
    en: 'A hierarchical composite index (indicator → dimension → index, as COINr builds it): the score of every node of the tree, one row per unit.',
    zh: '分层综合指数（指标 → 维度 → 总指数，与 COINr 的做法相同）：树中每个节点的得分，每个单位一行。',
  },
  help: {
    en:
      'structure describes the tree: one row per indicator (per column of data, in the same order) and one column per level above the indicators, naming the indicator\'s parent at that level: column 1 its dimension (pillar), column 2 the level above, …, the last column the index, e.g. Labourers | NQP. ' +
      'Names are compared without surrounding spaces and without regard to case, as MATCH does; a node keeps the spelling of its first appearance. The structure must be a tree: every cell filled, each node with one parent (a node in column l always has the same node beside it in column l + 1), and each name used at one level only (#VALUE! naming the cells otherwise). Several nodes may stand at the top level (two indices side by side). ' +
      'Each node is the weighted mean of its children. The indicators are first normalised by normalization: "minmax" (default) by direction, (x − min)/(max − min), or (max − x)/(max − min) for a cost indicator, as NORMALIZE does; or "none" for data already normalised and oriented (cost directions are then #VALUE!). ' +
      'weights: one per indicator (a row or a column, ≥ 0; default equal), used within each parent: the weights of a node\'s indicators are rescaled to sum to 1. The nodes of a level weigh equally within their parent (COINr\'s default at the upper levels): to weight dimensions, weight their indicators accordingly or use COMPOSITE_SCORE on the dimension columns. ' +
      'method "arithmetic" (default) Σ w x / Σ w, or "geometric" exp(Σ w ln x / Σ w), as COINr\'s a_amean and a_gmean. The geometric mean needs every child > 0: a child ≤ 0 gives #NUM! in that unit\'s cell of the node and of the nodes above it. Min-max gives the worst unit of each indicator an exact 0, so for the geometric mean normalise with a shift first (NORMALIZE(data, directions, "minmax", 0.0001)) and pass normalization "none". ' +
      'Blank cells are missing values: left out of the indicator\'s min and max, and left out of the node\'s mean, with the weights of the children present rescaled among themselves. There is no coverage threshold: a node with no child present for a unit is blank ("") for that unit and counts as missing in the node above; fill gaps first with IMPUTE if many are missing. An empty cell reads as blank on every platform. ' +
      'A column with weight 0 is left out (it may be constant or blank). A column with a positive weight that is blank throughout, or constant (with "minmax"), is #VALUE! naming the column: remove it or give it weight 0. A node whose indicators all have weight 0 is #DIV/0!. ' +
      'Result: a header row of the node names, the nodes of the lowest level first (in the order they first appear in structure), then each level above, the top last; then one row per unit. Look a node up by name with XLOOKUP. ' +
      'Other errors: weights or structure of the wrong length #VALUE!; a negative weight #NUM!; fewer than 2 rows with "minmax" #N/A.',
    zh:
      'structure 描述指标树：每个指标一行（与 data 的列一一对应、顺序相同），每个上层级别一列，写明该指标在这一级的上级节点：第 1 列为所属维度（支柱），第 2 列为更高一级，……，最后一列为总指数，例如 Labourers | NQP。' +
      '节点名称比较时忽略首尾空格和大小写（与 MATCH 相同），节点沿用首次出现时的写法。structure 必须是一棵树：每个单元格都要填写；每个节点只有一个上级（第 l 列的同一节点在第 l + 1 列旁边总是同一个节点）；每个名称只用于一个级别（否则返回 #VALUE! 并指出单元格）。最上层可以有多个节点（并列的两个指数）。' +
      '每个节点是其子节点的加权平均。指标先按 normalization 标准化："minmax"（默认）按方向计算 (x − min)/(max − min)，负向指标为 (max − x)/(max − min)，与 NORMALIZE 相同；或 "none"，表示数据已经标准化并统一了方向（此时出现负向指标返回 #VALUE!）。' +
      'weights：每个指标一个权重（一行或一列，不小于 0，默认等权），在各自的上级节点内使用：同一节点下各指标的权重重新归一为和为 1。同一级的节点在其上级中等权（COINr 在上层的默认做法）：如需给维度加权，请相应调整其指标的权重，或对维度得分列使用 COMPOSITE_SCORE。' +
      'method 为 "arithmetic"（默认）Σ w x / Σ w，或 "geometric" exp(Σ w ln x / Σ w)，与 COINr 的 a_amean 和 a_gmean 相同。几何平均要求每个子节点大于 0：子节点 ≤ 0 时该单位在此节点及其上层节点的单元格返回 #NUM!。极差标准化会使每个指标最差的单位恰为 0，因此使用几何平均时请先带平移量标准化（NORMALIZE(data, directions, "minmax", 0.0001)），再设 normalization 为 "none"。' +
      '空白单元格为缺失值：不参与该指标的最小值和最大值，也不参与节点的平均，现有子节点的权重在它们之间重新归一。不设覆盖率门槛：某单位在某节点下没有任何子节点数据时，该节点为空白（""），并在上一级中按缺失处理；缺失较多时请先用 IMPUTE 填补。各平台上空单元格均按空白读取。' +
      '权重为 0 的列不参与计算（可以是常数列或空白列）。权重为正的列若全部为空白，或（"minmax" 时）为常数列，返回 #VALUE! 并指明列号：请删除该列或把其权重设为 0。某节点下所有指标的权重都为 0 时返回 #DIV/0!。' +
      '结果：首行为节点名称，先列最低一级的节点（按在 structure 中首次出现的顺序），再逐级向上，最高一级在最后；之后每个单位一行。可用 XLOOKUP 按名称查找节点。' +
      '其他错误：weights 或 structure 的长度不符返回 #VALUE!；权重为负返回 #NUM!；"minmax" 时少于 2 行返回 #N/A。',
  },
  params: [
    {
      name: 'data',
      type: 'number',
      shape: 'matrix',
      blanks: 'missing',
      description: {
        en: 'Units in rows, indicators in columns; blank cells are missing.',
        zh: '单位为行，指标为列；空白单元格为缺失值。',
      },
    },
    {
      name: 'structure',
      type: 'text',
      shape: 'matrix',
      description: {
        en: 'One row per indicator, one column per level above it: the indicator\'s parent at each level (dimension, …, index).',
        zh: '每个指标一行，每个上层级别一列：该指标在各级的上级节点（维度、……、总指数）。',
      },
    },
    {
      name: 'weights',
      type: 'number',
      shape: 'vector',
      optional: true,
      blanks: 'error',
      min: 0,
      description: {
        en: 'One weight ≥ 0 per indicator, rescaled within each parent; omitted = equal.',
        zh: '每个指标一个不小于 0 的权重，在各自上级节点内重新归一；省略时等权。',
      },
    },
    {
      name: 'method',
      type: 'option',
      shape: 'scalar',
      optional: true,
      default: 'arithmetic',
      options: ['arithmetic', 'geometric'],
      description: { en: '"arithmetic" (default) or "geometric" weighted mean at every node.', zh: '每个节点采用 "arithmetic"（默认，算术）或 "geometric"（几何）加权平均。' },
    },
    {
      name: 'normalization',
      type: 'option',
      shape: 'scalar',
      optional: true,
      default: 'minmax',
      options: ['minmax', 'none'],
      description: { en: '"minmax" (default, by direction) or "none" for data already normalised.', zh: '"minmax"（默认，按方向极差标准化）或 "none"（数据已标准化）。' },
    },
    {
      name: 'directions',
      type: 'direction',
      shape: 'vector',
      optional: true,
      description: {
        en: 'One per indicator: 1 / "+" / "benefit" or -1 / "-" / "cost"; omitted = all benefit.',
        zh: '每个指标一个：1 / "+" / "benefit"（正向）或 -1 / "-" / "cost"（负向）；省略时全部为正向。',
      },
    },
  ],
  result: {
    shape: 'matrix',
    header: true,
    description: {
      en: 'A header row of node names (lowest level first, the top last), then one row per unit.',
      zh: '首行为节点名称（最低一级在前，最高一级在后），之后每个单位一行。',
    },
  },
  glossary: ['composite-index', 'weighted-aggregation', 'min-max-normalisation'],
  examples: [
    {
      title: { en: 'Six indicators → three NQP elements → one index (defaults)', zh: '六个指标 → 三个新质生产力要素 → 一个总指数（默认设置）' },
      args: [
        [
          [3.2, 41, 12.5, 0.8, 150, 6.1],
          [2.1, 35, 18, 1.4, 90, 4.2],
          [4.8, 52, 9.5, 0.6, 210, 7.7],
          [1.5, 28, 21, 2.1, 60, 3],
          [3.9, 47, 14, 1.1, 175, 5.5],
          [2.7, 39, 16.5, 0.9, 120, 6.8],
          [4.1, 44, 11, 1.7, 195, 4.9],
          [2.4, 31, 19.5, 1.3, 80, 3.6],
        ],
        [
          ['Labourers', 'NQP'],
          ['Labourers', 'NQP'],
          ['Objects', 'NQP'],
          ['Objects', 'NQP'],
          ['Means', 'NQP'],
          ['Means', 'NQP'],
        ],
      ],
      expected: [
        ['Labourers', 'Objects', 'Means', 'NQP'],
        [0.5284090909090909, 0.19710144927536233, 0.6297872340425532, 0.45176592474233546],
        [0.23674242424242425, 0.636231884057971, 0.22765957446808513, 0.3668779609228268],
        [1, 0, 1, 0.6666666666666666],
        [0, 1, 0, 0.3333333333333333],
        [0.759469696969697, 0.3623188405797102, 0.6492907801418439, 0.5903597725637503],
        [0.4109848484848485, 0.4043478260869566, 0.6042553191489362, 0.4731959979069137],
        [0.7272727272727273, 0.43188405797101453, 0.6521276595744682, 0.6037614816060699],
        [0.19886363636363635, 0.6681159420289855, 0.13049645390070924, 0.3324920107644437],
      ],
      tolerance: 1e-12,
      source: SOURCE,
    },
    {
      title: { en: 'Weights, two cost indicators and blank cells (unit 4 has no "Objects" value)', zh: '权重、两个负向指标和空白单元格（单位 4 没有 "Objects" 的数据）' },
      args: [
        [
          [3.2, 41, 12.5, 0.8, 150, 6.1],
          [null, 35, 18, 1.4, 90, 4.2],
          [4.8, 52, 9.5, 0.6, 210, 7.7],
          [1.5, 28, null, null, 60, 3],
          [3.9, 47, 14, 1.1, 175, 5.5],
          [2.7, 39, 16.5, 0.9, 120, 6.8],
          [4.1, 44, 11, 1.7, 195, null],
          [2.4, 31, 19.5, 1.3, 80, 3.6],
        ],
        [
          ['Labourers', 'NQP'],
          ['Labourers', 'NQP'],
          ['Objects', 'NQP'],
          ['Objects', 'NQP'],
          ['Means', 'NQP'],
          ['Means', 'NQP'],
        ],
        [[2, 1, 1, 1, 3, 1]],
        null,
        null,
        [[1, 1, -1, -1, 1, 1]],
      ],
      expected: [
        ['Labourers', 'Objects', 'Means', 'NQP'],
        [0.523989898989899, 0.759090909090909, 0.6148936170212765, 0.6326581417006949],
        [0.2916666666666667, 0.21136363636363636, 0.21382978723404258, 0.23895336342144852],
        [1, 1, 1, 1],
        [0, '', 0, 0],
        [0.7487373737373737, 0.5477272727272726, 0.7079787234042554, 0.6681477899563005],
        [0.3952020202020202, 0.5136363636363636, 0.5021276595744681, 0.4703220144709506],
        [0.7474747474747474, 0.425, 0.9, 0.6908249158249158],
        [0.22348484848484845, 0.18181818181818177, 0.1319148936170213, 0.17907264130668382],
      ],
      tolerance: 1e-12,
      source: SOURCE,
    },
    {
      title: { en: 'Four levels, geometric mean, data already normalised', zh: '四级结构，几何平均，数据已标准化' },
      args: [
        [
          [0.62, 0.55, 0.7, 0.52, 0.41, 0.33],
          [0.48, 0.5, 0.4, 0.46, 0.58, 0.61],
          [0.55, 0.58, 0.6, 0.49, 0.37, 0.45],
          [0.3, 0.28, 0.35, 0.4, 0.66, 0.72],
          [0.41, 0.45, 0.38, 0.47, 0.52, 0.5],
        ],
        [
          ['Skills', 'People', 'Index'],
          ['Skills', 'People', 'Index'],
          ['R&D', 'People', 'Index'],
          ['Digital', 'Capital', 'Index'],
          ['Green', 'Capital', 'Index'],
          ['Green', 'Capital', 'Index'],
        ],
        [[0.5, 0.3, 1, 1, 0.6, 0.4]],
        'geometric',
        'none',
      ],
      expected: [
        ['Skills', 'R&D', 'Digital', 'Green', 'People', 'Capital', 'Index'],
        [0.592762627584899, 0.7, 0.52, 0.3759030850363981, 0.6441535836347022, 0.44211944564667927, 0.5336598404488541],
        [0.4874044892943732, 0.4, 0.46, 0.5918187633313059, 0.44154478336602426, 0.5217630028397958, 0.4799809705158153],
        [0.561063709204516, 0.6, 0.49, 0.4001345383729356, 0.5802053304845705, 0.4427933195100604, 0.506863930737525],
        [0.2923378482064457, 0.3499999999999999, 0.4, 0.6833754295704526, 0.3198722352319063, 0.5228290082122271, 0.4089480205367496],
        [0.42456540461037434, 0.38, 0.47, 0.511905750128529, 0.40166510148622847, 0.49050555813406294, 0.4438681840225514],
      ],
      tolerance: 1e-12,
      source: SOURCE,
    },
    {
      title: { en: 'A node with two parents is not a tree: #VALUE!', zh: '一个节点有两个上级，不构成树：#VALUE!' },
      args: [
        [
          [1, 2],
          [2, 1],
          [3, 3],
        ],
        [
          ['A', 'X'],
          ['A', 'Y'],
        ],
      ],
      expected: [[{ error: '#VALUE!' }]],
      source: 'catalogue section 11: each node has one parent; the help: a structure that is not a tree is #VALUE! naming the cells',
    },
  ],
  compute: (data, structure, weights, method, normalization, directions) => indexTree(data, structure, weights, method, normalization, directions),
};
