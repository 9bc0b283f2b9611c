/**
 * Builds the add-in into dist/:
 *   functions.js, functions.json, functions-zh-CN.json   the custom functions and their metadata
 *   taskpane.html, taskpane.js, taskpane.css             the shared runtime's page (task pane, ribbon commands)
 *   help.html, help-zh-CN.html                           the functions' help pages
 *   manifest.xml, assets/                                the manifest with this build's URL, and the icons
 * Metadata and help are generated from the function specs (src/registry).
 *
 * Production (`npm run build`): office.js from Microsoft's CDN, manifest URLs from
 * NQP_ADDIN_URL (default https://localhost:3000). Development (`npm start`):
 * office.js from @microsoft/office-js, served by scripts/serve.js at /office-js/.
 */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { TemplateFilesPlugin } = require('./scripts/build-template-files');

require('ts-node').register({
  transpileOnly: true,
  compilerOptions: { module: 'commonjs', moduleResolution: 'node' },
});

const DEV_URL = 'https://localhost:3000';
const OFFICE_CDN = 'https://appsforoffice.microsoft.com';

/** The URL the add-in is served from: where the manifest and help links point. */
function addinUrl(env) {
  const url = (env && env.url) || process.env.NQP_ADDIN_URL || DEV_URL;
  // Plain http only for http://127.0.0.1:<port>: the tests of npm run check-deploy serve a build there.
  if (!/^(https:\/\/[^\s/]+|http:\/\/127\.0\.0\.1(:\d+)?)(\/[^\s]*)?$/.test(url)) {
    throw new Error(`NQP_ADDIN_URL must be an https URL, got "${url}"`);
  }
  return url.replace(/\/$/, '');
}

/** Emits functions.json, functions-zh-CN.json and the help pages from the specs. */
class SpecAssetsPlugin {
  constructor(url) {
    this.url = url;
  }
  apply(compiler) {
    const { RawSource } = compiler.webpack.sources;
    compiler.hooks.thisCompilation.tap('SpecAssetsPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'SpecAssetsPlugin', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          // Fresh copies on every (watch) build, so edited specs show up.
          for (const id of Object.keys(require.cache)) if (id.includes(`${path.sep}src${path.sep}`)) delete require.cache[id];
          const { specs } = require('./src/registry');
          const { buildMetadata } = require('./src/excel/metadata');
          const { buildHelpPage } = require('./src/excel/help-page');
          const json = (o) => new RawSource(`${JSON.stringify(o, null, 2)}\n`);
          compilation.emitAsset('functions.json', json(buildMetadata(specs, 'en', this.url)));
          compilation.emitAsset('functions-zh-CN.json', json(buildMetadata(specs, 'zh', this.url)));
          // Marked as minimized so that webpack leaves the pages as written (escaped text stays escaped).
          const asIs = { minimized: true };
          compilation.emitAsset('help.html', new RawSource(buildHelpPage(specs, 'en')), asIs);
          compilation.emitAsset('help-zh-CN.html', new RawSource(buildHelpPage(specs, 'zh')), asIs);
        },
      );
    });
  }
}

