// Issue 12, "words", as the person at the desk would notice it, with JavaScript off:
// - §7 the person's report, read back as PDF text in the person's language (Dutch, French,
//   English), says "you" and shows none of guichet's codes;
// - §10 the printed acknowledgement carries the date and the reference, and the request
//   becomes "acknowledged"; the reference, quoted on the phone, opens the request;
// - §12 a Dutch-speaking person's letter carries the Dutch site and service names; Dutch and
//   English printouts have no French punctuation spacing.
// Run alone: GUICHET_BIN=… node --test --test-concurrency=1 words.test.mjs
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startGuichet } from './lib/server.mjs';
import { checkStep, DB, finish, signedInPage } from './lib/suite.mjs';
import { launchChromium, printToPdf, readPdf, submitAndWait, whereIs } from './lib/web.mjs';

let server;
let browser;

before(async () => {
  server = await startGuichet();
  browser = await launchChromium();
});

after(() => finish(server, browser));

/** Every `what` and action code of the access log; none may reach the person. */
const CODES = ['person', 'contact', 'consents', 'notes', 'identity', 'phones', 'emails', 'household',
  'merge', 'report', 'export', 'erase', 'break-glass', 'requests new', 'appointments new', 'request',
  'acknowledgement', 'appointment', 'card', 'calendar file', 'letter', 'read', 'print', '/persons'];

/** A space or no-break space before : ; ? ! — French typography, never Dutch or English. */
const FRENCH_SPACING = /[ \u00a0\u202f][:;?!]/;

const desk = (role = 'reception', { viewport } = {}) => signedInPage(server, browser, { role, viewport });
const step = (page, name) => checkStep(browser, page, `words-${name}`);

const click = (page, locator) => submitAndWait(page, locator);

/** Four digits for a phone number no other run has used. */
const digits = () => String(1000 + Math.floor(Math.random() * 9000)).replace(/(\d\d)(\d\d)/, '$1 $2');

