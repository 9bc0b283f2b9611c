/**
 * GVC_PARTICIPATION: global value chain participation from a gross-exports
 * decomposition (Koopman et al. 2010; OECD TiVA): FVA = foreign value added in
 * the economy's gross exports E, DVX = its domestic value added in partners' exports.
 *   "total" (FVA + DVX)/E, "backward" FVA/E, "forward" DVX/E,
 *   "position" ln(1 + DVX/E) − ln(1 + FVA/E)
 */
import { fail } from './messages';

/** @throws DomainError('num') for a negative value, ('div0') when grossExports is 0, ('value') for an unknown kind */
export function gvcParticipation(
  foreignVA: number,
  domesticVAInForeignExports: number,
  grossExports: number,
  kind: string | null = 'total',
): number {
  const k = kind ?? 'total';
  if (foreignVA < 0) throw fail('num', 'negative', { name: 'foreignVA', value: foreignVA });
  if (domesticVAInForeignExports < 0) throw fail('num', 'negative', { name: 'domesticVAInForeignExports', value: domesticVAInForeignExports });
  if (grossExports < 0) throw fail('num', 'negative', { name: 'grossExports', value: grossExports });
  if (grossExports === 0) throw fail('div0', 'zero', { name: 'grossExports' });
  const backward = foreignVA / grossExports;
  const forward = domesticVAInForeignExports / grossExports;
  switch (k) {
    case 'total':
      return backward + forward;
    case 'backward':
      return backward;
    case 'forward':
      return forward;
    case 'position':
      return Math.log1p(forward) - Math.log1p(backward);
    default:
      throw fail('value', 'unknownKind', { kind: k });
  }
}
