/**
 * The specs whole, with the maths behind them, and the adapter: what the
 * preview's live examples compute with. The pane's own copy of the specs has
 * no `compute` (webpack.config.js: the "pane" layer drops it, so the maths is
 * not in taskpane.js); this module is a lazy chunk of its own (live.js, in
 * the "live" layer), loaded the first time a function page of the preview
 * computes an example.
 */
export { specByName } from '../registry';
export { ExcelError, invoke, setMessageLanguage } from '../excel/adapter';
export { loadChinese } from '../excel/messages';
