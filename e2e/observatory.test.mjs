// The observatory of digital barriers (issue 17), in a real browser with JavaScript off.
// Run alone: node --test --test-name-pattern="J6" observatory.test.mjs
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startGuichet } from './lib/server.mjs';
import { checkStep, DB, finish, signedInPage } from './lib/suite.mjs';
import { compressedSizes, launchChromium, MAX_GZIP_BYTES, readPdf, submitAndWait } from './lib/web.mjs';

let server;
let browser;

before(async () => {
  server = await startGuichet();
  browser = await launchChromium();
});

after(() => finish(server, browser));

/** The last full quarter before today, as the period's code ("2026-Q3"). */
function lastQuarter(today = new Date()) {
  const q = Math.floor(today.getMonth() / 3) + 1;
  return q === 1 ? `${today.getFullYear() - 1}-Q4` : `${today.getFullYear()}-Q${q - 1}`;
}

/** The staff of the demo other than the coordinator: no output may name them. */
const WORKERS = ['Nadia Benali', 'Thomas Claes', 'Aïcha Diallo', 'Hélène Dupont', 'Jan Vermeulen', 'Elena Popescu'];

/** Every figure of the page's tables: 0, five or more, "< 5" or "masqué". */
function assertSuppressed(cells, where) {
  for (const c of cells) {
    const n = Number(c);
    if (Number.isInteger(n) && c !== '') assert.ok(n === 0 || n >= 5, `${where}: ${n} is under five and shown`);
    else assert.ok(c === '< 5' || c === 'masqué' || /h$/.test(c), `${where}: "${c}"`);
  }
}

test('J6 the coordinator prepares the quarter report for the municipal council: hours of digital help, the platforms that blocked people, channels and delays, small figures hidden, no figure per worker, as charts, CSV, print and a published link', async () => {
  const { context, page } = await signedInPage(server, browser, { role: 'coordinator' });
  try {
    // The home page warns that a platform blocks more than usual, with the numbers.
    const alert = page.getByRole('region', { name: /une plateforme bloque plus que d’habitude/ });
    assert.match(await alert.innerText(), /démarches n’ont pas pu aboutir sur MyMinfin.*contre .* en moyenne/s);
    await checkStep(browser, page, 'J6-01-home-alert');

    await submitAndWait(page, page.getByRole('navigation').getByRole('link', { name: 'Observatoire' }));
    await page.selectOption('#scope', { label: 'Service social — Antenne Centre' });
    const quarter = lastQuarter();
    await page.selectOption('#period', quarter);
    await submitAndWait(page, page.getByRole('button', { name: 'Afficher' }));
    await checkStep(browser, page, 'J6-02-report');
    const main = page.locator('main');
    const text = await main.innerText();
    assert.match(text, /Heures d’aide numérique : \d+,\d h \(/);
    assert.match(text, /Les obstacles rencontrés le plus souvent : itsme exigé \(\d+\)/);
    assert.match(text, /Les demandes sont arrivées surtout par/);
    assert.match(text, /Dates promises tenues : \d+ sur \d+/);
    for (const name of WORKERS) assert.ok(!text.includes(name), `the report names ${name}`);

    // Each chart is an image with its title and description, and its table beside it.
    const charts = main.locator('svg[role="img"]');
    assert.ok((await charts.count()) >= 8, 'a chart per breakdown');
    for (const id of ['platform', 'blocked', 'channel', 'promise']) {
      const section = page.locator(`section[aria-labelledby="sec-${id}"]`);
      assert.equal(await section.locator('svg[role="img"] title').count(), 1, `${id}: a title`);
      assert.equal(await section.locator('svg[role="img"] desc').count(), 1, `${id}: a description`);
      assert.equal(await section.locator('table').count(), 1, `${id}: its table`);
    }
    const cells = await main.locator('td.num').allInnerTexts();
    assertSuppressed(cells, 'page');
    assert.ok(cells.includes('< 5'), 'a rarely used platform shows as "< 5"');
    const html = await page.content();
    assert.ok(compressedSizes(html).gzip <= MAX_GZIP_BYTES, `the report weighs ${compressedSizes(html).gzip} bytes compressed`);

    // The CSV says what the page says, suppression applied.
    const csvHref = await page.getByRole('link', { name: 'Télécharger en CSV' }).getAttribute('href');
    const csv = await (await page.request.get(`${server.baseURL}${csvHref}`)).text();
    const rows = csv.trim().split('\r\n').slice(1).map((l) => l.slice(1, -1).split('","'));
    assertSuppressed(rows.map((r) => r[3]), 'csv');
    const onPage = await page.locator('section[aria-labelledby="sec-platform"] tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [tr.querySelector('th').innerText, tr.querySelectorAll('td')[0].innerText]));
    for (const [label, value] of onPage) {
      const row = rows.find((r) => r[0] === 'Aides numériques par plateforme' && r[1] === label && r[2] === quarter);
      assert.equal(row?.[3], value, `CSV and page agree on ${label}`);
    }
    for (const name of WORKERS) assert.ok(!csv.includes(name), `the CSV names ${name}`);

    // The printed report: summary, charts and tables, the method and the rule.
    const pdfHref = await page.getByRole('link', { name: 'Imprimer le rapport (PDF)' }).getAttribute('href');
    const res = await page.request.get(`${server.baseURL}${pdfHref}`);
    assert.equal(res.headers()['content-type'], 'application/pdf');
    const pdf = readPdf(await res.body(), `${DB}-J6-report`);
    assert.deepEqual([pdf.width, pdf.height], [595, 842], `A4 (${pdf.file})`);
    // pdftotext's word boxes are XML: "<" comes as "&lt;".
    const printed = [...Array(pdf.pages).keys()].map((i) => pdf.pageText(i + 1)).join(' ').replaceAll('&lt;', '<');
    for (const expected of ['En bref', 'obstacles', 'Méthode', '< 5', 'travailleur']) {
      assert.ok(printed.includes(expected), `${expected} in the PDF`);
    }
    for (const name of WORKERS) assert.ok(!printed.includes(name), `the PDF names ${name}`);

    // Published for the council: a read-only link, frozen, readable without signing in.
    await submitAndWait(page, page.getByRole('button', { name: 'Publier un lien en lecture seule' }));
    await checkStep(browser, page, 'J6-03-published');
    const link = await page.inputValue('#link');
    assert.match(link, /\/published\/[0-9a-f]{64}$/);
    const council = await browser.newContext({ javaScriptEnabled: false, locale: 'fr-BE' });
    try {
      const reader = await council.newPage();
      await reader.goto(link);
      const shown = await reader.locator('main').innerText();
      assert.match(shown, /Heures d’aide numérique/);
      assertSuppressed(await reader.locator('td.num').allInnerTexts(), 'published link');
      for (const name of WORKERS) assert.ok(!shown.includes(name), `the link names ${name}`);
      await checkStep(browser, reader, 'J6-04-council-link');
    } finally {
      await council.close();
    }
  } finally {
    await context.close();
  }
});

test('J6 the observatory in Dutch, at 1024×600', async () => {
  const { context, page } = await signedInPage(server, browser, { role: 'coordinator', lang: 'nl', viewport: { width: 1024, height: 600 } });
  try {
    await page.goto(`${server.baseURL}/observatory?period=${lastQuarter()}`);
    assert.match(await page.locator('h1').innerText(), /Observatorium van digitale drempels/);
    assert.match(await page.locator('main').innerText(), /Uren digitale hulp/);
    await checkStep(browser, page, 'J6-05-report-nl');
  } finally {
    await context.close();
  }
});
