// Self-test of the harness against fixtures/fake-guichet.mjs (no Rust binary needed):
// launcher and account parsing, crawl filters, page checks, axe with JavaScript off.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROLES, parseAccounts, startGuichet } from './lib/server.mjs';
import { Findings, crawl, launchChromium, runAxe, screenshotDir, shapeOf, signIn, signOut } from './lib/web.mjs';

const fake = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'fake-guichet.mjs');
let server;
let browser;

before(async () => {
  process.env.GUICHET_E2E_SCREENSHOTS = path.join(screenshotDir(), 'harness');
  server = await startGuichet({ bin: process.execPath, preArgs: [fake], databaseUrl: '' });
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.stop(5000);
});

test('harness: account lines are parsed', () => {
  assert.deepEqual(parseAccounts('x\n  admin: adm / p@ss-1 \n  dpo: d / q\n nope: a / b / c\n'),
    { admin: { username: 'adm', password: 'p@ss-1' }, dpo: { username: 'd', password: 'q' } });
  assert.deepEqual(Object.keys(server.accounts).sort(), [...ROLES].sort());
});

test('harness: pages of the same shape differ only by ids', () => {
  assert.equal(shapeOf('http://h/persons/12'), shapeOf('http://h/persons/7'));
  assert.equal(shapeOf('http://h/persons/12?created=1'), '/persons/N?created');
  assert.notEqual(shapeOf('http://h/persons/12/phones'), shapeOf('http://h/persons/12'));
});

test('harness: crawl follows only crawlable links and reports weight, script, axe', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const findings = new Findings();
  await signIn(page, server.baseURL, server.accounts.admin, 'nl');
  await crawl({ context, page, role: 'admin', lang: 'nl', findings });
  const paths = findings.pages.map((p) => p.path).sort();
  assert.deepEqual(paths, ['/about', '/account', '/bad-contrast', '/cases?page=2', '/heavy', '/home', '/report.pdf', '/scripted']);
  const kinds = (k) => findings.items.filter((f) => f.kind === k).map((f) => f.path);
  assert.deepEqual(kinds('weight'), ['/heavy']);
  assert.deepEqual(kinds('script'), ['/scripted']);
  assert.ok(findings.items.some((f) => f.kind === 'axe' && f.id === 'color-contrast' && f.path === '/bad-contrast'));
  assert.deepEqual(kinds('lang'), []);
  assert.match(findings.format(), /color-contrast \[serious\]/);
  await context.close();
});

test('harness: axe runs with JavaScript off, and sign-out works', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, server.baseURL, server.accounts.dpo);
  await page.goto(`${server.baseURL}/bad-contrast`);
  const v = await runAxe(page, { browser, javaScriptEnabled: false });
  assert.ok(v.some((x) => x.id === 'color-contrast'), JSON.stringify(v.map((x) => x.id)));
  await signOut(page);
  assert.equal(new URL(page.url()).pathname, '/login');
  await context.close();
});

test('harness: launcher stops the server with SIGTERM', async () => {
  await browser.close();
  browser = null;
  const res = await server.stop();
  assert.equal(res.code, 0);
  assert.equal(res.forced, false);
});
