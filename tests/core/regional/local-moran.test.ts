/**
 * LOCAL_MORAN. Reference values: tests/fixtures/vectors/analysis/spatial_autocorrelation.json, case desmith
 * (local_row_standardised: PySAL esda Ii, total-randomisation E and Var, PySAL and GeoDa quadrant codes, spdep's
 * Ii and its conditional E and Var), and an independent numpy computation (LOCAL below, NUMPY in tests/helpers/spatial-numpy.ts: 12 random
 * points and two value columns from numpy default_rng(20240611); Anselin's I_i and the total-randomisation
 * moments written from methods-analysis §3; the numpy script was written apart from the TypeScript).
 */
import { Pacer } from '../../../src/core/shared/pacer';
import { DomainError } from '../../../src/core/shared/errors';
import { mulberry32 } from '../../../src/core/shared/random';
import { normalUpper } from '../../../src/core/shared/distributions';
import { localMoran } from '../../../src/core/regional/local-moran';
import { spatialWeights } from '../../../src/core/regional/spatial-weights';
import vectors from '../../fixtures/vectors/analysis/spatial_autocorrelation.json';
import { expectSameCells, SPATIAL_NUMPY as NUMPY } from '../../helpers/spatial-numpy';

interface SpatialCase {
  id: string;
  inputs: { ids: string[]; y: number[]; neighbors: Record<string, number[]> };
  expected: Record<string, Record<string, number[] | string[]>>;
  tolerance: { abs: number };
}
const cases = (vectors as unknown as { cases: SpatialCase[] }).cases;
const byId = (id: string) => cases.find((c) => c.id === id) as SpatialCase;
function contiguity(c: SpatialCase): number[][] {
  const ids = c.inputs.ids;
  return ids.map((id) => {
    const nb = (c.inputs.neighbors[id] ?? []).map(String);
    return ids.map((j) => (nb.includes(j) ? 1 : 0));
  });
}
async function kindOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'none';
  } catch (e) {
    return e instanceof DomainError ? e.kind : `other: ${String(e)}`;
  }
}
const cellKind = (c: unknown) => (c instanceof DomainError ? c.kind : typeof c);
function expectColumn(rows: unknown[][], k: number, want: readonly (number | null)[], tol: number): void {
  expect(rows).toHaveLength(want.length + 1);
  want.forEach((w, i) => {
    const g = rows[i + 1][k];
    if (w === null) {
      expect(cellKind(g)).toBe('na');
    } else {
      expect(typeof g).toBe('number');
      expect(Math.abs((g as number) - w)).toBeLessThanOrEqual(tol);
    }
  });
}

const desmith = byId('desmith');
const DW = contiguity(desmith);
const DY = desmith.inputs.y;
const DL = desmith.expected.local_row_standardised as Record<string, number[]>;