/** A family name no other run has used, so a reused PostgreSQL demo finds no duplicate. */
function fresh(base) {
  const letters = Array.from({ length: 5 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');
  return `${base}-${letters[0].toUpperCase()}${letters.slice(1)}`;
}

async function register(page, given, family, phone, birthYear) {
  await page.goto(`${server.baseURL}/persons`);
  await page.fill('#q', `${family} ${given}`);
  await click(page, page.locator('form[role=search] button'));
  await click(page, page.getByRole('link', { name: /l'enregistrer/ }));
  await page.fill('#given_names', given);
  await page.fill('#family_name', family);
  await page.fill('#birth_year', birthYear);
  await page.fill('#phone', phone);
  await click(page, page.locator('form[action="/persons/new"] button[type=submit]'));
  const path = new URL(page.url()).pathname;
  assert.match(path, /^\/persons\/\d+$/, `registered: ${await whereIs(page)}`);
  return path;
}

/** Letter first, then the landline; her language; she reads with difficulty. */
async function prefer(page, file, lang) {
  await page.goto(`${server.baseURL}${file}/contact`);
  await page.selectOption('#channel_1', 'paper-letter');
  await page.selectOption('#channel_2', 'landline');
  await page.selectOption('#language', lang);
  await page.check('#needs-reading-difficulty');
  await page.check('#address_kind-belgian');
  await page.fill('#street', 'Kerkstraat 14');
  await page.fill('#postcode', '1300');
  await page.fill('#municipality', 'Wavre');
  await click(page, page.locator('form button[type=submit]').last());
  assert.equal(new URL(page.url()).pathname, file, `preferences saved: ${await whereIs(page)}`);
}

function assertSpeaksToThePerson(text, lang, where) {
  for (const code of CODES) {
    assert.ok(!text.includes(`(${code}`), `${where} (${lang}) shows the code (${code}…):\n${text}`);
  }
  const thirdPerson = { fr: ['la personne', 'Lit difficilement'], nl: ['de persoon', 'Leest moeilijk'], en: ['the person', 'Reads with difficulty'] }[lang];
  for (const phrase of thirdPerson) {
    assert.ok(!text.includes(phrase), `${where} (${lang}) speaks of "${phrase}":\n${text}`);
  }
}

test('words §10 and §7: the acknowledgement is a receipt with date and reference, the request becomes acknowledged, and the report read back as PDF says "you" without codes in nl, fr and en', async () => {
  const { context, page } = await desk('reception', { viewport: { width: 1024, height: 600 } });
  try {
    const file = await register(page, 'Liesbeth', fresh('Verhaegen'), `010 88 ${digits()}`, '1961');
    await prefer(page, file, 'nl');
    await click(page, page.getByRole('link', { name: 'Nouvelle demande' }));
    await page.selectOption('#topic', 'sante--constituer-un-dossier-mdph-invalidite');
    const topic = await page.locator('#topic option:checked').innerText();
    assert.doesNotMatch(topic, /MDPH/, 'the topic is worded for Belgium');
    assert.match(topic, /AVIQ/);
    await page.check('#channel-walk-in');
    await page.check('#urgency-normal');
    await click(page, page.locator('form button[type=submit]').last());
    const request = new URL(page.url()).pathname;
    assert.match(request, /^\/requests\/\d+$/, `request saved: ${await whereIs(page)}`);

    const reference = (await page.locator('dd.reference').innerText()).trim();
    const year = new Date().getFullYear();
    assert.match(reference, new RegExp(`^${year}-\\d{4,}$`), 'a reference with the year');
    assert.match(await page.locator('dl.facts').innerText(), /Nouvelle/);
    assert.equal(await page.getByRole('link', { name: 'Version en grands caractères' }).count(), 1, 'large print offered: not her default');
    await step(page, '01-request-1024');

    // The slip, in her language (Dutch): the day it was printed and the reference.
    await click(page, page.getByRole('link', { name: "Imprimer l'accusé de réception" }));
    const slip = await page.locator('article.slip').innerText();
    assert.match(slip, /^Datum: \S+ \d+ \S+ \d{4}\.$/m, slip);
    assert.ok(slip.includes(`Uw referentie: ${reference}.`), slip);
    assert.doesNotMatch(slip, FRENCH_SPACING, `no French spacing in Dutch:\n${slip}`);
    await step(page, '02-acknowledgement-nl-1024');
    const slipPdf = await printToPdf(page, `${DB}-words-03-acknowledgement-nl`);
    assert.deepEqual([slipPdf.width, slipPdf.height], [595, 842], `A4 (${slipPdf.file})`);
    assert.ok(slipPdf.text.includes(reference), `the printed slip carries the reference:\n${slipPdf.text}`);
    assert.match(slipPdf.text, /Datum: /);

    // Printing it moved the request on.
    await click(page, page.getByRole('link', { name: 'Retour à la demande' }));
    assert.match(await page.locator('dl.facts').innerText(), /Accusé de réception envoyé/);
    assert.match(await page.locator('section[aria-labelledby=status-title] ol').innerText(), /Accusé de réception envoyé/);
    await step(page, '04-request-acknowledged');

    // She calls back and quotes the reference: the queue's search opens her request.
    await page.goto(`${server.baseURL}/queue`);
    await page.fill('#reference', reference.replace('-', ' '));
    await click(page, page.getByRole('button', { name: 'Ouvrir' }));
    assert.equal(new URL(page.url()).pathname, request, `the reference opens the request: ${await whereIs(page)}`);
    await page.goto(`${server.baseURL}/queue`);
    await page.fill('#reference', `${year - 1}-${reference.split('-')[1]}`);
    await click(page, page.getByRole('button', { name: 'Ouvrir' }));
    assert.match(await page.locator('.error-summary').innerText(), /Aucune demande avec cette référence/);
    assert.equal(await page.inputValue('#reference'), `${year - 1}-${reference.split('-')[1]}`, 'the typed reference is kept');
    await step(page, '05-queue-reference-unknown');

    // "What do you know about me?" — in each of her possible languages, on screen and on paper.
    const expected = {
      nl: [/Wat we over u weten/, /heeft Nadia Benali \(.*\) uw dossier bekeken\./, new RegExp(`de ontvangstbevestiging van uw aanvraag ${reference} afgedrukt`), /We contacteren u eerst per brief\./],
      fr: [/Ce que nous savons de vous/, /Nadia Benali \(.*\) a consulté votre dossier\./, new RegExp(`a imprimé l'accusé de réception de votre demande ${reference}`), /Nous vous contactons d'abord par courrier\./],
      en: [/What we know about you/, /Nadia Benali \(.*\) looked at your file\./, new RegExp(`printed the acknowledgement of your request ${reference}`), /We contact you first by letter\./],
    };
    for (const lang of ['nl', 'fr', 'en']) {
      await prefer(page, file, lang);
      await page.goto(`${server.baseURL}${file}/report`);
      const article = page.locator('article.report');
      assert.equal(await article.getAttribute('lang'), lang);
      const text = await article.innerText();
      assertSpeaksToThePerson(text, lang, 'the report page');
      for (const re of expected[lang]) assert.match(text, re, `${lang} report page`);
      if (lang !== 'fr') assert.doesNotMatch(text, FRENCH_SPACING, `${lang} report page:\n${text}`);
      await step(page, `06-report-${lang}`);
      const printed = await printToPdf(page, `${DB}-words-07-report-${lang}`);
      assert.deepEqual([printed.width, printed.height], [595, 842], `the report prints on A4 (${printed.file})`);
      const flat = printed.text.replace(/\s+/g, ' ');
      assertSpeaksToThePerson(flat, lang, 'the printed report');
      assert.match(flat, expected[lang][0]);
      assert.match(flat, expected[lang][3]);

      // The letter version (window envelope), read back with poppler.
      const res = await page.request.get(`${server.baseURL}${file}/report-pdf`);
      assert.equal(res.status(), 200);
      const letter = readPdf(await res.body(), `${DB}-words-08-report-letter-${lang}`);
      const letterText = Array.from({ length: letter.pages }, (_, i) => letter.pageText(i + 1)).join(' ');
      assertSpeaksToThePerson(letterText, lang, 'the report letter');
      assert.match(letterText, expected[lang][0]);
      if (lang !== 'fr') assert.doesNotMatch(letterText, FRENCH_SPACING, `${lang} report letter`);
    }
  } finally {
    await context.close();
  }
});

test('words §12: a Dutch-speaking person\'s letters carry the Dutch site and service names', async () => {
  const admin = await desk('admin');
  const { context, page } = await desk('reception');
  const setNames = async (sitePath, values) => {
    await admin.page.goto(`${server.baseURL}${sitePath}`);
    for (const [id, v] of Object.entries(values)) await admin.page.fill(`#${id}`, v);
    await click(admin.page, admin.page.locator('form button[type=submit]').last());
  };
  try {
    // A name too long comes back with the error and every typed value.
    await admin.page.goto(`${server.baseURL}/admin/sites/1`);
    await admin.page.fill('#name_nl', 'Antenne Centrum '.repeat(10));
    await click(admin.page, admin.page.locator('form button[type=submit]').last());
    assert.match(await admin.page.locator('.error-summary').innerText(), /En néerlandais : le nom est trop long/);
    assert.equal(await admin.page.inputValue('#name'), 'Antenne Centre', 'typed values kept');
    await step(admin.page, '10-site-name-too-long');
    await admin.page.fill('#name_nl', 'Antenne Centrum');
    await admin.page.fill('#name_en', 'Centre office');
    await click(admin.page, admin.page.locator('form button[type=submit]').last());
    assert.equal(new URL(admin.page.url()).pathname, '/admin/sites');

    await admin.page.goto(`${server.baseURL}/admin/services`);
    await click(admin.page, admin.page.getByRole('link', { name: /Noms dans d'autres langues \(Service social général\)/ }));
    await admin.page.fill('#name_nl', 'Algemene sociale dienst');
    await step(admin.page, '11-service-names');
    await click(admin.page, admin.page.locator('form button[type=submit]').last());
    assert.equal(new URL(admin.page.url()).pathname, '/admin/services');

    const file = await register(page, 'Joris', fresh('Claeys'), `02 512 ${digits()}`, '1983');
    await prefer(page, file, 'nl');
    await click(page, page.getByRole('link', { name: 'Nouvelle demande' }));
    await page.selectOption('#topic', 'difficultes-financieres--ameliorer-sa-gestion-budgetaire');
    await page.check('#channel-walk-in');
    await page.check('#urgency-normal');
    await click(page, page.locator('form button[type=submit]').last());
    await click(page, page.getByRole('link', { name: "Imprimer l'accusé de réception" }));
    const slip = await page.locator('article.slip').innerText();
    assert.match(slip, /De dienst „Algemene sociale dienst" behandelt ze\./, slip);
    assert.doesNotMatch(slip, FRENCH_SPACING, `Dutch slip:\n${slip}`);
    assert.match(slip, /maandag 09:00–12:00; dinsdag/, 'walk-in hours joined the Dutch way');
    await step(page, '12-acknowledgement-dutch-names');

    // Her report, as a letter for a window envelope: the sender is the Dutch site name.
    const res = await page.request.get(`${server.baseURL}${file}/report-pdf`);
    const letter = readPdf(await res.body(), `${DB}-words-13-report-letter-dutch-site`);
    const first = letter.pageText(1);
    assert.match(first, /Antenne Centrum/, first);
    assert.doesNotMatch(first, /Antenne Centre\b/, first);
    const all = Array.from({ length: letter.pages }, (_, i) => letter.pageText(i + 1)).join(' ');
    assert.match(all, /Service social \(Algemene sociale dienst\) volgt u sinds/, 'the team is followed by the service in Dutch');

    // A French-speaking person keeps the main names.
    await prefer(page, file, 'fr');
    const fr = readPdf(await (await page.request.get(`${server.baseURL}${file}/report-pdf`)).body(), `${DB}-words-14-report-letter-french-site`);
    assert.match(fr.pageText(1), /Antenne Centre\b/);
  } finally {
    // Leave the demo's names as they were, for the other suites on a shared database.
    await setNames('/admin/sites/1', { name_nl: '', name_en: '' }).catch(() => {});
    await setNames('/admin/services/1', { name_nl: '' }).catch(() => {});
    await context.close();
    await admin.context.close();
  }
});
