/**
 * The build: a production build for a configurable URL loads office.js from
 * Microsoft's CDN; a development build loads the local copy from
 * @microsoft/office-js. Both write the same metadata from the specs.
 */
import fs from 'fs';
import path from 'path';
import { ROOT } from './helpers/dist';
import { buildTo as build, makeConfig } from './helpers/build';

const read = (dir: string, f: string) => fs.readFileSync(path.join(dir, f), 'utf8');

jest.setTimeout(120_000);

describe('a production build for https://nqp.example.org/addin', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await build('production', 'https://nqp.example.org/addin');
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('points every manifest URL at the production host', () => {
    const manifest = read(dir, 'manifest.xml');
    expect(manifest).not.toContain('localhost');
    expect(manifest).toContain('https://nqp.example.org/addin/functions.json');
    expect(manifest).toContain('https://nqp.example.org/addin/taskpane.html');
  });
  it('points the help links there too', () => {
    const meta = JSON.parse(read(dir, 'functions.json'));
    expect(meta.functions[0].helpUrl).toMatch(/^https:\/\/nqp\.example\.org\/addin\/help\.html#/);
  });
  it("loads office.js from Microsoft's CDN and has a Content-Security-Policy", () => {
    const page = read(dir, 'taskpane.html');
    // (webpack minifies the production page, so attribute quotes are optional here)
    expect(page).toMatch(/src="?https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js"?>/);
    expect(page).toMatch(/Content-Security-Policy"? content="default-src 'self'/);
  });
  it('loads the functions and the task pane scripts in the shared runtime page', () => {
    const page = read(dir, 'taskpane.html');
    expect(page).toMatch(/src="?functions\.js"?>/);
    expect(page).toMatch(/src="?taskpane\.js"?>/);
  });
});

describe('a development build', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await build('development');
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('loads office.js from the local @microsoft/office-js copy that the dev server serves', () => {
    expect(read(dir, 'taskpane.html')).toContain('src="office-js/office.js"');
    expect(fs.existsSync(path.join(ROOT, 'node_modules', '@microsoft', 'office-js', 'dist', 'office.js'))).toBe(true);
  });
  it('keeps the development URL', () => {
    expect(read(dir, 'manifest.xml')).toContain('https://localhost:3000/functions.js');
  });
});

it('refuses a URL that is not https', () => {
  expect(() => makeConfig({ url: 'http://example.org' }, { mode: 'production' })).toThrow(/https/);
});
