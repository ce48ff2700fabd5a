// Page-weight report (a report, not a test: `npm run page-weight`, not run by scripts/test).
//
// Starts `guichet demo`, signs in with every role, crawls the pages each role reaches
// (lib/web.mjs `crawl`: one page per shape), and for every page shape reports:
//   - the HTML as served, compressed: gzip and brotli bytes on the wire (raw HTTP request
//     with Accept-Encoding, bytes counted as received);
//   - CSS bytes (a separate stylesheet: 0 since the stylesheet travels inside the page) and
//     JavaScript bytes transferred, and the number of requests, on a first visit with an
//     empty cache;
//   - the load time (navigation start to the load event) under Lighthouse's "Regular 3G"
//     profile emulated by Chromium (CDP Network.emulateNetworkConditions): first visit (cold
//     cache) and second visit.
// Writes a Markdown table to target/page-weight.md and prints it.
//
// Lighthouse's mobileRegular3G: rttMs 300, throughputKbps 700; applied through DevTools
// throttling it becomes request latency 300 × 3.75 = 1,125 ms and 700 × 0.9 = 630 kbit/s
// each way. Both are measured: "3G" (300 ms, 700 kbit/s, the profile's nominal figures)
// and "3G LH" (1,125 ms, 630 kbit/s, what Lighthouse's DevTools throttling applies).
import http from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startGuichet, REPO_ROOT } from './lib/server.mjs';
import { launchChromium, signIn, crawl, shapeOf, pathOf, Findings } from './lib/web.mjs';

const PROFILES = {
  nominal: { latency: 300, kbps: 700 },
  lighthouse: { latency: 300 * 3.75, kbps: 700 * 0.9 },
};
const MAX_PAGES = Number(process.env.PAGE_WEIGHT_MAX_PAGES ?? 40);

/** Bytes on the wire for the HTML with one Accept-Encoding (no decompression). */
function servedBytes(url, cookies, encoding) {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { headers: { cookie: cookies, 'accept-encoding': encoding } }, (res) => {
      let n = 0;
      res.on('data', (d) => { n += d.length; });
      res.on('end', () => resolve({ bytes: n, encoding: res.headers['content-encoding'] ?? 'identity', status: res.statusCode }));
    });
    req.on('error', reject);
  });
}

/** Loads `url` in `page` with throttling; returns { ms, requests, css, js, html }. */
async function throttledLoad(page, cdp, url, profile, { cold }) {
  if (cold) await cdp.send('Network.clearBrowserCache');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: profile.latency,
    downloadThroughput: (profile.kbps * 1024) / 8,
    uploadThroughput: (profile.kbps * 1024) / 8,
  });
  const types = new Map();
  const sizes = { Document: 0, Stylesheet: 0, Script: 0, Other: 0 };
  let requests = 0;
  const onResponse = (e) => { types.set(e.requestId, e.type); };
  const onSent = () => { requests += 1; };
  const onFinished = (e) => {
    const t = types.get(e.requestId) ?? 'Other';
    sizes[t in sizes ? t : 'Other'] += e.encodedDataLength;
  };
  cdp.on('Network.responseReceived', onResponse);
  cdp.on('Network.requestWillBeSent', onSent);
  cdp.on('Network.loadingFinished', onFinished);
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  const ms = await page.evaluate(() => {
    const [nav] = performance.getEntriesByType('navigation');
    return Math.round(nav.loadEventEnd - nav.startTime);
  });
  cdp.off('Network.responseReceived', onResponse);
  cdp.off('Network.requestWillBeSent', onSent);
  cdp.off('Network.loadingFinished', onFinished);
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  return { ms, requests, css: sizes.Stylesheet, js: sizes.Script, html: sizes.Document };
}

async function main() {
  const server = await startGuichet();
  const browser = await launchChromium();
  const rows = [];
  try {
    for (const [role, account] of Object.entries(server.accounts)) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await signIn(page, server.baseURL, account, 'fr');
      const findings = new Findings();
      await crawl({ context, page, role, lang: 'fr', findings, maxPages: MAX_PAGES });
      const seen = new Set();
      const pages = findings.pages.filter((p) => !p.skipped && p.status < 400 && !seen.has(shapeOf(p.url)) && seen.add(shapeOf(p.url)));
      const cookies = (await context.cookies(server.baseURL)).map((c) => `${c.name}=${c.value}`).join('; ');
      const probe = await context.newPage();
      const cdp = await context.newCDPSession(probe);
      await cdp.send('Network.enable');
      for (const p of pages) {
        const gzip = await servedBytes(p.url, cookies, 'gzip');
        const br = await servedBytes(p.url, cookies, 'br');
        const cold = await throttledLoad(probe, cdp, p.url, PROFILES.nominal, { cold: true });
        const warm = await throttledLoad(probe, cdp, p.url, PROFILES.nominal, { cold: false });
        const coldLh = await throttledLoad(probe, cdp, p.url, PROFILES.lighthouse, { cold: true });
        const warmLh = await throttledLoad(probe, cdp, p.url, PROFILES.lighthouse, { cold: false });
        rows.push({
          role,
          path: shapeOf(p.url),
          example: pathOf(p.url),
          gzip: gzip.encoding === 'gzip' ? gzip.bytes : `${gzip.bytes} (${gzip.encoding})`,
          br: br.encoding === 'br' ? br.bytes : `${br.bytes} (${br.encoding})`,
          css: cold.css,
          js: cold.js,
          requests: cold.requests,
          cold: cold.ms,
          warm: warm.ms,
          coldLh: coldLh.ms,
          warmLh: warmLh.ms,
        });
        process.stderr.write('.');
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  process.stderr.write('\n');
  const gz = rows.map((r) => (typeof r.gzip === 'number' ? r.gzip : Infinity));
  const over = rows.filter((r) => !(typeof r.gzip === 'number' && r.gzip <= 14600)).length;
  const slow = rows.filter((r) => r.cold > 1500).length;
  const slowLh = rows.filter((r) => r.coldLh > 1500).length;
  const lines = [
    `Page weight, ${new Date().toISOString().slice(0, 10)}: \`guichet demo\` (SQLite), headless Chromium, every page shape each role reaches (${rows.length} rows).`,
    '',
    `Largest HTML: ${Math.max(...gz)} bytes gzip; pages over 14,600 bytes: ${over}; JavaScript bytes in total: ${rows.reduce((s, r) => s + r.js, 0)}; pages over 1.5 s cold on 3G: ${slow} (3G LH: ${slowLh}).`,
    '',
    '| Role | Page | HTML gzip B | HTML br B | CSS B (cold) | Requests | JS B | 3G cold ms | 3G cached ms | 3G LH cold ms | 3G LH cached ms |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map((r) => `| ${r.role} | \`${r.path}\` | ${r.gzip} | ${r.br} | ${r.css} | ${r.requests} | ${r.js} | ${r.cold} | ${r.warm} | ${r.coldLh} | ${r.warmLh} |`),
    '',
    '3G: 300 ms latency, 700 kbit/s both ways (Lighthouse "Regular 3G" nominal figures). 3G LH: the same profile as Lighthouse applies it through DevTools throttling (1,125 ms request latency, 630 kbit/s). Cold: empty cache; cached: second visit. Sizes are bytes on the wire (headers included for CSS and requests); the stylesheet is part of the HTML.',
  ];
  const out = lines.join('\n');
  const file = path.join(REPO_ROOT, 'target', 'page-weight.md');
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${out}\n`);
  console.log(out);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
