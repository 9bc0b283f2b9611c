#!/usr/bin/env node
/**
 * npm run docs: rewrites the function table in README.md from the specs, and
 * the template catalogue (src/templates/catalogue.json) from the definitions.
 */
const fs = require('fs');
const path = require('path');

require('ts-node').register({ transpileOnly: true, compilerOptions: { module: 'commonjs', moduleResolution: 'node' } });
const { specs } = require('../src/registry');
const { withFunctionTable } = require('../src/registry/function-table');

const file = path.resolve(__dirname, '..', 'README.md');
fs.writeFileSync(file, withFunctionTable(fs.readFileSync(file, 'utf8'), specs));
console.log(`README.md: function table of ${specs.length} functions written`);

const { definitions } = require('../src/templates/definitions');
const { templateInfo } = require('../src/templates/model');
const catalogue = path.resolve(__dirname, '..', 'src', 'templates', 'catalogue.json');
fs.writeFileSync(catalogue, `${JSON.stringify(definitions.map(templateInfo), null, 2)}\n`);
console.log(`src/templates/catalogue.json: ${definitions.length} templates written`);