module.exports = (env, argv) => {
  const production = argv.mode !== 'development';
  const url = addinUrl(env);
  const officeJs = production ? `${OFFICE_CDN}/lib/1/hosted/office.js` : 'office-js/office.js';
  const csp = [
    "default-src 'self'",
    // 'wasm-unsafe-eval' lets the page compile the LP solver's WebAssembly (served from 'self'); it does not allow eval.
    `script-src 'self' 'wasm-unsafe-eval' ${OFFICE_CDN}`,
    // office.js adds inline styles to its own dialogs.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    `connect-src 'self' ${OFFICE_CDN}`,
    `frame-src 'self' ${OFFICE_CDN}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');

  return {
    mode: production ? 'production' : 'development',
    // Source maps as separate files in every build: the pane's CSP (script-src without 'unsafe-eval')
    // refuses the eval() that webpack's eval-* source maps wrap every module in, which left the
    // development build's pane blank and its functions unregistered.
    devtool: 'source-map',
    entry: {
      // functions.js in a layer of its own, so that its copy of the specs can drop their texts (spec-text-loader).
      functions: { import: './src/excel/functions.ts', layer: 'functions' },
      // taskpane.js in a layer of its own, so that its copy of the specs can drop their maths (spec-text-loader).
      taskpane: { import: './src/taskpane/taskpane.ts', layer: 'pane' },
    },
    experiments: { layers: true },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          oneOf: [
            // The specs as functions.js holds them: without the texts only the pane, help and metadata show.
            {
              test: /[\\/]src[\\/]registry[\\/]functions[\\/]/,
              issuerLayer: 'functions',
              use: [
                { loader: path.resolve(__dirname, 'scripts/spec-text-loader.js'), options: { drop: 'texts' } },
                { loader: 'ts-loader', options: { onlyCompileBundledFiles: true } },
              ],
            },
            // The specs as the pane holds them: without the maths (the preview's live examples load it, live-registry.ts).
            {
              test: /[\\/]src[\\/]registry[\\/]functions[\\/]/,
              issuerLayer: 'pane',
              use: [
                { loader: path.resolve(__dirname, 'scripts/spec-text-loader.js'), options: { drop: 'compute' } },
                { loader: 'ts-loader', options: { onlyCompileBundledFiles: true } },
              ],
            },
            { loader: 'ts-loader', options: { onlyCompileBundledFiles: true } },
          ],
        },
        // The LP solver's loader: see scripts/highs-browser-loader.js (highs.wasm is copied below).
        // One copy of the solver for both layers, in the one lazy chunk highs.js.
        { test: /[\\/]node_modules[\\/]highs[\\/].*\.mjs$/, loader: path.resolve(__dirname, 'scripts/highs-browser-loader.js'), layer: 'solver' },
        // The ISIC Rev.4 classification: one copy for every layer, in the lazy chunk isic.js that the ISIC functions load on
        // their first call (src/core/completeness/isic-index.ts), so functions.js does not carry it at startup.
        { test: /[\\/]src[\\/]data[\\/]isic-rev4\.ts$/, layer: 'data' },
        // The Chinese of the core's messages, likewise: one copy in the lazy chunk messages-zh.js, fetched where Excel is Chinese.
        { test: /[\\/]src[\\/](?:excel[\\/]core-messages-zh|core[\\/].*messages-zh)\.ts$/, layer: 'data' },
        // The specs whole, with their maths, for the preview's live examples: a lazy chunk (live.js) in a layer of its own.
        { test: /[\\/]src[\\/]taskpane[\\/]live-registry\.ts$/, layer: 'live' },
        // The maths has no side effects: a module of src/core that nothing uses (the pane's specs without compute) is left out.
        { test: /[\\/]src[\\/]core[\\/]/, sideEffects: false },
      ],
    },
    performance: { hints: false },
    optimization: {
      // Minified by renaming only: terser's compress step rewrites the numeric loops of src/core
      // into code that V8 compiles less well (intermediate numbers boxed on the heap), which made
      // the matrix functions allocate 2–10× more and run up to 4× slower than their sources
      // (npm run bench times the production bundle). Without it the bundle is ~1 KB larger (gzip).
      minimizeOptions: { javascript: { compress: false, mangle: true } },
    },
    plugins: [
      new SpecAssetsPlugin(url),
      // Every template also as an .xlsx file under assets/templates/ (en and zh-CN).
      new TemplateFilesPlugin(),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        // The shared runtime's page loads the functions too.
        chunks: ['functions', 'taskpane'],
        officeJs,
        csp,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'src/taskpane/taskpane.css', to: 'taskpane.css' },
          { from: 'node_modules/highs/build/highs.wasm', to: 'highs.wasm' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => content.toString().split(DEV_URL).join(url),
          },
        ],
      }),
    ],
  };
};
