// Browser suite for guichet: starts `guichet demo`, drives headless Chromium.
// Run: `scripts/test --only-e2e` from the repo root, or `node --test --test-concurrency=1` here
// (env: GUICHET_BIN, GUICHET_E2E_DATABASE_URL; see README.md).
import assert from 'node:assert/strict';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { ROLES, startGuichet } from './lib/server.mjs';
import { finish } from './lib/suite.mjs';
import {
  Findings, checkPage, crawl, formatViolations, launchChromium, pathOf, runAxe,
  screenshot, screenshotDir, signIn, signOut, submitAndWait, whereIs,
} from './lib/web.mjs';

const LANGS = ['fr', 'nl'];
const DB = process.env.GUICHET_E2E_DATABASE_URL ? 'postgres' : 'sqlite';

let server;
let browser;

/** Asserts that `selector` matches on the page, with a message naming the page. */
async function mustHave(page, selector, what) {
  const n = await page.locator(selector).count();
  assert.ok(n > 0, `${what}: no element matches ${selector} on ${await whereIs(page)}`);
}

async function noJsContext() {
  const context = await browser.newContext({ javaScriptEnabled: false });
  context.setDefaultTimeout(10_000);
  return context;
}

before(async () => {
  // This suite's screenshots and report of an earlier run would mix with this one's. Only
  // its own (the crawl's pages, the no-JS steps, its report): the other suites' of this run
  // stay to be looked at (sub-folders are other runs').
  const dir = screenshotDir();
  const own = /^((fr|nl)-.*\.png|nojs-.*\.png|report-.*\.json)$/;
  for (const f of existsSync(dir) ? readdirSync(dir, { withFileTypes: true }) : []) {
    if (f.isFile() && own.test(f.name)) rmSync(path.join(dir, f.name));
  }
  server = await startGuichet();
  browser = await launchChromium();
});

// Stopping is a no-op if the last test already stopped the server.
after(() => finish(server, browser, 5000));

test('axe and page weight, every page, every role, fr and nl', { timeout: 20 * 60_000 }, async (t) => {
  const findings = new Findings();
  const t0 = Date.now();

  for (const lang of LANGS) {
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await checkPage({
        context, page, url: `${server.baseURL}/login?lang=${lang}`, role: 'anonymous', lang, findings,
        shotName: `${lang}-anonymous-login`,
      });
      // The language is remembered: /login without ?lang= must stay in that language.
      await checkPage({
        context, page, url: `${server.baseURL}/login`, role: 'anonymous', lang, findings,
        shotName: `${lang}-anonymous-login-remembered`,
      });
    } catch (err) {
      findings.add({ kind: 'error', role: 'anonymous', lang, path: '/login', url: page.url(), message: err.message.split('\n')[0] });
    } finally {
      await context.close();
    }
  }

  const summary = [];
  for (const role of ROLES) {
    for (const lang of LANGS) {
      const context = await browser.newContext();
      const page = await context.newPage();
      try {
        await signIn(page, server.baseURL, server.accounts[role], lang);
        const { visited, unvisited } = await crawl({ context, page, role, lang, findings });
        summary.push(`${lang}/${role}: ${visited} pages${unvisited ? ` (cap reached, ${unvisited} not visited)` : ''}`);
      } catch (err) {
        findings.add({ kind: 'error', role, lang, path: pathOf(page.url()), url: page.url(), message: err.message.split('\n')[0] });
      } finally {
        await context.close();
      }
    }
  }
  if (findings.pages.length <= 2 * ROLES.length) {
    findings.add({ kind: 'crawl', role: 'all', lang: 'all', path: '(crawl)', message: `too few pages checked (${findings.pages.length}): the crawl found no pages beyond sign-in` });
  }
  const report = findings.writeJSON(`report-${DB}.json`);
  t.diagnostic(`crawled in ${Math.round((Date.now() - t0) / 1000)} s: ${summary.join('; ')}`);
  t.diagnostic(`per-page sizes and results: ${report}`);
  const heaviest = [...findings.pages].filter((p) => p.gzip).sort((a, b) => b.gzip - a.gzip)[0];
  if (heaviest) t.diagnostic(`heaviest page: ${heaviest.lang}/${heaviest.role} ${heaviest.path} gzip ${heaviest.gzip} B, brotli ${heaviest.brotli} B`);
  if (findings.count) {
    assert.fail(`${findings.count} problem(s) found on ${findings.pages.length} page visits (database: ${DB}):\n${findings.format()}`);
  }
});

