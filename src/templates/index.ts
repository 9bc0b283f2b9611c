/**
 * The template workbooks: what the task pane lists and the glossary links to.
 * Each template is declarative data (src/templates/definitions/) written into a
 * new sheet by insertTemplate, which never overwrites a user's sheet.
 *
 * The pane lists the templates from their catalogue (catalogue.json: id,
 * title, description, functions and glossary links, written from the
 * definitions by `npm run docs` and held to them by a test); the definitions
 * themselves — every cell of every sheet, a third of the pane's code — are a
 * chunk of their own, loaded the first time a template is inserted or a
 * sample cleared.
 */
import { loadOnce } from '../core/shared/load-once';
import type { Lang, TemplateDef, TemplateInfo } from './model';
import catalogue from './catalogue.json';

export { templateInfo, type TemplateInfo } from './model';


/** The templates available in this version, in the order of the gallery. */
export const templates: readonly TemplateInfo[] = catalogue as TemplateInfo[];

/** Every template definition, loaded on first use (a failed load is tried again next time). */
export const loadDefinitions: () => Promise<readonly TemplateDef[]> = loadOnce(() =>
  import(/* webpackChunkName: "templates" */ './definitions').then((m) => m.definitions),
);

/** The full definition of a template (sheets, cells, charts), or undefined. */
export async function templateById(id: string): Promise<TemplateDef | undefined> {
  return (await loadDefinitions()).find((d) => d.id === id);
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
