/**
 * Every Excel function of the add-in, family by family in the order of the
 * catalogue (docs/functions: sections 1 to 11). Each family is a folder of the
 * same name in src/core, src/registry/functions and tests/core; its index.ts
 * lists its specs. Everything Excel-facing — metadata, registration, help
 * pages, the task pane's lists, the example tests — is derived from this list.
 */
import type { Family, FunctionSpec } from './types';
import { frameworkScoresFamily } from './functions/framework-scores';
import { securityFamily } from './functions/security';
import { completenessFamily } from './functions/completeness';
import { synergyFamily } from './functions/synergy';
import { opennessFamily } from './functions/openness';
import { inclusivenessFamily } from './functions/inclusiveness';
import { productivityFamily } from './functions/productivity';
import { compositeFamily } from './functions/composite';
import { regionalFamily } from './functions/regional';
import { greenProductivityFamily } from './functions/green-productivity';
import { compositeWorkflowFamily } from './functions/composite-workflow';

/** The families in the catalogue's order. */
export const families: readonly Family[] = [
  frameworkScoresFamily, // 1. Framework scores
  securityFamily, // 2. Security and external dependence
  completenessFamily, // 3. Completeness
  synergyFamily, // 4. Synergy and industrial structure
  opennessFamily, // 5. Openness
  inclusivenessFamily, // 6. Inclusiveness
  productivityFamily, // 7. Total factor productivity
  compositeFamily, // 8. Composite indicators
  regionalFamily, // 9. Regional differences and dynamics
  greenProductivityFamily, // 10. Green productivity
  compositeWorkflowFamily, // 11. The composite-indicator workflow
];

export const specs: readonly FunctionSpec[] = families.flatMap((family) => family.specs);

export const specByName: ReadonlyMap<string, FunctionSpec> = new Map(specs.map((s) => [s.name, s]));

export type { FunctionSpec } from './types';
