// Browser helpers: launching Chromium, signing in and out, and the per-page
// checks (axe, page weight, no <script>, html[lang], screenshot).
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { REPO_ROOT } from './server.mjs';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
export const MAX_GZIP_BYTES = 14600;
export const MAX_PAGES_PER_ROLE = 40;
/** Pages of one shape (same path but for ids) checked per role and language. */
export const PAGES_PER_SHAPE = 2;

/** Where screenshots and reports go (read at call time, so a test file can set the variable). */
export function screenshotDir() {
  return process.env.GUICHET_E2E_SCREENSHOTS
    ? path.resolve(process.env.GUICHET_E2E_SCREENSHOTS)
    : path.join(REPO_ROOT, 'target', 'screenshots');
}

export async function launchChromium() {
  const browser = await chromium.launch({
    executablePath: process.env.GUICHET_E2E_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-dev-shm-usage',
    ],
  });
  return browser;
}

/** Clicks `locator` and waits for the navigation it starts (works with JavaScript off). */
export async function submitAndWait(page, locator) {
  const nav = page.waitForNavigation({ waitUntil: 'load', timeout: 30_000 });
  await locator.click();
  return nav;
}

export function pathOf(url) {
  const u = new URL(url);
  return u.pathname + u.search + u.hash;
}

/** `path (HTTP status, h1 "…")`, to say in a failure message where the browser is. */
export async function whereIs(page, res) {
  const h1 = await page.locator('h1').first().innerText({ timeout: 2000 }).catch(() => '');
  return `${pathOf(page.url())} (${res ? `HTTP ${res.status()}, ` : ''}h1 ${JSON.stringify(h1.trim())})`;
}

export async function signIn(page, baseURL, account, lang) {
  const loginURL = lang ? `${baseURL}/login?lang=${lang}` : `${baseURL}/login`;
  await page.goto(loginURL);
  const form = page.locator('form[action="/login"]');
  await form.locator('#username').fill(account.username);
  await form.locator('#password').fill(account.password);
  let res = await submitAndWait(page, form.locator('button[type=submit]'));
  // Outside the account's working hours (the demo's workers have some), the organisation's
  // right-to-disconnect policy comes first: a worker reads it and goes on (J8 checks it
  // on a fixed clock).
  if (new URL(page.url()).pathname === '/outside-hours') {
    res = await submitAndWait(page, page.locator('main a.button[href^="/"]').first());
  }
  const landed = new URL(page.url()).pathname;
  if (landed !== '/home') {
    const summary = await page.locator('.error-summary').allInnerTexts().catch(() => []);
    throw new Error(`sign-in as ${account.username} landed on ${await whereIs(page, res)}, expected /home` +
      (summary.length ? `; error summary: ${summary.join(' | ').replace(/\s+/g, ' ')}` : ''));
  }
}

export async function signOut(page) {
  const button = page.locator('header form[action="/logout"] button[type=submit], header form[action="/logout"] button:not([type]), header form[action="/logout"] input[type=submit]').first();
  if (await button.count() === 0) {
    throw new Error(`no sign-out form (header form[action="/logout"] with a submit button) on ${pathOf(page.url())}`);
  }
  await submitAndWait(page, button);
}

// Legacy mode runs axe.run() inside the page in one go: about twice as fast as the default
// (which opens an extra page per analysis to merge frame results); our pages have no iframes.
const axe = (page) => new AxeBuilder({ page }).withTags(AXE_TAGS).setLegacyMode(true).analyze();

/** Runs axe on the page. With JavaScript off, axe runs on a JS-enabled copy of the same DOM. */
export async function runAxe(page, { browser, javaScriptEnabled = true } = {}) {
  if (javaScriptEnabled) {
    return (await axe(page)).violations;
  }
  // axe cannot evaluate in a page whose JavaScript is disabled: serve the very same
  // DOM (same URL, same cookies, same stylesheets) to a JS-enabled page and check that.
  const url = page.url();
  const html = await page.content();
  const ctx = await browser.newContext({
    storageState: await page.context().storageState(),
    viewport: page.viewportSize(),
  });
  try {
    const copy = await ctx.newPage();
    const target = url.split('#')[0];
    await copy.route((u) => u.href.split('#')[0] === target, (route) =>
      route.request().isNavigationRequest()
        ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
        : route.continue());
    await copy.goto(url);
    return (await axe(copy)).violations;
  } finally {
    await ctx.close();
  }
}

export function formatViolations(violations) {
  return violations.map((v) =>
    `${v.id} (${v.impact}): ${v.help}\n` +
    v.nodes.map((n) => `    at ${n.target.join(' ')}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ').trim()}`).join('\n'),
  ).join('\n');
}

export function slugOf(url) {
  const u = new URL(url);
  let slug = (u.pathname + (u.search ? `-${u.search.slice(1)}` : ''))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (!slug) slug = 'root';
  return slug.slice(0, 90);
}

