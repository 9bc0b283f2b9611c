/**
 * Excel's custom-function metadata (functions.json and its zh-CN twin),
 * derived from the specs. Excel keeps English function names in every
 * language, as it does for SUM: only the descriptions are translated.
 */
import type { FunctionSpec, ParamSpec } from '../registry/types';

export type Lang = 'en' | 'zh';

export interface MetadataParameter {
  name: string;
  description: string;
  type: 'any';
  dimensionality: 'scalar' | 'matrix';
  optional: boolean;
}

export interface MetadataFunction {
  id: string;
  name: string;
  description: string;
  helpUrl: string;
  parameters: MetadataParameter[];
  result: { type: 'any'; dimensionality: 'matrix' };
  /**
   * The addresses of the arguments that are references come with the invocation object, so that where
   * Excel sends an empty cell as 0 the add-in can tell it from a zero (src/excel/blank-cells.ts).
   * Excel accepts this option only with a matrix result, as every result here is. The formula's own address
   * (requiresAddress) tells an argument that is a reference from one whose reported address is the caller's.
   */
  options: { requiresAddress: true; requiresParameterAddresses: true };
}

export interface Metadata {
  /** Error values in input cells reach the functions (every parameter is "any"), so one unit's error stays in that unit. */
  allowErrorForDataTypeAny: true;
  functions: MetadataFunction[];
}

/** The help page of a language, relative to the add-in's base URL. */
export const helpPage = (lang: Lang): string => (lang === 'zh' ? 'help-zh-CN.html' : 'help.html');

export function helpUrl(baseUrl: string, spec: FunctionSpec, lang: Lang): string {
  return `${baseUrl.replace(/\/$/, '')}/${helpPage(lang)}#${spec.name}`;
}

function parameter(p: ParamSpec, lang: Lang): MetadataParameter {
  return {
    name: p.name,
    description: p.description[lang],
    // Every argument is read as "any" so that the adapter, not Excel, checks it and
    // can say what is wrong: Excel's own type check gives a bare #VALUE!.
    type: 'any',
    // Element-wise arguments take ranges too.
    dimensionality: p.shape === 'scalar' ? 'scalar' : 'matrix',
    optional: p.optional === true,
  };
}

export function buildMetadata(specs: readonly FunctionSpec[], lang: Lang, baseUrl: string): Metadata {
  return {
    allowErrorForDataTypeAny: true,
    functions: specs.map((s) => ({
      id: s.name,
      name: s.name,
      description: s.description[lang],
      helpUrl: helpUrl(baseUrl, s, lang),
      parameters: s.params.map((p) => parameter(p, lang)),
      // Every result may spill (a range in an element-wise argument, one value per unit).
      result: { type: 'any', dimensionality: 'matrix' },
      options: { requiresAddress: true, requiresParameterAddresses: true },
    })),
  };
}