test('no-JS: sign in, change language, form with errors keeps values, sign out', { timeout: 5 * 60_000 }, async () => {
  const context = await noJsContext();
  const page = await context.newPage();
  try {
    await page.goto(`${server.baseURL}/login`);
    await screenshot(page, 'nojs-01-login');
    await signIn(page, server.baseURL, server.accounts.admin);
    await screenshot(page, 'nojs-02-home');

    await page.goto(`${server.baseURL}/admin/users/new`);
    assert.equal(new URL(page.url()).pathname, '/admin/users/new');
    for (const sel of ['#username', '#display_name', 'input[name=roles][value=dpo]', 'form:has(#username) button[type=submit]']) {
      await mustHave(page, sel, 'new-user form');
    }
    let form = page.locator('form:has(#username)');
    await form.locator('#display_name').fill('Test Agent Fictif');
    await form.locator('#username').fill('');
    for (const box of await form.locator('input[name=roles]').all()) await box.uncheck();
    await screenshot(page, 'nojs-03-new-user-form');
    const res = await submitAndWait(page, form.locator('button[type=submit]'));
    await screenshot(page, 'nojs-04-new-user-errors');

    const summary = page.locator('.error-summary');
    assert.equal(await summary.count(), 1, `expected one .error-summary after an invalid submission, on ${await whereIs(page, res)}`);
    const isAlert = (await summary.getAttribute('role')) === 'alert';
    const hasHeading = (await summary.locator('h1, h2, h3, h4, [role=heading]').count()) > 0;
    assert.ok(isAlert || hasHeading, '.error-summary has neither role="alert" nor a heading');
    assert.equal(await summary.locator('a[href="#username"]').count(), 1, 'error summary lacks a link to #username');
    assert.equal(await summary.locator('a[href="#roles"]').count(), 1, 'error summary lacks a link to #roles');
    assert.equal(await page.locator('#roles').count(), 1, 'no element with id="roles" (the roles fieldset)');
    assert.equal(await page.locator('#display_name').inputValue(), 'Test Agent Fictif', 'display name was not kept');

    const violations = await runAxe(page, { browser, javaScriptEnabled: false });
    assert.equal(violations.length, 0, `axe violations on the error page ${pathOf(page.url())}:\n${formatViolations(violations)}`);

    const errorURL = page.url();
    await summary.locator('a[href="#username"]').click();
    assert.equal(new URL(page.url()).hash, '#username', 'following the error link did not move to #username');
    await screenshot(page, 'nojs-05-followed-error-link');

    form = page.locator('form:has(#username)');
    await form.locator('#username').fill('agentfictif');
    await form.locator('input[name=roles][value=dpo]').check(); // dpo: a role that needs no team
    await submitAndWait(page, form.locator('button[type=submit]'));
    await screenshot(page, 'nojs-06-new-user-created');
    assert.equal(await page.locator('.error-summary').count(), 0,
      `corrected submission still shows errors: ${await page.locator('.error-summary').allInnerTexts()}`);
    const oneTimeLinks = await page.locator('a[href*="/password/set/"]').count()
      + await page.locator('code', { hasText: '/password/set/' }).count();
    assert.ok(oneTimeLinks > 0, `no one-time /password/set/ link after creating a user (on ${pathOf(page.url())}, came from ${pathOf(errorURL)})`);

    await page.goto(`${server.baseURL}/account`);
    await mustHave(page, 'form:has(select#lang) :is(button[type=submit], input[type=submit])', 'language preference form');
    for (const v of ['fr', 'nl', 'en']) await mustHave(page, `select#lang option[value=${v}]`, 'language preference form');
    await mustHave(page, 'form:has(input[type=password])', 'change-password form');
    const langForm = page.locator('form:has(select#lang)');
    await langForm.locator('select#lang').selectOption('nl');
    await submitAndWait(page, langForm.locator('button[type=submit], input[type=submit]').first());
    await screenshot(page, 'nojs-07-account-nl');
    assert.equal(await page.locator('html').getAttribute('lang'), 'nl', `after choosing nl on /account, ${pathOf(page.url())} is not in Dutch`);
    await page.goto(`${server.baseURL}/home`);
    assert.equal(await page.locator('html').getAttribute('lang'), 'nl', 'the nl preference was not kept on /home');

    await signOut(page);
    await screenshot(page, 'nojs-08-signed-out');
    assert.equal(new URL(page.url()).pathname, '/login', `after signing out, landed on ${pathOf(page.url())}`);
  } finally {
    await context.close();
  }
});

