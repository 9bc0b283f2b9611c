/**
 * Webpack loader of the function specs, in two modes.
 *
 * `{ drop: 'texts' }`, for functions.js (the "functions" layer): drops the
 * texts of the function specs that only the task pane, the help pages and the
 * metadata show — `help`, `description` (of the function, its parameters and
 * its result) and `examples` — from the JavaScript that ts-loader emits for
 * src/registry/functions/, and the help passages several specs share: the
 * UPPER_SNAKE constants that are a bilingual text ({ en, zh }, such as
 * DEA_DATA_RULE or SBM_MODEL), which only those fields read. Excel loads functions.js before any custom function
 * can recalculate; the specs' texts in two languages were over half of it.
 * Registration, the adapter and the maths read none of these fields (a test
 * runs every example through the built functions.js to hold it so).
 *
 * `{ drop: 'compute' }`, for taskpane.js (the "pane" layer): drops each
 * spec's `compute` (and `prepare`, which loads data for it), so that the maths behind it (src/core, marked free of side
 * effects) stays out of the pane, which only shows the specs; the preview's
 * live examples compute through src/taskpane/live-registry.ts, a lazy chunk
 * in a layer of its own where the specs are whole.
 *
 * It runs after ts-loader, on JavaScript, so the type check sees the sources
 * as written; the values left in place have the fields' types (compute is
 * left undefined, which only the adapter would call).
 */
'use strict';
const ts = require('typescript');

const REPLACEMENT = {
  help: "{ en: '', zh: '' }",
  description: "{ en: '', zh: '' }",
  examples: '[]',
};

module.exports = function specTextLoader(source) {
  const drop = (this.getOptions ? this.getOptions() : {}).drop ?? 'texts';
  if (drop !== 'texts' && drop !== 'compute') throw new Error(`spec-text-loader: unknown drop ${drop}`);
  const file = ts.createSourceFile(this.resourcePath.replace(/\.ts$/, '.js'), source, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const edits = [];
  const isText = (init) =>
    ts.isObjectLiteralExpression(init) &&
    init.properties.length === 2 &&
    init.properties.every((p) => ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && (p.name.text === 'en' || p.name.text === 'zh'));
  const visit = (node) => {
    if (drop === 'compute') {
      if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && (node.name.text === 'compute' || node.name.text === 'prepare')) {
        edits.push([node.initializer.getStart(file), node.initializer.getEnd(), 'undefined']);
        return;
      }
      ts.forEachChild(node, visit);
      return;
    }
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && /^[A-Z][A-Z0-9_]*$/.test(node.name.text) && node.initializer && isText(node.initializer)) {
      edits.push([node.initializer.getStart(file), node.initializer.getEnd(), "{ en: '', zh: '' }"]);
      return;
    }
    if (ts.isPropertyAssignment(node) && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name)) && REPLACEMENT[node.name.text] !== undefined) {
      edits.push([node.initializer.getStart(file), node.initializer.getEnd(), REPLACEMENT[node.name.text]]);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  if (drop === 'texts') edits.push(...exampleData(file, edits));
  let out = source;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
  return out;
};

/**
 * The module's own constants that only the dropped texts and examples read
 * (example data, source notes): an UPPER_SNAKE `const` of this module, not
 * exported, every use of which lies inside what is dropped (or inside another
 * such constant), keeps its name and loses its value — an empty array or
 * string as it was one. Found again until nothing more is found. In a module
 * named *-example (example data shared by several specs' examples), the
 * exported arrays and strings go as well: only examples import them.
 */
function exampleData(file, dropped) {
  const inside = (pos, ranges) => ranges.some(([start, end]) => pos >= start && pos < end);
  // A module named *-example holds the data of examples only: its exported arrays and strings go too.
  const exampleModule = /-example\.[jt]s$/.test(file.fileName);
  const candidates = [];
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    const exported = statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (exported && !exampleModule) continue;
    for (const d of statement.declarationList.declarations) {
      if (!ts.isIdentifier(d.name) || !/^[A-Z][A-Z0-9_]*$/.test(d.name.text) || !d.initializer) continue;
      const init = d.initializer;
      const empty = ts.isArrayLiteralExpression(init) || ts.isCallExpression(init) ? '[]' : ts.isStringLiteral(init) || ts.isNoSubstitutionTemplateLiteral(init) || ts.isBinaryExpression(init) ? "''" : null;
      if (empty !== null) candidates.push({ name: d.name.text, decl: d.name, init, empty, exported });
    }
  }
  const uses = new Map(candidates.map((c) => [c.name, []]));
  const walk = (node) => {
    if (ts.isIdentifier(node) && uses.has(node.text)) uses.get(node.text).push(node);
    ts.forEachChild(node, walk);
  };
  walk(file);
  const ranges = dropped.map(([start, end]) => [start, end]);
  const chosen = new Set();
  for (let changed = true; changed; ) {
    changed = false;
    for (const c of candidates) {
      if (chosen.has(c.name)) continue;
      const refs = uses.get(c.name).filter((id) => id !== c.decl);
      if (c.exported || refs.every((id) => inside(id.getStart(file), ranges))) {
        chosen.add(c.name);
        ranges.push([c.init.getStart(file), c.init.getEnd()]);
        changed = true;
      }
    }
  }
  return candidates.filter((c) => chosen.has(c.name)).map((c) => [c.init.getStart(file), c.init.getEnd(), c.empty]);
}