// Independent numpy reference values (see the header comment).
interface LocalRef { Ii: number[]; E: number[]; V: number[]; z: (number | null)[]; p: (number | null)[]; quadrant: string[] }
const LOCAL: Record<string, LocalRef> = {
  'y1.idwRow.n-1': {
    Ii: [0.10521012668859739, -0.03646293781632425, -0.0042345938256198685, 0.058291674801463474, -0.00915808995116503, 0.14914698692519343, -0.03463731950652657, -0.09397887887508902, 0.00267769295697402, 0.029855384963433117, -0.09716292006879841, -0.4318069158033605],
    E: [-0.09090909090909093, -0.09090909090909093, -0.0909090909090909, -0.09090909090909091, -0.09090909090909091, -0.09090909090909091, -0.09090909090909091, -0.09090909090909091, -0.09090909090909091, -0.0909090909090909, -0.0909090909090909, -0.09090909090909091],
    V: [0.04137079025703132, 0.0659185562840426, 0.04762026780245525, 0.049879247271332805, 0.02823881104259591, 0.049004948373286526, 0.04212020699579582, 0.05703024628259053, 0.06853053237444415, 0.0337500164633767, 0.03329149379779976, 0.023433619903347552],
    z: [0.9642135795557993, 0.21206224582074998, 0.39718735500491986, 0.6680532890637999, 0.48648547175905676, 1.084408063028551, 0.27418603942915964, -0.012854516786036252, 0.3574970562968986, 0.6573583839853739, -0.034275150615553356, -2.2269196095556314],
    p: [0.33493885755742236, 0.8320584732881774, 0.6912293061665823, 0.5040995772061113, 0.6266230035008644, 0.27818391028910117, 0.7839416560936066, 0.9897438619722695, 0.7207197295334378, 0.5109505039132916, 0.9726577401598951, 0.025952647019603],
    quadrant: ['LL', 'LH', 'HL', 'HH', 'HL', 'LL', 'HL', 'LH', 'HH', 'HH', 'HL', 'LH'],
  },
  'y1.idwRow.n': {
    Ii: [0.11477468366028808, -0.039777750345081006, -0.004619556900676221, 0.06359091796523289, -0.009990643583089124, 0.16270580391839284, -0.037786166734392626, -0.10252241331827894, 0.002921119589426204, 0.032569510869199764, -0.10599591280232555, -0.4710620899673024],
    E: [-0.09090909090909093, -0.09090909090909093, -0.0909090909090909, -0.09090909090909091, -0.09090909090909091, -0.09090909090909091, -0.09090909090909091, -0.09090909090909091, -0.09090909090909091, -0.0909090909090909, -0.0909090909090909, -0.09090909090909091],
    V: [0.04137079025703132, 0.0659185562840426, 0.04762026780245525, 0.049879247271332805, 0.02823881104259591, 0.049004948373286526, 0.04212020699579582, 0.05703024628259053, 0.06853053237444415, 0.0337500164633767, 0.03329149379779976, 0.023433619903347552],
    z: [1.0112374042860077, 0.1991513871210505, 0.3954232551750824, 0.6917808940009815, 0.48153109515638054, 1.1456574619406834, 0.25884317872552914, -0.04862995408936025, 0.3584269344370692, 0.6721322105304494, -0.08268583606860634, -2.483354560847318],
    p: [0.3119028173905175, 0.842144325099361, 0.6925305493982072, 0.4890749368547723, 0.6301390851547575, 0.2519369112368868, 0.7957562410593872, 0.9612141982872688, 0.720023838027182, 0.5014995322757245, 0.9341013474827901, 0.01301514699651351],
    quadrant: ['LL', 'LH', 'HL', 'HH', 'HL', 'LL', 'HL', 'LH', 'HH', 'HH', 'HL', 'LH'],
  },
  'y1.knn3Row.n-1': {
    Ii: [0.6363154408178461, -0.09065116761130769, 0.05285875912724831, 0.17221503664566234, 0.008428137948877912, 0.732100911262789, 0.17246819624322368, -0.209346955445707, 0.7322770111746728, -0.026579425506322862, -0.09867380931533945, -1.4269810806168601],
    E: [-0.09090909090909091, -0.09090909090909091, -0.09090909090909091, -0.09090909090909091, -0.09090909090909091, -0.09090909090909091, -0.09090909090909091, -0.09090909090909091, -0.09090909090909091, -0.09090909090909091, -0.09090909090909091, -0.09090909090909091],
    V: [0.2265526249868406, 0.2265526249868406, 0.2265526249868406, 0.2265526249868406, 0.2265526249868406, 0.2265526249868406, 0.2265526249868406, 0.2265526249868406, 0.2265526249868406, 0.2265526249868406, 0.2265526249868406, 0.2265526249868406],
    z: [1.5278614436360365, 0.0005418836204035112, 0.30204887943390885, 0.5528102970159839, 0.2087024230732751, 1.7291018044443247, 0.5533421723465395, -0.24883187901041595, 1.7294717813274698, 0.13515332770402436, -0.01631327513859605, -2.807018726594714],
    p: [0.1265469428811133, 0.9995676394466877, 0.7626148016229208, 0.5803933168292378, 0.8346805484567867, 0.08379087628132346, 0.5800291285082109, 0.8034908306307951, 0.08372469267601088, 0.8924906475179274, 0.9869844669220125, 0.005000233479751746],
    quadrant: ['LL', 'LH', 'HH', 'HH', 'HH', 'LL', 'HH', 'LH', 'HH', 'HL', 'HL', 'LH'],
  },
  'y1.knn3Row.n': {
    Ii: [0.6941622990740139, -0.0988921828486993, 0.057664100866089064, 0.1878709490679953, 0.009194332307866813, 0.7986555395594062, 0.18814712317442586, -0.2283784968498622, 0.7988476485541887, -0.02899573691598858, -0.10764415561673396, -1.556706633400211],
    E: [-0.09090909090909091, -0.09090909090909091, -0.09090909090909091, -0.09090909090909091, -0.09090909090909091, -0.09090909090909091, -0.09090909090909091, -0.09090909090909091, -0.09090909090909091, -0.09090909090909091, -0.09090909090909091, -0.09090909090909091],
    V: [0.2265526249868406, 0.2265526249868406, 0.2265526249868406, 0.2265526249868406, 0.2265526249868406, 0.2265526249868406, 0.2265526249868406, 0.2265526249868406, 0.2265526249868406, 0.2265526249868406, 0.2265526249868406, 0.2265526249868406],
    z: [1.6493947260119726, -0.01677206673235428, 0.31214465597328794, 0.5857025660628244, 0.21031215812532383, 1.8689296650755598, 0.5862827936961578, -0.28881617142052096, 1.8693332762208095, 0.13007678135886847, -0.035159512651262916, -3.079565459694301],
    p: [0.09906679449572799, 0.9866184542808655, 0.7549305901892638, 0.5580754093813615, 0.8334240466785534, 0.06163260047355644, 0.5576854917849614, 0.7727220562318533, 0.061576461272492826, 0.8965056798217917, 0.9719525464790361, 0.002073028093826634],
    quadrant: ['LL', 'LH', 'HH', 'HH', 'HH', 'LL', 'HH', 'LH', 'HH', 'HL', 'HL', 'LH'],
  },
  'y1.t500Row.n-1': {
    Ii: [0.5477247635797103, -0.06544479107323088, -0.08114108228291994, 0.17221503664566234, 0.0, 0.5477247635797103, 0.3292342547085662, -0.08114108228291994, 0.062138253250266694, 0.3644683199662491, 0.0, -0.0],
    E: [-0.09090909090909091, -0.09090909090909091, -0.09090909090909091, -0.09090909090909091, -0.0, -0.09090909090909091, -0.09090909090909091, -0.09090909090909091, -0.09090909090909091, -0.09090909090909091, -0.0, -0.0],
    V: [0.802184612537509, 0.3704606218745077, 0.802184612537509, 0.2265526249868406, 0.0, 0.802184612537509, 0.3704606218745077, 0.802184612537509, 0.3704606218745077, 0.802184612537509, 0.0, 0.0],
    z: [0.7130414448797125, 0.04183701720148473, 0.010906084817532297, 0.5528102970159839, null, 0.7130414448797125, 0.6902818648460044, 0.010906084817532297, 0.2514518133822603, 0.5084336897173195, null, null],
    p: [0.4758201114927225, 0.9666286253752009, 0.9912983758047188, 0.5803933168292378, null, 0.4758201114927225, 0.49001695012549573, 0.9912983758047188, 0.8014648128619727, 0.6111492312897882, null, null],
    quadrant: ['LL', 'LH', 'HL', 'HH', 'HL', 'LL', 'HH', 'LH', 'HH', 'HH', 'HL', 'LL'],
  },
  'y1.t500Row.n': {
    Ii: [0.5975179239051386, -0.0713943175344337, -0.08851754430863994, 0.1878709490679953, 0.0, 0.5975179239051386, 0.35916464150025407, -0.08851754430863994, 0.0677871853639273, 0.3976018035995445, 0.0, -0.0],
    E: [-0.09090909090909091, -0.09090909090909091, -0.09090909090909091, -0.09090909090909091, -0.0, -0.09090909090909091, -0.09090909090909091, -0.09090909090909091, -0.09090909090909091, -0.09090909090909091, -0.0, -0.0],
    V: [0.802184612537509, 0.3704606218745077, 0.802184612537509, 0.2265526249868406, 0.0, 0.802184612537509, 0.3704606218745077, 0.802184612537509, 0.3704606218745077, 0.802184612537509, 0.0, 0.0],
    z: [0.7686360343835691, 0.03206213854774285, 0.0026701870430087425, 0.5857025660628244, null, 0.7686360343835691, 0.7394565177963098, 0.0026701870430087425, 0.26073282529040714, 0.545427574206413, null, null],
    p: [0.44210940755352357, 0.9744224969381976, 0.9978695015156342, 0.5580754093813615, null, 0.44210940755352357, 0.4596298339888576, 0.9978695015156342, 0.7942985504419924, 0.585459480067352, null, null],
    quadrant: ['LL', 'LH', 'HL', 'HH', 'HL', 'LL', 'HH', 'LH', 'HH', 'HH', 'HL', 'LL'],
  },
  'y1.idw2None.n-1': {
    Ii: [2.6180096597281842e-06, -1.194897956003858e-06, -3.7784899809279207e-07, 2.499735823344558e-06, -1.281902133385394e-07, 2.952556285781879e-06, 2.784541651857873e-06, -1.5887101372881964e-06, 1.5706558811046643e-06, 1.4977751918986384e-06, -6.708408915345741e-07, -3.732978545303337e-06],
    E: [-9.527235247759284e-07, -1.615276488126067e-06, -1.3854981979631322e-06, -1.973624582891572e-06, -8.458148730747404e-07, -7.222226405436946e-07, -1.7062706313541571e-06, -1.2407471212547443e-06, -1.701453004173577e-06, -1.5086706803072978e-06, -5.259380482919917e-07, -7.483859669184627e-07],
    V: [1.5273684317401967e-11, 6.250540174801973e-11, 4.793631961844325e-11, 5.31359374090993e-11, 5.0661139614111124e-12, 1.3681423196917254e-11, 4.038243121347446e-11, 4.864811084550153e-11, 7.123418108583869e-11, 2.7541359297532093e-11, 2.888810809272348e-12, 2.9078975895232995e-12],
    z: [0.9136618568847806, 0.053171847920029505, 0.14553820716185104, 0.6136768155644104, 0.31883051192198086, 0.9934947552488245, 0.7066895524815583, -0.04988845983564308, 0.3876890449404657, 0.5728760994927472, -0.08525450888025173, -1.7502315207459014],
    p: [0.3608945523913828, 0.9575949859796501, 0.8842859519139538, 0.5394289118073321, 0.7498550396232959, 0.3204689051295897, 0.4797594234748245, 0.9602112735702577, 0.6982461638307685, 0.5667285883496243, 0.9320590564576239, 0.08007837184157258],
    quadrant: ['LL', 'LH', 'HL', 'HH', 'HL', 'LL', 'HH', 'LH', 'HH', 'HH', 'HL', 'LH'],
  },
  'y1.idw2None.n': {
    Ii: [2.856010537885292e-06, -1.3035250429132998e-06, -4.1219890701031867e-07, 2.7269845345577e-06, -1.3984386909658846e-07, 3.2209704935802317e-06, 3.0376818020267705e-06, -1.7331383315871234e-06, 1.7134427793869067e-06, 1.6339365729803329e-06, -7.318264271286264e-07, -4.072340231240004e-06],
    E: [-9.527235247759284e-07, -1.615276488126067e-06, -1.3854981979631322e-06, -1.973624582891572e-06, -8.458148730747404e-07, -7.222226405436946e-07, -1.7062706313541571e-06, -1.2407471212547443e-06, -1.701453004173577e-06, -1.5086706803072978e-06, -5.259380482919917e-07, -7.483859669184627e-07],
    V: [1.5273684317401967e-11, 6.250540174801973e-11, 4.793631961844325e-11, 5.31359374090993e-11, 5.0661139614111124e-12, 1.3681423196917254e-11, 4.038243121347446e-11, 4.864811084550153e-11, 7.123418108583869e-11, 2.7541359297532093e-11, 2.888810809272348e-12, 2.9078975895232995e-12],
    z: [0.9745603651297842, 0.03943208124834432, 0.14057693278117078, 0.6448518725180119, 0.31365295708089286, 1.066061870993274, 0.7465245507304766, -0.07059554604426412, 0.4046068548807504, 0.5988215527659148, -0.12113573639464825, -1.9492407670870724],
    p: [0.3297783820582302, 0.9685459026546014, 0.8882041722229809, 0.5190231827327907, 0.7537846336961886, 0.2863956742382894, 0.455350606662995, 0.943719655311954, 0.6857665189941995, 0.549291888263915, 0.903583524034305, 0.0512666785794921],
    quadrant: ['LL', 'LH', 'HL', 'HH', 'HL', 'LL', 'HH', 'LH', 'HH', 'HH', 'HL', 'LH'],
  },
  'y2.idwRow.n-1': {
    Ii: [-0.8181845262935308, 0.0928281184742695, -0.023593445403987185, -0.21348971025410482, -0.31953990693575535, -0.3900641283524091, 0.0002485194563920196, -0.024716018761763693, -0.0547814855999651, -0.021577321208992153, -0.02665292727260988, -0.01649757649655451],
    E: [-0.09090909090909093, -0.09090909090909093, -0.0909090909090909, -0.09090909090909091, -0.09090909090909091, -0.09090909090909091, -0.09090909090909091, -0.09090909090909091, -0.09090909090909091, -0.0909090909090909, -0.0909090909090909, -0.09090909090909091],
    V: [0.047211509610671554, 0.06828548643807021, 0.05257661472169036, 0.054515922800817074, 0.035937855406929495, 0.05376534718031567, 0.04785487532343782, 0.06065497379593297, 0.0705278380859665, 0.04066916232914673, 0.04027552585654175, 0.03181265368355009],
    z: [-3.3471484578554374, 0.7031256029971565, 0.2935754295072447, -0.5250009960738244, -1.2060316020754678, -1.2901645157068649, 0.4167060802363731, 0.26876909457867615, 0.13603757759737395, 0.34379509175816436, 0.3201799872847328, 0.4171960563230462],
    p: [0.0008164747195158388, 0.48197747777489275, 0.7690823532553115, 0.5995824985003901, 0.22780530556787537, 0.19699354356777898, 0.6768934064688155, 0.7881073774520848, 0.8917915744565683, 0.7310003917042626, 0.7488318931327883, 0.6765350095336504],
    quadrant: ['HL', 'LL', 'LH', 'HL', 'LH', 'LH', 'LL', 'HL', 'LH', 'LH', 'HL', 'HL'],
  },
  'y2.idwRow.n': {
    Ii: [-0.8925649377747609, 0.10126703833556673, -0.02573830407707693, -0.23289786573175073, -0.3485889893844604, -0.4255245036571736, 0.0002711121342458396, -0.026962929558287666, -0.059761620654507394, -0.02353889586435508, -0.029075920661028962, -0.017997356178059466],
    E: [-0.09090909090909093, -0.09090909090909093, -0.0909090909090909, -0.09090909090909091, -0.09090909090909091, -0.09090909090909091, -0.09090909090909091, -0.09090909090909091, -0.09090909090909091, -0.0909090909090909, -0.0909090909090909, -0.09090909090909091],
    V: [0.047211509610671554, 0.06828548643807021, 0.05257661472169036, 0.054515922800817074, 0.035937855406929495, 0.05376534718031567, 0.04785487532343782, 0.06065497379593297, 0.0705278380859665, 0.04066916232914673, 0.04027552585654175, 0.03181265368355009],
    z: [-3.689470317595482, 0.7354196638247543, 0.28422132168491204, -0.608124258235203, -1.3592660262589, -1.4430943086424879, 0.4168093574744749, 0.25964578060048993, 0.11728500589684758, 0.33406824154868486, 0.3081065308505152, 0.40878738229702893],
    p: [0.0002247214442388252, 0.46208394979861156, 0.7762407766198154, 0.5431050643877975, 0.17406230551882784, 0.14899390637970575, 0.6768178574158674, 0.7951370192360021, 0.9066342065828545, 0.7383280642794788, 0.7580012719141032, 0.682695700362937],
    quadrant: ['HL', 'LL', 'LH', 'HL', 'LH', 'LH', 'LL', 'HL', 'LH', 'LH', 'HL', 'HL'],
  },
  'y2.knn3Row.n-1': {
    Ii: [-1.0048421748488932, 0.11098095834683196, 0.02670137130943237, -0.42133409003242434, -0.8452368639260076, -0.4891262418743418, 0.00034984020784303556, -0.07246854583350824, -0.04565561146192515, -0.16893408375618107, -0.19176581391407624, 0.04414566379400743],
    E: [-0.09090909090909091, -0.09090909090909091, -0.09090909090909091, -0.09090909090909091, -0.09090909090909091, -0.09090909090909091, -0.09090909090909091, -0.09090909090909091, -0.09090909090909091, -0.09090909090909091, -0.09090909090909091, -0.09090909090909091],
    V: [0.20618800016614644, 0.20618800016614644, 0.20618800016614644, 0.20618800016614644, 0.20618800016614644, 0.20618800016614644, 0.20618800016614644, 0.20618800016614644, 0.20618800016614644, 0.20618800016614644, 0.20618800016614644, 0.20618800016614644],
    z: [-2.01271695772097, 0.44461408922940643, 0.2590086472109976, -0.7276812828829322, -1.6612247954589254, -0.8769771296033793, 0.20097576226340128, 0.04061084825077614, 0.09965986249950354, -0.17183120842109662, -0.22211258160960864, 0.29742548966492643],
    p: [0.044144414366146446, 0.6565986638513497, 0.7956285685980378, 0.46680871055025075, 0.09666830745147414, 0.3804990604265154, 0.8407175262929978, 0.9676061356390971, 0.9206143669278999, 0.8635702296499419, 0.824226243768558, 0.7661416857552886],
    quadrant: ['HL', 'LL', 'LL', 'HL', 'LH', 'LH', 'LL', 'HL', 'LH', 'LH', 'HL', 'HH'],
  },
  'y2.knn3Row.n': {
    Ii: [-1.09619146347152, 0.12107013637836214, 0.029128768701198952, -0.4596371891262811, -0.9220765788283719, -0.5335922638629184, 0.00038164386310149336, -0.07905659545473627, -0.04980612159482744, -0.18429172773401573, -0.20919906972444682, 0.04815890595709901],
    E: [-0.09090909090909091, -0.09090909090909091, -0.09090909090909091, -0.09090909090909091, -0.09090909090909091, -0.09090909090909091, -0.09090909090909091, -0.09090909090909091, -0.09090909090909091, -0.09090909090909091, -0.09090909090909091, -0.09090909090909091],
    V: [0.20618800016614644, 0.20618800016614644, 0.20618800016614644, 0.20618800016614644, 0.20618800016614644, 0.20618800016614644, 0.20618800016614644, 0.20618800016614644, 0.20618800016614644, 0.20618800016614644, 0.20618800016614644, 0.20618800016614644],
    z: [-2.213891710574778, 0.46683306791654217, 0.26435440389645976, -0.8120346107514637, -1.83044571537982, -0.9749028071737695, 0.2010458021354456, 0.026102259576218163, 0.09051936602937533, -0.20565271133855215, -0.26050511845329255, 0.30626368657347297],
    p: [0.026836229112931043, 0.6406193152065472, 0.7915068425015979, 0.416771771904234, 0.0671833170693993, 0.329608473526546, 0.840662760232922, 0.9791757747967095, 0.9278745052599564, 0.837062199772506, 0.7944741676234252, 0.7594038855157632],
    quadrant: ['HL', 'LL', 'LL', 'HL', 'LH', 'LH', 'LL', 'HL', 'LH', 'LH', 'HL', 'HH'],
  },
  'y2.t500Row.n-1': {
    Ii: [-1.8197117450732028, 0.16550589182326939, -0.09878680716647582, -0.42133409003242434, -0.0, -1.8197117450732028, -0.0004407853852139946, -0.09878680716647582, -0.07060403302581862, 0.0014252503344193489, 0.0, 0.0],
    E: [-0.09090909090909091, -0.09090909090909091, -0.09090909090909091, -0.09090909090909091, -0.0, -0.09090909090909091, -0.09090909090909091, -0.09090909090909091, -0.09090909090909091, -0.09090909090909091, -0.0, -0.0],
    V: [0.7003614884340381, 0.3297313722331193, 0.7003614884340381, 0.20618800016614644, 0.0, 0.7003614884340381, 0.3297313722331193, 0.7003614884340381, 0.3297313722331193, 0.7003614884340381, 0.0, 0.0],
    z: [-2.065781063879974, 0.4465429767080379, -0.009413241605065435, -0.7276812828829322, null, -2.065781063879974, 0.1575492430897872, -0.009413241605065435, 0.03536096406226549, 0.1103321615264991, null, null],
    p: [0.03884915689357334, 0.6552050757216454, 0.9924894307738601, 0.46680871055025075, null, 0.03884915689357334, 0.8748120020560921, 0.9924894307738601, 0.9717919113973073, 0.9121459517491, null, null],
    quadrant: ['HL', 'LL', 'LH', 'HL', 'LL', 'LH', 'LH', 'HL', 'LH', 'LL', 'HL', 'HL'],
  },
  'y2.t500Row.n': {
    Ii: [-1.985140085534403, 0.18055188198902117, -0.10776742599979182, -0.4596371891262811, -0.0, -1.985140085534403, -0.00048085678386981237, -0.10776742599979182, -0.07702258148271122, 0.0015548185466392897, 0.0, 0.0],
    E: [-0.09090909090909091, -0.09090909090909091, -0.09090909090909091, -0.09090909090909091, -0.0, -0.09090909090909091, -0.09090909090909091, -0.09090909090909091, -0.09090909090909091, -0.09090909090909091, -0.0, -0.0],
    V: [0.7003614884340381, 0.3297313722331193, 0.7003614884340381, 0.20618800016614644, 0.0, 0.7003614884340381, 0.3297313722331193, 0.7003614884340381, 0.3297313722331193, 0.7003614884340381, 0.0, 0.0],
    z: [-2.263454715254063, 0.4727453505496143, -0.020144363681435722, -0.8120346107514637, null, -2.263454715254063, 0.15747945932970445, -0.020144363681435722, 0.02418315493604438, 0.11048698518936198, null, null],
    p: [0.02360767313920634, 0.6363948674195623, 0.9839282102150975, 0.416771771904234, null, 0.02360767313920634, 0.8748669949833068, 0.9839282102150975, 0.9807065146153963, 0.9120231709898543, null, null],
    quadrant: ['HL', 'LL', 'LH', 'HL', 'LL', 'LH', 'LH', 'HL', 'LH', 'LL', 'HL', 'HL'],
  },
  'y2.idw2None.n-1': {
    Ii: [-1.2845185934951646e-05, 4.0614428492512635e-06, -6.244733686395474e-07, -7.390224735556301e-06, -5.3004269493752885e-06, -7.403502169280273e-06, 5.2019768828999435e-09, -8.024357580941103e-07, 5.299760708174947e-07, -5.172747806165896e-07, -3.989722078762391e-07, -7.579144781074942e-08],
    E: [-9.527235247759284e-07, -1.615276488126067e-06, -1.3854981979631322e-06, -1.973624582891572e-06, -8.458148730747404e-07, -7.222226405436946e-07, -1.7062706313541571e-06, -1.2407471212547443e-06, -1.701453004173577e-06, -1.5086706803072978e-06, -5.259380482919917e-07, -7.483859669184627e-07],
    V: [1.439675741780258e-11, 5.7352373751174134e-11, 4.386924365021362e-11, 5.1128739802826836e-11, 5.361577638721768e-12, 1.2483476992607097e-11, 3.878776216623006e-11, 4.394235003163887e-11, 6.525040501014792e-11, 2.686486578794817e-11, 2.8714470039984563e-12, 3.288976231585651e-12],
    z: [-3.1342919257367363, 0.7495864442191486, 0.11489966248693619, -0.7575202264216281, -1.9238162575057094, -1.8910014392220997, 0.27480370943010085, 0.0661212553354336, 0.27624312713930793, 0.19127348939173472, 0.07492667993666659, 0.370871069330659],
    p: [0.0017226938007129068, 0.4535038176297119, 0.908524652620161, 0.4487382527874715, 0.05437761888034674, 0.05862415210768158, 0.7834670480697654, 0.9472812885699367, 0.7823613347623607, 0.8483113300245515, 0.940273048698333, 0.7107335642292902],
    quadrant: ['HL', 'LL', 'LH', 'HL', 'LH', 'LH', 'LL', 'HL', 'LL', 'LH', 'HL', 'HL'],
  },
  'y2.idw2None.n': {
    Ii: [-1.4012930110856341e-05, 4.430664926455924e-06, -6.812436748795062e-07, -8.062063347879602e-06, -5.782283944773042e-06, -8.076547821033025e-06, 5.6748838722544835e-09, -8.75384463375393e-07, 5.781557136190852e-07, -5.642997606726433e-07, -4.3524240859226087e-07, -8.268157942990846e-08],
    E: [-9.527235247759284e-07, -1.615276488126067e-06, -1.3854981979631322e-06, -1.973624582891572e-06, -8.458148730747404e-07, -7.222226405436946e-07, -1.7062706313541571e-06, -1.2407471212547443e-06, -1.701453004173577e-06, -1.5086706803072978e-06, -5.259380482919917e-07, -7.483859669184627e-07],
    V: [1.439675741780258e-11, 5.7352373751174134e-11, 4.386924365021362e-11, 5.1128739802826836e-11, 5.361577638721768e-12, 1.2483476992607097e-11, 3.878776216623006e-11, 4.394235003163887e-11, 6.525040501014792e-11, 2.686486578794817e-11, 2.8714470039984563e-12, 3.288976231585651e-12],
    z: [-3.442054188557301, 0.7983406361265672, 0.10632847167303204, -0.8514779348331614, -2.131916156141307, -2.0814934386441477, 0.2748796420475816, 0.05511661257757457, 0.2822075986706379, 0.182200794995173, 0.05352245253668913, 0.367071825642476],
    p: [0.0005773145893083189, 0.4246728425316755, 0.9153217425034639, 0.3945039153555595, 0.033013739805169674, 0.03738876404967817, 0.7834087081838637, 0.9560455613389787, 0.7777843321350224, 0.8554251491209605, 0.9573156417488924, 0.7135654424699054],
    quadrant: ['HL', 'LL', 'LH', 'HL', 'LH', 'LH', 'LL', 'HL', 'LL', 'LH', 'HL', 'HL'],
  },
};

