/**
 * Every Excel function of the add-in, in catalogue order. Everything
 * Excel-facing (metadata, registration, help, task pane lists, example tests)
 * is derived from this list.
 */
import type { FunctionSpec } from './types';
import { foundationSpecs } from './sections/foundation';
import { compositeSpecs } from './sections/composite';
import { measureSpecs } from './sections/measures';

export const specs: readonly FunctionSpec[] = [...foundationSpecs, ...compositeSpecs, ...measureSpecs];

export const specByName: ReadonlyMap<string, FunctionSpec> = new Map(specs.map((s) => [s.name, s]));

export type { FunctionSpec } from './types';
