#!/usr/bin/env node
/** npm run docs: rewrites the function table in README.md from the specs. */
const fs = require('fs');
const path = require('path');

require('ts-node').register({ transpileOnly: true, compilerOptions: { module: 'commonjs', moduleResolution: 'node' } });
const { specs } = require('../src/registry');
const { withFunctionTable } = require('../src/registry/function-table');

const file = path.resolve(__dirname, '..', 'README.md');
fs.writeFileSync(file, withFunctionTable(fs.readFileSync(file, 'utf8'), specs));
console.log(`README.md: function table of ${specs.length} functions written`);
