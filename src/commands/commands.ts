/**
 * The ribbon's commands (Home tab, NQP group). With the shared runtime they
 * run in the task pane's page: each opens the pane at a view.
 */
export type View = 'glossary' | 'templates' | 'build' | 'check';

export function registerCommands(showView: (view: View) => void): void {
  const open = (view: View) => (event: Office.AddinCommands.Event) => {
    showView(view);
    Office.addin
      .showAsTaskpane()
      .catch(() => undefined)
      .then(() => event.completed());
  };
  Office.actions.associate('showGlossary', open('glossary'));
  Office.actions.associate('showTemplates', open('templates'));
}
