/**
 * The task pane's Excel actions. Each reports through `say` (the status line)
 * and never overwrites a user's data.
 */
import { exampleFormula } from '../registry/formula';
import type { FunctionSpec } from '../registry/types';
import { insertTemplate } from '../templates/insert';
import type { TemplateInfo } from '../templates';
import type { Strings, UiLang } from './i18n';

/** True inside Excel; false in a plain browser (a read-only preview). */
export function inExcel(): boolean {
  return typeof Excel !== 'undefined' && Boolean(Office.context?.document);
}

/** Writes the spec's first example formula into the selected cell, only if that cell is empty. */
export async function insertExample(spec: FunctionSpec, s: Strings, say: (message: string) => void): Promise<void> {
  if (!inExcel()) {
    say(s.noExcel);
    return;
  }
  const formula = exampleFormula(spec, spec.examples[0].args);
  try {
    await Excel.run(async (context) => {
      const cell = context.workbook.getSelectedRange().getCell(0, 0);
      cell.load('formulas');
      await context.sync();
      if (cell.formulas[0][0] !== '') {
        say(s.cellNotEmpty);
        return;
      }
      cell.formulas = [[formula]];
      await context.sync();
      say(s.inserted(spec.name));
    });
  } catch (e) {
    say(s.failed + (e instanceof Error ? e.message : String(e)));
  }
}

/** Inserts a template as new sheets in the pane's language (insertTemplate never overwrites a sheet). */
export async function insertTemplateAction(
  template: TemplateInfo,
  lang: UiLang,
  s: Strings,
  say: (message: string) => void,
): Promise<void> {
  if (!inExcel()) {
    say(s.noExcelTemplate);
    return;
  }
  try {
    say(s.templateInserted(await insertTemplate(template.id, lang)));
  } catch (e) {
    say(s.templateFailed + (e instanceof Error ? e.message : String(e)));
  }
}
