/**
 * The class labels of the Chinese Academy of Engineering (CAE) 2019 comparison
 * of 26 representative manufacturing industries with the world frontier, in
 * English and Chinese.
 *
 * Source: Zhou Ji (former CAE president), talk at the 2019 National
 * Manufacturing Power Construction Expert Forum, Ningbo, 15 October 2019, as
 * reported by 21st Century Business Herald, 16 October 2019 (project reference
 * data: shared/data/cae-26-industries.json).
 *
 * CAE published the labels and the number of industries in each class (status
 * 5 / 6 / 10 / 5; security 6 / 10 / 2 / 8), not cut points. The numeric
 * thresholds of SECURITY_LEVEL and STATUS_LEVEL are the add-in's illustrative
 * convention. No source assigns named industries to the security classes, so
 * none is shipped here.
 */
import type { Text } from '../core/shared/text';

export interface CaeClass extends Text {
  id: string;
  /** Number of the 26 industries CAE put in this class. */
  count: number;
}

/** Chain-security classes, from least to most dependent on foreign supply. */
export const CAE_SECURITY_CLASSES: readonly CaeClass[] = [
  { id: 'autonomous-controllable', en: 'Autonomous and controllable', zh: '自主可控', count: 6 },
  { id: 'secure-controllable', en: 'Secure and controllable', zh: '安全可控', count: 10 },
  { id: 'high-dependence', en: 'High external dependence', zh: '对外依赖度高', count: 2 },
  { id: 'extreme-dependence', en: 'Extremely high external dependence', zh: '对外依赖度极高', count: 8 },
];

/** Status classes relative to the world frontier, from the furthest behind to the leaders. */
export const CAE_STATUS_CLASSES: readonly CaeClass[] = [
  { id: 'huge-gap', en: 'Huge gap', zh: '差距巨大', count: 5 },
  { id: 'large-gap', en: 'Large gap', zh: '差距大', count: 10 },
  { id: 'world-advanced', en: 'World-advanced', zh: '世界先进', count: 6 },
  { id: 'world-leading', en: 'World-leading', zh: '世界领先', count: 5 },
];
