/**
 * Webpack loader for the highs package's emscripten loader, which serves both
 * Node and the browser:
 * - it reads `import.meta.url` (to find highs.wasm when no locateFile is given,
 *   and under Node); webpack would bake the build machine's file path into the
 *   chunk and emit a second, hashed copy of the wasm. The add-in always passes
 *   locateFile (the wasm sits next to functions.js), so the page's own URL is
 *   the honest value here;
 * - under Node only, it imports "node:module", which a browser bundle cannot
 *   resolve; that branch never runs in the add-in.
 */
module.exports = function highsBrowserLoader(source) {
  return source
    .replace(/import\.meta\.url/g, '(typeof self !== "undefined" && self.location ? self.location.href : "")')
    .replace(/import\("node:module"\)/g, 'Promise.reject(new Error("node:module is not available in the browser"))');
};
