/**
 * What the built bundles may not contain because an Excel runtime still in use
 * cannot parse it: Excel for Mac runs the add-in in JavaScriptCore, which only
 * from Safari 16.4 parses a regular expression with a lookbehind ((?<=…), (?<!…));
 * one such literal anywhere makes the whole file fail to load, so no function
 * registers or the pane stays blank.
 */
import fs from 'fs';
import path from 'path';
import { DIST } from '../helpers/dist';

const bundles = fs.readdirSync(DIST).filter((f) => f.endsWith('.js'));

it('finds the bundles', () => {
  expect(bundles).toEqual(expect.arrayContaining(['functions.js', 'taskpane.js']));
});

it.each(bundles)('%s has no regular-expression lookbehind', (file) => {
  const text = fs.readFileSync(path.join(DIST, file), 'utf8');
  const at = text.search(/\(\?<[=!]/);
  expect(at < 0 ? null : text.slice(Math.max(0, at - 40), at + 40)).toBeNull();
});
