/**
 * The pane's confirm dialog: a modal <dialog> asking before a cell's content
 * is replaced, or before the sample data is cleared. Focus starts on Cancel (the choice that changes nothing), Tab
 * stays inside the dialog while it is open, Escape cancels, and focus goes
 * back to the control that opened it.
 */
import type { ClearQuestion } from '../templates/clear';
import type { ReplaceQuestion } from './actions';
import type { Strings } from './i18n';
import { el } from './views';

/** Longer cell contents are cut, so that the question stays readable. */
const MAX_SHOWN = 80;

const shorten = (text: string): string => (text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text);

/** True while the dialog is open (the pane's own Escape handler then leaves the key to it). */
export function dialogOpen(): boolean {
  return document.getElementById('confirm-dialog') !== null;
}

/** Asks whether to replace the cell's content; resolves true only on "Replace". */
export function confirmReplace(s: Strings, question: ReplaceQuestion): Promise<boolean> {
  return ask(s, {
    title: s.confirmTitle,
    text: s.confirmText(question.address, shorten(question.content), question.formula),
    ok: s.replace,
    okId: 'confirm-replace',
  });
}

/** Asks whether to clear the sample cells; resolves true only on "Clear". */
export function confirmClear(s: Strings, question: ClearQuestion): Promise<boolean> {
  return ask(s, { title: s.confirmClearTitle, text: s.confirmClearText(question.sheet, question.cells), ok: s.clearConfirm, okId: 'confirm-clear' });
}

/** The dialog itself: a title, a question, the action's button and Cancel. */
function ask(s: Strings, q: { title: string; text: string; ok: string; okId: string }): Promise<boolean> {
  document.getElementById('confirm-dialog')?.remove();
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  return new Promise((resolve) => {
    const replace = el('button', { type: 'button', className: 'primary', id: q.okId, textContent: q.ok });
    const cancel = el('button', { type: 'button', className: 'secondary', id: 'confirm-cancel', textContent: s.cancel });
    const dialog = el(
      'dialog',
      { id: 'confirm-dialog', className: 'confirm' },
      el('h2', { id: 'confirm-title', textContent: q.title }),
      el('p', { id: 'confirm-text', textContent: q.text }),
      el('div', { className: 'actions' }, replace, cancel),
    );
    dialog.setAttribute('aria-labelledby', 'confirm-title');
    dialog.setAttribute('aria-describedby', 'confirm-text');

    const modal = typeof dialog.showModal === 'function';
    let settled = false;
    const finish = (answer: boolean): void => {
      if (settled) return;
      settled = true;
      if (dialog.open) dialog.close();
      dialog.remove();
      if (opener?.isConnected) opener.focus();
      resolve(answer);
    };
    replace.addEventListener('click', () => finish(true));
    cancel.addEventListener('click', () => finish(false));
    // Escape: the browser's own cancel of a modal dialog, and the key itself where there is none.
    dialog.addEventListener('cancel', (e) => {
      e.preventDefault();
      finish(false);
    });
    dialog.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        e.stopPropagation();
        finish(false);
      } else if (e.key === 'Tab') {
        // Tab and Shift+Tab move between the two buttons: focus never leaves the open dialog (a modal
        // dialog alone would let it go on to the browser's or the host's own controls).
        e.preventDefault();
        (document.activeElement === replace ? cancel : replace).focus();
      }
    });

    document.body.append(dialog);
    if (modal) dialog.showModal();
    else dialog.setAttribute('open', '');
    cancel.focus();
  });
}
