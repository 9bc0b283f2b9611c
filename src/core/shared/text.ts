/**
 * Text in both languages of the add-in (English and Simplified Chinese). It
 * lives at the bottom of the tree so that the embedded data, the core, the
 * registry, the glossary and the templates can all name it without depending
 * on one another.
 */
export interface Text {
  en: string;
  zh: string;
}
