#!/usr/bin/env node
/**
 * npm test: builds the add-in (the bundle tests load dist/), runs jest, and
 * ends with the line "N passed, M failed" read from jest's JSON report.
 * Extra arguments go to jest: npm test -- tests/core
 */
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const REPORT = path.join(ROOT, 'test-results', 'jest.json');
const bin = (name) => path.join(ROOT, 'node_modules', '.bin', name);
const run = (cmd, args) => spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' }).status;

if (run(bin('webpack'), ['--mode', 'production']) !== 0) {
  console.log('\nThe build failed, so no test ran.');
  console.log('0 passed, 1 failed');
  process.exit(1);
}

fs.mkdirSync(path.dirname(REPORT), { recursive: true });
fs.rmSync(REPORT, { force: true });
const status = run(bin('jest'), ['--json', `--outputFile=${REPORT}`, ...process.argv.slice(2)]);

let passed = 0;
let failed = 0;
try {
  const report = JSON.parse(fs.readFileSync(REPORT, 'utf8'));
  passed = report.numPassedTests;
  // A suite that fails to load counts as a failure even though it ran no test.
  failed = report.numFailedTests + report.numRuntimeErrorTestSuites;
} catch {
  failed = 1;
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(status === 0 && failed === 0 ? 0 : 1);