export async function screenshot(page, name) {
  mkdirSync(screenshotDir(), { recursive: true });
  const file = path.join(screenshotDir(), `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * Prints the page as Chromium would on paper (print media, the page size the stylesheet
 * asks for), saves the PDF and a PNG of its first page next to the screenshots, and reads
 * the PDF back with poppler: `{ file, png, width, height, pages, text }`, sizes in points
 * (A4 = 595 × 842, A5 = 420 × 595).
 */
export async function printToPdf(page, name) {
  mkdirSync(screenshotDir(), { recursive: true });
  const file = path.join(screenshotDir(), `${name}.pdf`);
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
  const pages = /Pages:\s+(\d+)/.exec(info);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const prefix = path.join(screenshotDir(), `${name}-page1`);
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', file, prefix]);
  return {
    file,
    png: `${prefix}.png`,
    width: size ? Math.round(Number(size[1])) : 0,
    height: size ? Math.round(Number(size[2])) : 0,
    pages: pages ? Number(pages[1]) : 0,
    text,
  };
}

/** Compressed sizes of a body, computed here (Playwright's request API hands back decompressed bytes). */
export function compressedSizes(body) {
  return {
    raw: body.length,
    gzip: zlib.gzipSync(body, { level: 9 }).length,
    brotli: zlib.brotliCompressSync(body, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
        [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }).length,
  };
}

/** Collects failures across a whole test so that one run shows all of them. */
export class Findings {
  constructor() {
    this.items = [];
    this.pages = [];
  }

  add(item) {
    this.items.push(item);
  }

  get count() {
    return this.items.length;
  }

  /** Human-readable list; axe violations are grouped by rule and target. */
  format() {
    const out = [];
    const axe = new Map();
    for (const f of this.items.filter((i) => i.kind === 'axe')) {
      const key = `${f.id}\u0000${f.target}`;
      if (!axe.has(key)) axe.set(key, { ...f, where: [] });
      axe.get(key).where.push(`${f.lang}/${f.role} ${f.path}`);
    }
    if (axe.size) {
      out.push(`axe violations (${axe.size} distinct rule+target, ${this.items.filter((i) => i.kind === 'axe').length} in all):`);
      for (const v of axe.values()) {
        out.push(`  - ${v.id} [${v.impact}] ${v.help}`);
        out.push(`    target: ${v.target}`);
        out.push(`    message: ${v.message}`);
        const shown = v.where.slice(0, 8).join(', ');
        out.push(`    on ${v.where.length} page(s): ${shown}${v.where.length > 8 ? `, … (+${v.where.length - 8})` : ''}`);
      }
    }
    const others = this.items.filter((i) => i.kind !== 'axe');
    if (others.length) {
      out.push(`other failures (${others.length}):`);
      for (const f of others) out.push(`  - [${f.kind}] ${f.lang}/${f.role} ${f.path}: ${f.message}`);
    }
    return out.join('\n');
  }

  writeJSON(name) {
    mkdirSync(screenshotDir(), { recursive: true });
    const file = path.join(screenshotDir(), name);
    writeFileSync(file, JSON.stringify({ findings: this.items, pages: this.pages }, null, 2));
    return file;
  }
}

function crawlTarget(raw, abs, origin) {
  if (!raw || raw.trim().startsWith('#')) return null;
  let u;
  try {
    u = new URL(abs);
  } catch {
    return null;
  }
  if (u.origin !== origin) return null;
  const p = u.pathname;
  if (p === '/logout' || p.startsWith('/logout/') || p.includes('/password/set/')) return null;
  if (u.searchParams.has('lang')) return null;
  u.hash = '';
  return u.href;
}

/**
 * Checks one page: HTTP status, page weight (gzip -9 ≤ MAX_GZIP_BYTES), no <script>,
 * html[lang], axe; takes a full-page screenshot. Returns the crawlable links it finds.
 */
export async function checkPage({ context, page, url, role, lang, findings, shotName, collectLinks = false }) {
  const where = { role, lang, path: pathOf(url), url };
  const fail = (kind, message, extra = {}) => findings.add({ kind, ...where, message, ...extra });

  const res = await context.request.get(url, { headers: { 'accept-encoding': 'br, gzip' }, failOnStatusCode: false });
  const type = res.headers()['content-type'] ?? '';
  if (!type.includes('text/html')) {
    if (res.status() >= 400) fail('http', `GET answered ${res.status()} (${type})`);
    findings.pages.push({ ...where, status: res.status(), type, skipped: 'not HTML' });
    return [];
  }
  const body = await res.body();
  const sizes = compressedSizes(body);
  if (sizes.gzip > MAX_GZIP_BYTES) {
    fail('weight', `page weighs ${sizes.gzip} bytes gzip -9 (limit ${MAX_GZIP_BYTES}); brotli q11 ${sizes.brotli} bytes; raw ${sizes.raw} bytes`);
  }
  if (/<script\b/i.test(body.toString('utf8'))) {
    fail('script', 'page contains a <script> tag');
  }

  const nav = await page.goto(url);
  const status = nav?.status() ?? 0;
  if (status >= 400) fail('http', `browser GET answered ${status}`);
  const final = page.url();
  if (pathOf(final) !== pathOf(url)) where.redirectedTo = pathOf(final);

  // One round trip for the language and the links (separate locator calls cost ~100 ms a page).
  const dom = await page.evaluate(() => ({
    lang: document.documentElement.getAttribute('lang'),
    links: [...document.querySelectorAll('header nav a[href], main a[href]')]
      .map((a) => ({ raw: a.getAttribute('href'), abs: a.href })),
  }));
  if (dom.lang !== lang) fail('lang', `<html lang="${dom.lang}">, expected "${lang}"`);

  const violations = await runAxe(page);
  for (const v of violations) {
    for (const n of v.nodes) {
      findings.add({
        kind: 'axe', ...where, id: v.id, impact: v.impact, help: v.help,
        target: n.target.join(' '),
        message: (n.failureSummary ?? '').replace(/\s+/g, ' ').trim(),
      });
    }
  }
  const file = await screenshot(page, shotName);
  findings.pages.push({ ...where, status, ...sizes, axe: violations.length, screenshot: path.relative(REPO_ROOT, file) });

  if (!collectLinks) return [];
  const origin = new URL(final).origin;
  return dom.links.map((l) => crawlTarget(l.raw, l.abs, origin)).filter(Boolean);
}

/** A page's shape: its path with ids as `N`, and its query's keys (`/persons/N?created`). */
export function shapeOf(url) {
  const u = new URL(url);
  const keys = [...new Set(u.searchParams.keys())].sort().join('&');
  return u.pathname.replace(/\d+/g, 'N') + (keys ? `?${keys}` : '');
}

/**
 * Breadth-first crawl from the page the context is on (GET only, same origin). Every shape
 * of page is visited before a second page of a shape already seen, and at most
 * PAGES_PER_SHAPE pages of one shape, so that the cap covers every kind of page.
 */
export async function crawl({ context, page, role, lang, findings, maxPages = MAX_PAGES_PER_ROLE }) {
  const start = new URL(page.url());
  start.hash = '';
  const fresh = [start.href];
  const later = [];
  const seen = new Set(fresh);
  const shapes = new Map([[shapeOf(start.href), 1]]);
  const slugs = new Set();
  let visited = 0;
  while ((fresh.length || later.length) && visited < maxPages) {
    const url = fresh.length ? fresh.shift() : later.shift();
    visited += 1;
    let slug = slugOf(url);
    for (let i = 2; slugs.has(slug); i += 1) slug = `${slugOf(url)}-${i}`;
    slugs.add(slug);
    let links = [];
    try {
      links = await checkPage({ context, page, url, role, lang, findings, shotName: `${lang}-${role}-${slug}`, collectLinks: true });
    } catch (err) {
      findings.add({ kind: 'error', role, lang, path: pathOf(url), url, message: err.message.split('\n')[0] });
    }
    for (const l of links) {
      if (seen.has(l)) continue;
      seen.add(l);
      const shape = shapeOf(l);
      const n = shapes.get(shape) ?? 0;
      if (n >= PAGES_PER_SHAPE) continue;
      shapes.set(shape, n + 1);
      (n === 0 ? fresh : later).push(l);
    }
  }
  return { visited, unvisited: fresh.length + later.length };
}

/**
 * Saves a PDF (bytes from the app), renders its pages to PNG under the screenshot folder,
 * and reads it back with poppler: page size, page count, text and each word's box (in
 * points from the top-left corner), page by page.
 */
export function readPdf(bytes, name) {
  mkdirSync(screenshotDir(), { recursive: true });
  const file = path.join(screenshotDir(), `${name}.pdf`);
  writeFileSync(file, bytes);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
  execFileSync('pdftoppm', ['-png', '-r', '60', file, path.join(screenshotDir(), name)]);
  const bbox = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  const words = [];
  let page = 0;
  for (const line of bbox.split('\n')) {
    if (line.includes('<page ')) page += 1;
    const m = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/.exec(line);
    if (m) words.push({ page, x0: +m[1], y0: +m[2], x1: +m[3], y1: +m[4], text: m[5] });
  }
  return {
    file,
    width: size ? Math.round(Number(size[1])) : 0,
    height: size ? Math.round(Number(size[2])) : 0,
    pages,
    words,
    pageText: (p) => words.filter((w) => w.page === p).map((w) => w.text).join(' '),
  };
}
