// The product brief's journeys, step by step, in a real browser with JavaScript off.
// Run one alone: node --test --test-name-pattern="J1" journeys.test.mjs
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startGuichet } from './lib/server.mjs';
import { formatViolations, launchChromium, runAxe, screenshot, signIn, submitAndWait, whereIs } from './lib/web.mjs';

const DB = process.env.GUICHET_E2E_DATABASE_URL ? 'postgres' : 'sqlite';
let server;
let browser;

before(async () => {
  server = await startGuichet();
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

function account(role) {
  const a = server.accounts[role];
  assert.ok(a, `no demo account for ${role}`);
  return a;
}

async function desk() {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: 'fr-BE' });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  await signIn(page, server.baseURL, account('reception'), 'fr');
  return { context, page };
}

/** Checks the page with axe and saves a screenshot named after the journey step. */
async function step(page, name) {
  const violations = await runAxe(page, { browser, javaScriptEnabled: false });
  assert.equal(violations.length, 0, `axe on ${await whereIs(page)}:\n${formatViolations(violations)}`);
  await screenshot(page, `${DB}-${name}`);
}

async function click(page, locator) {
  await submitAndWait(page, locator);
}

async function registerPerson(page, { given, family, phone, birthYear }) {
  await page.goto(`${server.baseURL}/persons`);
  await page.fill('#q', `${family} ${given}`);
  await click(page, page.locator('form[role=search] button'));
  await click(page, page.getByRole('link', { name: /l'enregistrer/ }));
  await page.fill('#given_names', given);
  await page.fill('#family_name', family);
  if (birthYear) await page.fill('#birth_year', birthYear);
  await page.fill('#phone', phone);
  await click(page, page.locator('form[action="/persons/new"] button[type=submit]'));
  assert.match(new URL(page.url()).pathname, /^\/persons\/\d+$/, `registered: ${await whereIs(page)}`);
}

async function newRequest(page, { description, topic, channel, urgency }) {
  await click(page, page.getByRole('link', { name: 'Nouvelle demande' }));
  if (description) await page.fill('#description', description);
  await page.selectOption('#topic', topic);
  await page.check(`#channel-${channel}`);
  await page.check(`#urgency-${urgency}`);
  await click(page, page.locator('form button[type=submit]').last());
  assert.match(new URL(page.url()).pathname, /^\/requests\/\d+$/, `request saved: ${await whereIs(page)}`);
}

test('J1 Mme A. walks in about an energy bill: registered once, reached by paper then landline, easy-read acknowledgement, appointment with fridge card and reminders', async () => {
  const { context, page } = await desk();
  try {
    await registerPerson(page, { given: 'Arlette', family: 'Dewulf', phone: '010 45 67 89', birthYear: '1958' });
    await step(page, 'J1-01-person-created');

    await click(page, page.getByRole('link', { name: /Changer la façon de la joindre/ }));
    await page.selectOption('#channel_1', 'paper-letter');
    await page.selectOption('#channel_2', 'landline');
    await page.selectOption('#language', 'fr');
    await page.check('#needs-reading-difficulty');
    await page.check('#needs-no-internet-at-home');
    await page.check('#address_kind-belgian');
    await page.fill('#street', 'Rue du Moulin 8');
    await page.fill('#postcode', '1300');
    await page.fill('#municipality', 'Wavre');
    await click(page, page.locator('form button[type=submit]').last());
    const reach = await page.locator('section.reach').innerText();
    assert.match(reach, /D'abord : courrier papier\./);
    assert.match(reach, /Sinon : appel sur le téléphone fixe\./);
    assert.match(reach, /Lit difficilement/);
    await step(page, 'J1-02-contact-preferences');

    // Registering her again is caught before a second file is made.
    await page.goto(`${server.baseURL}/persons/new`);
    await page.fill('#given_names', 'arlette');
    await page.fill('#family_name', 'DEWULF');
    await page.fill('#phone', '010/45.67.89');
    await click(page, page.locator('form[action="/persons/new"] button[type=submit]'));
    assert.equal(await page.locator('h1').innerText(), 'Est-ce la même personne ?');
    await step(page, 'J1-03-same-person');
    await click(page, page.getByRole('link', { name: /Ouvrir ce dossier/ }));

    await newRequest(page, {
      description: "Sa facture d'énergie a triplé, elle ne peut pas la payer.",
      topic: 'difficultes-financieres--ameliorer-sa-gestion-budgetaire',
      channel: 'walk-in',
      urgency: 'normal',
    });
    assert.match(await page.locator('.promise').innerText(), /Réponse promise au plus tard le \S+ \d+ \S+ \d{4}\./);
    await step(page, 'J1-04-request');

    await click(page, page.getByRole('link', { name: 'Imprimer l\'accusé de réception' }));
    const slip = await page.locator('article.slip').innerText();
    assert.match(slip, /Bonjour Arlette Dewulf\./);
    assert.match(slip, /Vous aurez une réponse au plus tard le/);
    assert.match(slip, /Vous n'avez pas besoin d'internet/);
    assert.match(slip, /Téléphone : 010 23 45 67\./);
    await step(page, 'J1-05-acknowledgement');
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('header.top').isVisible(), false, 'the print version hides the menu');
    await screenshot(page, `${DB}-J1-06-acknowledgement-print`);
    await page.emulateMedia({ media: 'screen' });

    // An appointment four weeks ahead, on a weekday, with the social worker.
    const day = new Date(Date.now() + 28 * 24 * 3600 * 1000);
    while (day.getDay() === 0 || day.getDay() === 6) day.setDate(day.getDate() + 1);
    await click(page, page.getByRole('link', { name: 'Retour à la demande' }));
    await click(page, page.getByRole('link', { name: /Retour au dossier/ }));
    await click(page, page.getByRole('link', { name: 'Prendre un rendez-vous' }));
    await page.selectOption('#worker', { label: 'Thomas Claes' });
    await page.fill('#day', String(day.getDate()));
    await page.fill('#month', String(day.getMonth() + 1));
    await page.fill('#year', String(day.getFullYear()));
    await page.fill('#time', '10:00');
    await page.fill('#what_to_bring', "Carte d'identité et la facture d'énergie");
    await click(page, page.locator('form button[type=submit]').last());
    assert.match(new URL(page.url()).pathname, /^\/appointments\/\d+$/, `appointment saved: ${await whereIs(page)}`);
    const reminders = await page.locator('section[aria-labelledby=reminders-title]').innerText();
    assert.match(reminders, /courrier papier/, 'a paper reminder is queued in time for the post');
    assert.match(reminders, /Appeler la personne le/, 'a call-back task the working day before');
    await step(page, 'J1-07-appointment');

    await click(page, page.getByRole('link', { name: 'Imprimer la carte pour le frigo' }));
    const card = await page.locator('article.fridge').innerText();
    assert.match(card, /à 10:00/);
    assert.match(card, /Avec : Thomas Claes/);
    assert.match(card, /À apporter : Carte d'identité/);
    assert.match(card, /Pour annuler ou changer : 010 23 45 67/);
    await step(page, 'J1-08-fridge-card');
    await page.emulateMedia({ media: 'print' });
    await screenshot(page, `${DB}-J1-09-fridge-card-print`);
  } finally {
    await context.close();
  }
});

test('J2 a voicemail left at night is encoded next morning; the acknowledgement goes by SMS, his preference, in Dutch', async () => {
  const { context, page } = await desk();
  try {
    await registerPerson(page, { given: 'Karim', family: 'Nachtergaele', phone: '0486 11 22 33' });
    await click(page, page.getByRole('link', { name: /Changer la façon de la joindre/ }));
    await page.selectOption('#channel_1', 'sms');
    await page.selectOption('#language', 'nl');
    await click(page, page.locator('form button[type=submit]').last());
    await newRequest(page, {
      description: 'Message du répondeur : il demande de l\'aide pour un loyer en retard.',
      topic: 'logement-hebergement--reduire-les-impayes-de-loyer',
      channel: 'voicemail',
      urgency: 'normal',
    });
    const ack = await page.locator('section[aria-labelledby=ack-title]').innerText();
    assert.match(ack, /En attente d'envoi — SMS : 0486 11 22 33/);
    assert.match(ack, /Aanvraag goed ontvangen/);
    assert.match(ack, /Antwoord uiterlijk op \d\d\/\d\d\/\d{4}\./);
    await step(page, 'J2-01-sms-queued');
  } finally {
    await context.close();
  }
});
