// The tool guide and its peer coaches (issue 18, journey J10's pages), in a real browser
// with JavaScript off, at a 1024×600 desk: axe on every page in French and Dutch, page
// weight, the search a new colleague makes, the how-to form's mistakes, the printout.
// Run alone: node --test guide.test.mjs
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startGuichet } from './lib/server.mjs';
import { checkStep, finish, signedInPage } from './lib/suite.mjs';
import { compressedSizes, launchChromium, MAX_GZIP_BYTES, readPdf, submitAndWait } from './lib/web.mjs';

const DESK = { width: 1024, height: 600 };
let server;
let browser;

before(async () => {
  server = await startGuichet();
  browser = await launchChromium();
});

after(() => finish(server, browser));

async function light(page) {
  const html = await page.content();
  const { gzip } = compressedSizes(html);
  assert.ok(gzip <= MAX_GZIP_BYTES, `${page.url()} weighs ${gzip} bytes compressed`);
}

test('the tool guide: search "mutualité", read a how-to with its screenshot, see two coaches, write a how-to with mistakes, print', async () => {
  const { context, page } = await signedInPage(server, browser, { role: 'reception', viewport: DESK });
  try {
    await submitAndWait(page, page.getByRole('navigation').getByRole('link', { name: 'Guide des outils' }));
    await checkStep(browser, page, 'guide-01-list');
    await light(page);
    await page.fill('#q', 'mutualité');
    await submitAndWait(page, page.getByRole('button', { name: 'Chercher' }));
    const rows = page.locator('main tbody tr');
    assert.equal(await rows.count(), 1, 'one tool found');
    await submitAndWait(page, page.getByRole('link', { name: 'Portail de la mutualité' }));
    await checkStep(browser, page, 'guide-02-tool');
    await light(page);
    const main = page.locator('main');
    assert.ok(await main.getByRole('heading', { name: 'Télécharger une attestation d’assurabilité' }).isVisible());
    const img = main.getByRole('img', { name: /bouton vert « Télécharger »/ });
    assert.equal(await img.count(), 1, 'the screenshot with its text');
    assert.ok(await img.evaluate((i) => i.complete && i.naturalWidth > 0), 'the screenshot loads');
    const coaches = await page.locator('#coaches li').allInnerTexts();
    assert.deepEqual(coaches, ['Aïcha Diallo (Soins à domicile)', 'Thomas Claes (Service social)']);

    const pdfHref = await page.getByRole('link', { name: 'Imprimer cette page (PDF)' }).getAttribute('href');
    const pdf = readPdf(await (await page.request.get(`${server.baseURL}${pdfHref}`)).body(), 'guide-03-print');
    assert.match(pdf.pageText(1), /Portail de la mutualité/);

    await submitAndWait(page, page.getByRole('link', { name: 'Écrire un mode d’emploi' }));
    await page.fill('#title', 'Changer de médecin');
    await submitAndWait(page, page.getByRole('button', { name: 'Ajouter le mode d’emploi' }));
    assert.ok(await page.locator('.error-summary').isVisible(), 'the error summary');
    assert.equal(await page.inputValue('#title'), 'Changer de médecin');
    await checkStep(browser, page, 'guide-04-howto-mistakes');

    await page.goto(`${server.baseURL}/guide/coaches`);
    await checkStep(browser, page, 'guide-05-coaches');
    await light(page);
  } finally {
    await context.close();
  }
});

test('the tool guide in Dutch, and the coordinator\'s forms', async () => {
  const nl = await signedInPage(server, browser, { role: 'social-worker', lang: 'nl', viewport: DESK });
  try {
    await nl.page.goto(`${server.baseURL}/guide`);
    assert.ok(await nl.page.getByRole('heading', { name: 'Toolgids' }).isVisible());
    await checkStep(browser, nl.page, 'guide-nl-01-list');
    await nl.page.goto(`${server.baseURL}/guide/tools/1`);
    await checkStep(browser, nl.page, 'guide-nl-02-tool');
    await nl.page.goto(`${server.baseURL}/guide/coaches`);
    await checkStep(browser, nl.page, 'guide-nl-03-coaches');
  } finally {
    await nl.context.close();
  }
  const { context, page } = await signedInPage(server, browser, { role: 'coordinator', viewport: DESK });
  try {
    await page.goto(`${server.baseURL}/home`);
    await submitAndWait(page, page.getByRole('link', { name: /1 outil à revoir dans le guide des outils/ }));
    await submitAndWait(page, page.getByRole('button', { name: 'Ajouter l’outil' }));
    assert.ok(await page.locator('.error-summary').isVisible());
    await checkStep(browser, page, 'guide-06-add-mistakes');
    await page.goto(`${server.baseURL}/guide/tools/1/edit`);
    await checkStep(browser, page, 'guide-07-edit');
  } finally {
    await context.close();
  }
});