test('no-JS: a file\'s forms with mistakes, and the pages behind searches, in fr and nl', { timeout: 5 * 60_000 }, async () => {
  const problems = [];
  for (const lang of LANGS) {
    const context = await noJsContext();
    const page = await context.newPage();
    try {
      await signIn(page, server.baseURL, server.accounts['social-worker'], lang);
      await page.goto(`${server.baseURL}/persons?q=lambert`);
      await submitAndWait(page, page.locator('main a[href^="/persons/"]').first());
      const file = `${server.baseURL}${pathOf(page.url())}`;
      assert.match(pathOf(page.url()), /^\/persons\/\d+$/, `a file opened: ${await whereIs(page)}`);
      const check = async (name, errorFor) => {
        if (errorFor) {
          const link = page.locator(`.error-summary a[href="#${errorFor}"]`);
          if (await link.count() !== 1) problems.push(`${lang} ${name}: no error summary link to #${errorFor} on ${pathOf(page.url())}`);
        }
        const violations = await runAxe(page, { browser, javaScriptEnabled: false });
        if (violations.length) problems.push(`${lang} ${name} (${pathOf(page.url())}):\n${formatViolations(violations)}`);
        await screenshot(page, `nojs-${lang}-file-${name}`);
      };

      await page.goto(`${file}/identity`);
      await page.fill('#niss', '12.34.56-789.01');
      await submitAndWait(page, page.locator('form[action$="/identity"] button[type=submit]'));
      await check('identity-wrong-national-number', 'niss');
      if (await page.inputValue('#niss') !== '12.34.56-789.01') problems.push(`${lang}: the national number typed was not kept`);

      await page.goto(`${file}/phones`);
      await page.fill('#number', '04 bis');
      await submitAndWait(page, page.locator('form:has(input[name=action][value=add]) button[type=submit]'));
      await check('phones-wrong-number', 'number');

      await page.goto(`${file}/notes/new`);
      await page.fill('#tags', 'loyer, énergie');
      await submitAndWait(page, page.locator('form[action$="/notes/new"] button[type=submit]'));
      await check('note-without-text', 'body');
      if (await page.inputValue('#tags') !== 'loyer, énergie') problems.push(`${lang}: the tags typed were not kept`);

      await page.goto(`${file}/contact`);
      await page.check('#address_kind-belgian');
      await page.fill('#street', 'Rue du Moulin 8');
      await page.fill('#postcode', '1300');
      await page.fill('#municipality', '');
      await submitAndWait(page, page.locator('form[action$="/contact"] button[type=submit]'));
      await check('contact-postcode-with-several-places', 'municipality');

      await page.goto(`${file}/household?q=a`);
      await check('household-search-results');
      await page.goto(`${file}/merge?q=a`);
      await check('merge-search-results');
    } catch (err) {
      problems.push(`${lang}: ${err.message.split('\n')[0]}`);
    } finally {
      await context.close();
    }
  }
  assert.equal(problems.length, 0, `${problems.length} problem(s):\n${problems.join('\n')}`);
});

test('no-JS: every role can sign in and out', { timeout: 5 * 60_000 }, async () => {
  const problems = [];
  for (const role of ROLES) {
    const context = await noJsContext();
    const page = await context.newPage();
    try {
      await signIn(page, server.baseURL, server.accounts[role]);
      const h1 = page.locator('main h1, h1').first();
      if (await h1.count() === 0 || !(await h1.innerText()).trim()) problems.push(`${role}: /home has no (non-empty) h1`);
      await signOut(page);
      if (new URL(page.url()).pathname !== '/login') problems.push(`${role}: after sign-out landed on ${pathOf(page.url())}`);
      await page.goto(`${server.baseURL}/home`);
      if (new URL(page.url()).pathname === '/home') problems.push(`${role}: /home still reachable after signing out`);
    } catch (err) {
      problems.push(`${role}: ${err.message.split('\n')[0]}`);
    } finally {
      await context.close();
    }
  }
  assert.equal(problems.length, 0, `${problems.length} problem(s):\n${problems.join('\n')}`);
});

test('wrong password shows an error summary and keeps the user name', { timeout: 2 * 60_000 }, async () => {
  const context = await noJsContext();
  const page = await context.newPage();
  try {
    const { username } = server.accounts.reception;
    await page.goto(`${server.baseURL}/login`);
    const form = page.locator('form[action="/login"]');
    await form.locator('#username').fill(username);
    await form.locator('#password').fill('not-the-password-42');
    const res = await submitAndWait(page, form.locator('button[type=submit]'));
    await screenshot(page, 'nojs-wrong-password');
    assert.notEqual(new URL(page.url()).pathname, '/home', 'signed in with a wrong password');
    assert.equal(await page.locator('.error-summary').count(), 1, `no .error-summary on ${await whereIs(page, res)}`);
    await mustHave(page, '#username', 'sign-in form after a wrong password');
    await mustHave(page, '#password', 'sign-in form after a wrong password');
    assert.equal(await page.locator('#username').inputValue(), username, 'user name was not kept');
    assert.equal(await page.locator('#password').inputValue(), '', 'password field was not emptied');
  } finally {
    await context.close();
  }
});

test('server stops gracefully on SIGTERM', { timeout: 60_000 }, async () => {
  await browser.close();
  browser = null;
  const res = await server.stop(20_000);
  assert.ok(!res.forced, server.describe('server did not exit within 20 s of SIGTERM'));
  assert.equal(res.code, 0, server.describe(`server exited with ${JSON.stringify({ code: res.code, signal: res.signal })} on SIGTERM, expected exit code 0`));
});
