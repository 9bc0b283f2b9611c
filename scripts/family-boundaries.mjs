/**
 * ESLint rule nqp/family-boundaries: the families of functions (the folders of
 * src/core and src/registry/functions, one per section of the catalogue) stay
 * apart.
 *
 * - A file of family F may import its own family's files, anything under
 *   `shared/` (src/core/shared: errors, sums, statistics, random numbers,
 *   aggregation, Text; src/registry/functions/shared: argument specs used by
 *   several families), and another family only through that family's own
 *   documented module: its folder's index.ts (`../composite`, never
 *   `../composite/normalize`).
 * - A registry file of family F may import the core of family F (and the core's
 *   shared place), not the core of another family except through its index.
 * - `shared/` imports no family at all: it is the bottom of the tree.
 *
 * Imports are resolved to paths, so `../../core/x` and `../x` are judged alike.
 */
import fs from 'node:fs';
import path from 'node:path';

const AREAS = ['src/core', 'src/registry/functions'];

/** { root, family, rest } for a path inside a family area, else null. */
function place(file, cwd) {
  const rel = path.relative(cwd, file).split(path.sep).join('/');
  for (const root of AREAS) {
    if (rel.startsWith(`${root}/`)) {
      const parts = rel.slice(root.length + 1).split('/');
      if (parts.length < 2) {
        // `../composite` names the family's folder (its index); `src/core/x.ts` is a loose file.
        const isFolder = fs.existsSync(file) && fs.statSync(file).isDirectory();
        return isFolder ? { root, family: parts[0], rest: '' } : { root, family: null, rest: parts[0] };
      }
      return { root, family: parts[0], rest: parts.slice(1).join('/') };
    }
  }
  return null;
}

const isIndex = (rest) => rest === '' || rest === 'index' || rest === 'index.ts';

export const familyBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'families of functions import one another only through shared/ or a family index' },
    schema: [],
    messages: {
      cross: "{{from}} may not import {{target}}: another family's file. Use src/core/shared (or src/registry/functions/shared), or what {{family}} exports from its index.ts",
      sharedUp: '{{from}} is in shared/, which imports no family: {{target}}',
      loose: '{{from}} lies directly in {{root}}: every file there belongs in a family folder or in shared/',
    },
  },
  create(context) {
    const cwd = context.cwd;
    const me = place(context.filename, cwd);
    if (!me) return {};
    const check = (node, spec) => {
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const target = place(path.resolve(path.dirname(context.filename), spec), cwd);
      if (!target || target.family === null || target.family === me.family) return;
      if (target.family === 'shared') return;
      const data = { from: path.relative(cwd, context.filename).split(path.sep).join('/'), target: spec, family: target.family, root: me.root };
      if (me.family === 'shared') context.report({ node, messageId: 'sharedUp', data });
      else if (!isIndex(target.rest)) context.report({ node, messageId: 'cross', data });
    };
    return {
      Program(node) {
        if (me.family === null) context.report({ node, messageId: 'loose', data: { from: me.rest, root: me.root } });
      },
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};