describe('vectors case desmith (spatial_autocorrelation.json, local_row_standardised)', () => {
  it('Ii, E[Ii] = −w_i/(n − 1) and Var[Ii] under total randomisation, as PySAL esda', async () => {
    const r = await localMoran(DY, DW);
    expect(r[0]).toEqual(['Ii', 'E[Ii]', 'Var[Ii]', 'z', 'p', 'quadrant']);
    expectColumn(r, 0, DL.Ii_esda, 1e-9);
    expectColumn(r, 1, DL.EIi_esda_total_randomisation, 1e-9);
    expectColumn(r, 2, DL.VIi_esda_total_randomisation, 1e-9);
    // z and p follow from them
    r.slice(1).forEach((row, i) => {
      const z = (DL.Ii_esda[i] - DL.EIi_esda_total_randomisation[i]) / Math.sqrt(DL.VIi_esda_total_randomisation[i]);
      expect(Math.abs((row[3] as number) - z)).toBeLessThan(1e-8);
      expect((row[4] as number) > 0 && (row[4] as number) <= 1).toBe(true);
    });
  });
  it('quadrants: PySAL codes 1 HH, 2 LH, 3 LL, 4 HL, and GeoDa codes 1 HH, 2 LL, 3 LH, 4 HL', async () => {
    const q = (await localMoran(DY, DW)).slice(1).map((row) => row[5]);
    const pysal = ['', 'HH', 'LH', 'LL', 'HL'];
    const geoda = ['', 'HH', 'LL', 'LH', 'HL'];
    expect(q).toEqual(DL.quadrant_pysal_1HH_2LH_3LL_4HL.map((c) => pysal[c]));
    expect(q).toEqual(DL.quadrant_geoda_1HH_2LL_3LH_4HL.map((c) => geoda[c]));
    // the lag's sign as in the vector's lag_z
    DL.lag_z.forEach((lag, i) => expect((q[i] as string)[1]).toBe(lag > 0 ? 'H' : 'L'));
  });
  it('scaling "n": spdep\'s Ii = esda\'s × n/(n − 1); E and Var unchanged', async () => {
    const r = await localMoran(DY, DW, 'row', 0, 1, 'n');
    expectColumn(r, 0, DL.Ii_spdep, 1e-9);
    expectColumn(r, 1, DL.EIi_esda_total_randomisation, 1e-9);
    expectColumn(r, 2, DL.VIi_esda_total_randomisation, 1e-9);
  });
  it('the permutation moments approach spdep\'s conditional-randomisation E[Ii] and Var[Ii] (scaling "n", 99,999 permutations)', async () => {
    const P = 99999;
    const r = await localMoran(DY, DW, 'row', P, 1, 'n');
    r.slice(1).forEach((row, i) => {
      const e = DL.EIi_spdep[i];
      const v = DL.VarIi_spdep[i];
      // Monte Carlo error of the mean: sd/√P; allow 5 of them. Variance within 3%.
      expect(Math.abs((row[1] as number) - e)).toBeLessThan(5 * Math.sqrt(v / P));
      expect(Math.abs((row[2] as number) / v - 1)).toBeLessThan(0.03);
      // the simulated z is then close to spdep's analytic conditional z
      expect(Math.abs((row[3] as number) - DL.Zi_spdep[i])).toBeLessThan(0.03);
    });
  }, 30000);
});

