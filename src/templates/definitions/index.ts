/** Every template definition, in the order of the gallery. */
import type { TemplateDef } from '../model';
import { sixAspects } from './six-aspects';
import { cae26 } from './cae-26';
import { nqpIndex } from './nqp-index';
import { tfp } from './tfp';
import { structure } from './structure';
import { openness } from './openness';
import { fourBases } from './four-bases';
import { isicCompleteness } from './isic-completeness';
import { inclusiveness } from './inclusiveness';
import { regionalDynamics } from './regional-dynamics';
import { greenTfp } from './green-tfp';

export const definitions: readonly TemplateDef[] = [sixAspects, cae26, nqpIndex, tfp, structure, openness, isicCompleteness, fourBases, inclusiveness, regionalDynamics, greenTfp];
