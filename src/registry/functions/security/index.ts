/** 2. Security and external dependence: the family's functions in the catalogue's order. */
import type { Family } from '../../types';
import { SECURITY } from '../../categories';
import { dependenceRatioSpec } from './dependence-ratio';
import { selfSufficiencySpec } from './self-sufficiency';
import { techDependenceSpec } from './tech-dependence';
import { securityLevelSpec } from './security-level';
import { statusLevelSpec } from './status-level';
import { hhiSpec } from './hhi';

export const securityFamily: Family = {
  folder: 'security',
  category: SECURITY,
  specs: [
    dependenceRatioSpec,
    selfSufficiencySpec,
    techDependenceSpec,
    securityLevelSpec,
    statusLevelSpec,
    hhiSpec,
  ],
};
