/**
 * Webpack loader for functions.js only (the "functions" layer): drops the
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
 * It runs after ts-loader, on JavaScript, so the type check sees the sources
 * as written; the values left in place have the fields' types.
 */
'use strict';
const ts = require('typescript');

const REPLACEMENT = {
  help: "{ en: '', zh: '' }",
  description: "{ en: '', zh: '' }",
  examples: '[]',
};

module.exports = function specTextLoader(source) {
  const file = ts.createSourceFile(this.resourcePath.replace(/\.ts$/, '.js'), source, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const edits = [];
  const isText = (init) =>
    ts.isObjectLiteralExpression(init) &&
    init.properties.length === 2 &&
    init.properties.every((p) => ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && (p.name.text === 'en' || p.name.text === 'zh'));
  const visit = (node) => {
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
  let out = source;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
  return out;
};
