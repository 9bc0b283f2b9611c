/**
 * Runs a green model over the units of a cross-section: loads the solver
 * lazily, builds the model of the reference set, evaluates every unit with a
 * pause for the event loop between solves (so Excel stays responsive), frees
 * the solver's memory, and turns a unit whose LP has no answer into that
 * unit's error cell.
 */
import type { DomainError } from '../shared/errors';
import { loadSolver, type Highs } from '../shared/lp/highs-solver';
import { Pacer } from '../shared/pacer';
import { type Evaluated, fail } from './messages';

/** An LP that did not give a score, as the error of the cell that needed it. */
export function lpFailure(failure: 'infeasible' | 'unbounded' | 'failed', what: Evaluated): DomainError {
  if (failure === 'infeasible') return fail('na', 'modelInfeasible', what);
  if (failure === 'unbounded') return fail('num', 'modelUnbounded', what);
  return fail('na', 'modelFailed', what);
}

/** Builds disposable models with the loaded solver, runs `work` with a pacer, and frees every model built. */
export async function withModels<T>(work: (build: <M extends { dispose(): void }>(make: (highs: Highs) => M) => M, pacer: Pacer) => Promise<T>): Promise<T> {
  const highs = await loadSolver();
  const built: { dispose(): void }[] = [];
  const build = <M extends { dispose(): void }>(make: (h: Highs) => M): M => {
    const model = make(highs);
    built.push(model);
    return model;
  };
  try {
    return await work(build, new Pacer());
  } finally {
    for (const model of built) model.dispose();
  }
}