describe('independent numpy check on other data', () => {
  const knn3Row = NUMPY.knn3.map((r) => r.map((v) => v / 3));
  const weights: Record<string, (number | null)[][]> = {
    idwRow: NUMPY.coordinates,
    knn3Row,
    t500Row: NUMPY.threshold500,
    idw2None: spatialWeights(NUMPY.coordinates, 'inverse-distance', 2, 'none') as number[][],
  };
  const cases: [string, string, string][] = [];
  for (const y of ['y1', 'y2']) for (const w of Object.keys(weights)) for (const s of ['n-1', 'n']) cases.push([y, w, s]);
  it.each(cases)('%s, %s weights, scaling %s', async (y, w, s) => {
    const ref = LOCAL[`${y}.${w}.${s}`];
    const values = y === 'y1' ? NUMPY.y1 : NUMPY.y2;
    const r = await localMoran(values, weights[w], w === 'idw2None' ? 'none' : 'row', 0, 1, s);
    expectColumn(r, 0, ref.Ii, 1e-12);
    expectColumn(r, 1, ref.E, 1e-12);
    expectColumn(r, 2, ref.V, 1e-12);
    expectColumn(r, 3, ref.z, 1e-9);
    expectColumn(r, 4, ref.p, 1e-9);
    expect(r.slice(1).map((row) => row[5])).toEqual(ref.quadrant);
  });
  it('islands (500 km band): Ii = E = Var = 0, z and p #N/A, quadrant from a lag of 0 (low)', async () => {
    const r = await localMoran(NUMPY.y1, NUMPY.threshold500);
    [4, 10, 11].forEach((i) => {
      expect(r[i + 1].slice(0, 3)).toEqual([0, 0, 0]);
      expect(r[i + 1].slice(3, 5).map(cellKind)).toEqual(['na', 'na']);
      expect((r[i + 1][5] as string)[1]).toBe('L');
    });
    const p = await localMoran(NUMPY.y1, NUMPY.threshold500, 'row', 99);
    [4, 10, 11].forEach((i) => expect(p[i + 1].slice(3, 5).map(cellKind)).toEqual(['na', 'na']));
  });
});

