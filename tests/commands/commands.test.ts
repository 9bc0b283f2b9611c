/** The ribbon buttons (ExecuteFunction in the shared runtime) open the task pane at their view. */
import { registerCommands, type View } from '../../src/commands/commands';

type Handler = (event: { completed: () => void }) => void;

function fakeOffice() {
  const actions = new Map<string, Handler>();
  const shown: string[] = [];
  (globalThis as unknown as { Office: unknown }).Office = {
    actions: { associate: (name: string, fn: Handler) => actions.set(name, fn) },
    addin: {
      showAsTaskpane: () => {
        shown.push('pane');
        return Promise.resolve();
      },
    },
  };
  return { actions, shown };
}

afterEach(() => {
  delete (globalThis as unknown as { Office?: unknown }).Office;
});

it.each([
  ['showGlossary', 'glossary'],
  ['showTemplates', 'templates'],
])('%s shows the %s view, opens the pane, and completes the event', async (action, view) => {
  const { actions, shown } = fakeOffice();
  const views: View[] = [];
  registerCommands((v) => views.push(v));
  const completed = new Promise<void>((resolve) => actions.get(action)!({ completed: resolve }));
  await completed;
  expect(views).toEqual([view]);
  expect(shown).toEqual(['pane']);
});

it('completes the event even when the pane cannot be shown', async () => {
  const { actions } = fakeOffice();
  (globalThis as unknown as { Office: { addin: { showAsTaskpane: () => Promise<void> } } }).Office.addin.showAsTaskpane = () =>
    Promise.reject(new Error('not supported'));
  registerCommands(() => undefined);
  await new Promise<void>((resolve) => actions.get('showGlossary')!({ completed: resolve }));
});
