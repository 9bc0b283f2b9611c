/**
 * The template workbooks: what the task pane lists and the glossary links to.
 * Each template is declarative data (src/templates/definitions/) written into a
 * new sheet by insertTemplate, which never overwrites a user's sheet.
 */
import type { Text } from '../registry/types';
import { definitions } from './definitions';
import { type Lang, type TemplateDef, templateFunctions } from './model';

export interface TemplateInfo {
  /** Stable kebab-case id, used by glossary links. */
  id: string;
  title: Text;
  description: Text;
  /** Names of the NQP functions its formulas use (without "NQP."). */
  functions: string[];
  /** Glossary term ids it illustrates. */
  glossary: string[];
}

/** The templates available in this version. */
export const templates: readonly TemplateInfo[] = definitions.map((d) => ({
  id: d.id,
  title: d.title,
  description: d.description,
  functions: templateFunctions(d),
  glossary: d.glossary,
}));

/** The full definition of a template (sheets, cells, charts), or undefined. */
export function templateById(id: string): TemplateDef | undefined {
  return definitions.find((d) => d.id === id);
}

/** Where the downloadable template files are, relative to the add-in's pages (dist/). */
export const TEMPLATE_FILES_DIR = 'assets/templates';

/**
 * The name of a template's downloadable .xlsx file (written at build time by
 * scripts/build-template-files.js): `<id>.xlsx` in English, `<id>.zh-CN.xlsx` in Chinese.
 */
export function templateFileName(id: string, lang: Lang): string {
  return lang === 'zh' ? `${id}.zh-CN.xlsx` : `${id}.xlsx`;
}

/** The file's URL relative to the task pane's page, for a download link. */
export function templateFileUrl(id: string, lang: Lang): string {
  return `${TEMPLATE_FILES_DIR}/${templateFileName(id, lang)}`;
}