/** The conditional permutation test written plainly with the shared generator, to check the fast loop draws the same numbers. */
function plainPermutation(y: number[], w: number[][], P: number, seed: number): number[][] {
  const n = y.length;
  const mean = y.reduce((a, b) => a + b, 0) / n;
  const z = y.map((v) => v - mean);
  const rs = w.map((r) => r.reduce((a, b) => a + b, 0));
  const W = w.map((r, i) => r.map((v) => (rs[i] ? v / rs[i] : 0)));
  const m2 = z.reduce((a, v) => a + v * v, 0) / (n - 1);
  const next = mulberry32(seed);
  const zMax = Math.max(...z.map(Math.abs));
  return z.map((zi, i) => {
    const nb = W[i].map((v, j) => [v, j]).filter(([v]) => v !== 0);
    const obs = (zi * nb.reduce((s, [v, j]) => s + v * z[j], 0)) / m2;
    const tie = (1e-12 * Math.abs(zi) * nb.reduce((s, [v]) => s + v, 0) * zMax) / m2;
    const pool = z.slice(0, n - 1);
    if (i < n - 1) pool[i] = z[n - 1];
    let larger = 0;
    const sims: number[] = [];
    for (let p = 0; p < P; p++) {
      let s = 0;
      nb.forEach(([v], t) => {
        const r = t + Math.floor(next() * (n - 1 - t));
        [pool[r], pool[t]] = [pool[t], pool[r]];
        s += v * pool[t];
      });
      const sim = (zi * s) / m2;
      sims.push(sim);
      if (sim >= obs - tie) larger++;
    }
    if (P - larger < larger) larger = P - larger;
    const ms = sims.reduce((a, b) => a + b, 0) / P;
    return [obs, ms, sims.reduce((a, b) => a + (b - ms) ** 2, 0) / P, (larger + 1) / (P + 1)];
  });
}

