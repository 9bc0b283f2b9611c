/**
 * The template workbooks: what the task pane lists and the glossary links to.
 * Each template is declarative data (src/templates/definitions/) written into a
 * new sheet by insertTemplate, which never overwrites a user's sheet.
 */
import type { Text } from '../registry/types';

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
export const templates: readonly TemplateInfo[] = [];
