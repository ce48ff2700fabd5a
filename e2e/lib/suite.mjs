// What every browser suite does around its tests: a demo server and a browser for the
// whole file, pages signed in with JavaScript off, a step checked with axe and saved as a
// screenshot, and at the end a server log without translation problems.
import assert from 'node:assert/strict';
import { formatViolations, runAxe, screenshot, signIn, submitAndWait, whereIs } from './web.mjs';

export const DB = process.env.GUICHET_E2E_DATABASE_URL ? 'postgres' : 'sqlite';

/**
 * Closes the browser and stops the server; fails when the server logged a translation
 * problem (a missing key, a message short of an argument): every page is written in full.
 */
export async function finish(server, browser, stopTimeoutMs) {
  await browser?.close();
  const problems = server?.translationProblems() ?? [];
  await server?.stop(stopTimeoutMs);
  assert.deepEqual(problems, [], `translation problems in the server log:\n${problems.join('\n')}`);
}

/** A page signed in as `role`, JavaScript off, in `lang`, on a screen of `viewport`. */
export async function signedInPage(server, browser, { role = 'reception', lang = 'fr', viewport } = {}) {
  const account = server.accounts[role];
  assert.ok(account, `no demo account for ${role}`);
  const context = await browser.newContext({
    javaScriptEnabled: false,
    locale: lang === 'nl' ? 'nl-BE' : 'fr-BE',
    ...(viewport ? { viewport } : {}),
  });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  await signIn(page, server.baseURL, account, lang);
  return { context, page };
}

/** Axe on the page (no violation), then a screenshot named `<db>-<name>`. */
export async function checkStep(browser, page, name) {
  const violations = await runAxe(page, { browser, javaScriptEnabled: false });
  assert.equal(violations.length, 0, `axe on ${await whereIs(page)}:\n${formatViolations(violations)}`);
  await screenshot(page, `${DB}-${name}`);
}

/**
 * Books Thomas Claes from the file at `file` (a full address) on `day` (a Date, moved on) at `time`, or on the
 * next day the office is open: weekends, public holidays and the demo's closing days (24 and
 * 31 December, 2 January) are refused, as they must be, so a date counted from today may
 * fall on one of them.
 */
export async function bookOnOpenDay(page, file, day, time, { bring } = {}) {
  for (let tries = 0; ; tries += 1) {
    while (day.getDay() === 0 || day.getDay() === 6) day.setDate(day.getDate() + 1);
    await page.goto(file);
    await submitAndWait(page, page.getByRole('link', { name: 'Prendre un rendez-vous' }));
    await page.selectOption('#worker', { label: 'Thomas Claes' });
    await page.fill('#day', String(day.getDate()));
    await page.fill('#month', String(day.getMonth() + 1));
    await page.fill('#year', String(day.getFullYear()));
    await page.fill('#time', time);
    if (bring) await page.fill('#what_to_bring', bring);
    await submitAndWait(page, page.locator('form button[type=submit]').last());
    if (/^\/appointments\/\d+$/.test(new URL(page.url()).pathname) || tries === 8) return;
    day.setDate(day.getDate() + 1);
  }
}