describe('permutations', () => {
  it('are the conditional permutation test, drawn with mulberry32(seed) (a plain re-implementation agrees)', async () => {
    const r = await localMoran(DY, DW, 'row', 999, 7);
    const plain = plainPermutation(DY, DW, 999, 7);
    r.slice(1).forEach((row, i) => {
      expect(row[0]).toBeCloseTo(plain[i][0], 12);
      expect(row[1]).toBeCloseTo(plain[i][1], 10);
      expect(row[2]).toBeCloseTo(plain[i][2], 10);
      expect(row[4]).toBe(plain[i][3]);
    });
  });
  it('give the same result for the same seed, another for another seed', async () => {
    const a = await localMoran(DY, DW, 'row', 999, 1);
    const b = await localMoran(DY, DW, 'row', 999, 1);
    const c = await localMoran(DY, DW, 'row', 999, 2);
    expect(a).toEqual(b);
    expect(a.map((r) => r[4])).not.toEqual(c.map((r) => r[4]));
    // omitted seed = 1
    expect(await localMoran(DY, DW, 'row', 999, null)).toEqual(a);
  });
  it('pseudo p-values lie in [1/(P + 1), 0.5]; Ii and quadrants are the analytic ones (stl, 9,999 permutations)', async () => {
    const stl = byId('stl');
    const W = contiguity(stl);
    const P = 9999;
    const perm = await localMoran(stl.inputs.y, W, 'row', P, 1);
    const analytic = await localMoran(stl.inputs.y, W);
    perm.slice(1).forEach((row, i) => {
      const p = row[4] as number;
      expect(p).toBeGreaterThanOrEqual(1 / (P + 1));
      expect(p).toBeLessThanOrEqual(0.5 + 1e-12);
      expect(row[0]).toBe(analytic[i + 1][0]);
      expect(row[5]).toBe(analytic[i + 1][5]);
    });
  }, 30000);
  it('pseudo p-values agree with the one-sided normal p of the simulated z on Gaussian data (300 units, knn 6, 9,999 permutations)', async () => {
    // With near-normal values the permutation distribution of I_i is near normal, so the folded pseudo p is close
    // to Φ(−|z|) with z from the simulated mean and sd (measured: at most 0.016 apart). Against the analytic p the
    // comparison is loose by design: total randomisation (permutations 0) gives every unit the same kind of
    // variance, conditional randomisation one that grows with z_i², so unit by unit they differ.
    const r = mulberry32(21);
    const n = 300;
    const coords = Array.from({ length: n }, () => [25 + 15 * r(), 105 + 15 * r()]);
    const gauss = () => Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
    const y = coords.map(([lat]) => 0.1 * lat + gauss());
    const w = spatialWeights(coords, 'knn', 6, 'none') as number[][];
    const perm = await localMoran(y, w, 'row', 9999);
    const analytic = await localMoran(y, w);
    const significant = [0, 0];
    perm.slice(1).forEach((row, i) => {
      expect(Math.abs((row[4] as number) - normalUpper(Math.abs(row[3] as number)))).toBeLessThan(0.03);
      if ((row[4] as number) < 0.05) significant[0]++;
      if ((analytic[i + 1][4] as number) < 0.1) significant[1]++;
    });
    // the data have a spatial trend, so both tests find clusters, in similar numbers
    expect(significant[0]).toBeGreaterThan(10);
    expect(significant[1]).toBeGreaterThan(10);
    expect(significant[0] / significant[1]).toBeGreaterThan(0.3);
    expect(significant[0] / significant[1]).toBeLessThan(3);
  }, 30000);
  it('a unit whose Ii is far out gets the smallest pseudo p, 1/(P + 1)', async () => {
    // a hot spot: unit 1 (value 10) has the only other high values (9, 9.5, 9.8) as its 3 neighbours among
    // 40 units; a permutation matches it with probability 1/C(39, 3) = 1/9,139
    const y = [10, 9, 9.5, 9.8, ...Array.from({ length: 36 }, (_, i) => (i % 5) / 10)];
    const w = y.map((_, i) => y.map((__, j) => (i !== j && ((i < 4 && j < 4) || Math.abs(i - j) === 1) ? 1 : 0)));
    const r = await localMoran(y, w, 'row', 999, 1);
    expect(r[1][5]).toBe('HH');
    expect(r[1][4]).toBe(1 / 1000);
    expect(r[1][3] as number).toBeGreaterThan(3);
  });
  it('errors: permutations other than 0 or a whole number from 99 to 99,999 #NUM!; over 1e9 draws #VALUE!', async () => {
    for (const p of [1, 98, 100000, 999.5, -1]) expect(await kindOf(localMoran(DY, DW, 'row', p))).toBe('num');
    const r = mulberry32(5);
    const coords = Array.from({ length: 1200 }, () => [20 + 25 * r(), 100 + 25 * r()]);
    const y = coords.map(([lat]) => lat);
    const tick = jest.spyOn(Pacer.prototype, 'tick');
    expect(await kindOf(localMoran(y, coords, 'row', 999))).toBe('value'); // 999 × 1,200 × 1,199 > 1e9
    // Refused once the weights are built (their positive entries count the draws), before any permutation:
    // the weights take two ticks a row; the draws would have taken 19 more per unit (batches of ⌊65,536 / 1,199⌋).
    expect(tick.mock.calls.length).toBeLessThanOrEqual(2 * 1200 + 2);
    tick.mockRestore();
  });
  it('stay responsive: 1,000 units with dense weights, 99 permutations (≈ 1e8 draws), a tick of the pacer after at most 65,536 draws', async () => {
    const r = mulberry32(9);
    const coords = Array.from({ length: 1000 }, () => [20 + 25 * r(), 100 + 25 * r()]);
    const y = coords.map(([lat]) => lat + 5 * r());
    const tick = jest.spyOn(Pacer.prototype, 'tick');
    const out = await localMoran(y, coords, 'row', 99, 1);
    const ticks = tick.mock.calls.length;
    tick.mockRestore();
    expect(out).toHaveLength(1001);
    // Each unit has 999 neighbours: batches of ⌊65,536 / 999⌋ = 65 permutations, so 2 ticks per unit for 99
    // (the time of a slice is npm run bench's to measure, not a unit test's).
    expect(ticks).toBeGreaterThanOrEqual(1000 * Math.ceil(99 / Math.floor(65536 / 999)));
  }, 60000);
});

