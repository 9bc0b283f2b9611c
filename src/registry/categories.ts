/** The sections of the function catalogue, in both languages. */
import type { Text } from './types';

export const FRAMEWORK_SCORES: Text = { en: 'Framework scores', zh: '框架评分' };
export const SECURITY: Text = { en: 'Security and external dependence', zh: '安全性与对外依存' };
export const COMPLETENESS: Text = { en: 'Completeness', zh: '完整性' };
export const SYNERGY: Text = { en: 'Synergy and industrial structure', zh: '协同性与产业结构' };
export const OPENNESS: Text = { en: 'Openness', zh: '开放性' };
export const INCLUSIVENESS: Text = { en: 'Inclusiveness', zh: '包容性' };
export const PRODUCTIVITY: Text = { en: 'Total factor productivity', zh: '全要素生产率' };
export const COMPOSITE: Text = { en: 'Composite indicators', zh: '综合指数' };
export const REGIONAL: Text = { en: 'Regional differences and dynamics', zh: '区域差异与动态演进' };
export const GREEN_PRODUCTIVITY: Text = { en: 'Green productivity', zh: '绿色生产率' };
export const COMPOSITE_WORKFLOW: Text = { en: 'Composite-indicator workflow', zh: '综合指数构建流程' };