describe('edge cases and errors', () => {
  const path4 = [
    [0, 1, 0, 0],
    [1, 0, 1, 0],
    [0, 1, 0, 1],
    [0, 0, 1, 0],
  ];
  it('constant values #DIV/0!, fewer than 3 units #N/A, a blank value #VALUE!', async () => {
    expect(await kindOf(localMoran([2, 2, 2, 2], path4))).toBe('div0');
    expect(await kindOf(localMoran([1, 2], [[0, 1], [1, 0]]))).toBe('na');
    expect(await kindOf(localMoran([1, null, 3, 4], path4))).toBe('value');
  });
  it('weights errors: shape #VALUE!, negative #NUM!, unknown options #VALUE!', async () => {
    expect(await kindOf(localMoran([1, 2, 3, 5, 4], path4))).toBe('value');
    expect(await kindOf(localMoran([1, 2, 3, 5], [[0, 1, 0, 0], [1, 0, -1, 0], [0, 1, 0, 1], [0, 0, 1, 0]]))).toBe('num');
    expect(await kindOf(localMoran([1, 2, 3, 5], path4, 'rook'))).toBe('value');
    expect(await kindOf(localMoran([1, 2, 3, 5], path4, 'row', 0, 1, 'n-2'))).toBe('value');
  });
  it('n = 3 works (the variance needs n − 2 > 0)', async () => {
    const r = await localMoran([1, 2, 4], [[0, 1, 0], [1, 0, 1], [0, 1, 0]]);
    expect(r).toHaveLength(4);
    expect(r.slice(1).every((row) => typeof row[0] === 'number')).toBe(true);
  });
  it('0 counts as low: a unit at the mean is "L…"', async () => {
    const r = await localMoran([1, 2, 3], [[0, 1, 0], [1, 0, 1], [0, 1, 0]]);
    expect(r[2][5]).toBe('LL'); // z = 0, lag = (−1 + 1)/2 = 0
  });
  it('county scale, analytic: 2,800 units from coordinates', async () => {
    const r = mulberry32(13);
    const coords = Array.from({ length: 2800 }, () => [20 + 25 * r(), 100 + 25 * r()]);
    const y = coords.map(([lat]) => lat + 5 * r());
    const out = await localMoran(y, coords);
    expect(out).toHaveLength(2801);
    expect(out.slice(1).every((row) => typeof row[0] === 'number')).toBe(true);
  }, 60000);
});

describe('weights from coordinates take the pairwise path (analytic; no n×n matrix): the same numbers as the matrix', () => {
  const r = mulberry32(7);
  const coords = Array.from({ length: 30 }, () => [20 + 25 * r(), 100 + 25 * r()]);
  const y = coords.map(([lat]) => lat + 10 * r());
  const u = spatialWeights(coords, 'inverse-distance', null, 'none') as number[][];
  const same = expectSameCells;
  it.each([
    ['row', 'n-1'],
    ['none', 'n'],
  ])('standardize "%s", scaling "%s"', async (how, scaling) => {
    same(await localMoran(y, coords, how, 0, 1, scaling), await localMoran(y, u, how, 0, 1, scaling));
  });
  it('permutations take the matrix path: the same draws from coordinates as from the matrix', async () => {
    expect(await localMoran(y, coords, 'row', 99, 3)).toEqual(await localMoran(y, spatialWeights(coords) as number[][], 'row', 99, 3));
  });
  it('two units at the same place: #DIV/0! naming the rows', async () => {
    const c = coords.map((p) => [...p]);
    c[9] = [...c[3]];
    const e = await localMoran(y, c).catch((x: unknown) => x);
    expect((e as DomainError).kind).toBe('div0');
    expect((e as DomainError).message).toContain('rows 4 and 10 of weights');
  });
});
