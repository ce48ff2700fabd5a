// Every person, every edge (issue 12), at a real desk's screen (1024 × 600) with
// JavaScript off: someone with no phone and no email, a name spelt another way, a
// file in another team in an emergency. Axe on every step, screenshots under
// target/screenshots/<db>-edges-*.png. Run one alone:
//   node --test --test-name-pattern="§9" edges.test.mjs
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startGuichet } from './lib/server.mjs';
import { checkStep, finish, signedInPage } from './lib/suite.mjs';
import { launchChromium, submitAndWait, whereIs } from './lib/web.mjs';

const DESK = { width: 1024, height: 600 };
let server;
let browser;

before(async () => {
  server = await startGuichet();
  browser = await launchChromium();
});

after(() => finish(server, browser));

const signedIn = (role) => signedInPage(server, browser, { role, viewport: DESK });
const step = (page, name) => checkStep(browser, page, `edges-${name}`);

const click = (page, locator) => submitAndWait(page, locator);
const submit = (page) => click(page, page.locator('main form[method=post] button[type=submit]').last());

/** The y of an element's top, relative to the top of the page. */
async function top(page, locator) {
  const box = await locator.first().boundingBox();
  assert.ok(box, 'element not rendered');
  return box.y;
}

test('issue 12 §1 someone with no phone and no email is registered, and letters go where he gets them', async () => {
  const { context, page } = await signedIn('reception');
  try {
    // The front-line home page starts with a search box.
    assert.ok(await top(page, page.locator('form[role=search] input[name=q]')) < DESK.height, 'search box in the first screen');
    await page.fill('#q', 'Haddouchi');
    await click(page, page.locator('form[role=search] button'));
    await click(page, page.getByRole('link', { name: /l'enregistrer/ }));
    await page.fill('#given_names', 'Samir');
    await page.fill('#family_name', 'Haddouchi');
    // Nothing to reach him by yet: the form says any one way is enough, and keeps the name.
    await submit(page);
    assert.match(await page.locator('.error-summary').innerText(), /au moins un moyen de joindre la personne/);
    assert.equal(await page.inputValue('#family_name'), 'Haddouchi');
    await step(page, '01-no-way-to-reach');
    await page.check('#address_kind-no-fixed');
    await page.fill('#contact_address', 'c/o CPAS de Wavre\nRue de l\'Ermitage 2\n1300 Wavre');
    await submit(page);
    if (await page.locator('h1').innerText() === 'Est-ce la même personne ?') {
      await click(page, page.getByRole('button', { name: /nouveau dossier/i }));
    }
    assert.match(new URL(page.url()).pathname, /^\/persons\/\d+$/, `registered: ${await whereIs(page)}`);
    const reach = await page.locator('section.reach').innerText();
    assert.match(reach, /D'abord : courrier papier : c\/o CPAS de Wavre, Rue de l'Ermitage 2, 1300 Wavre\./);
    // At a 1024 × 600 desk, the actions and how to reach him are in the first screen.
    assert.ok(await top(page, page.getByRole('link', { name: 'Prendre un rendez-vous' })) < DESK.height, 'book in the first screen');
    assert.ok(await top(page, page.locator('section.reach')) < DESK.height, 'how to reach in the first screen');
    await step(page, '02-registered-contact-address');
  } finally {
    await context.close();
  }
});

test('issue 12 §2 Zoë Van den Berghe is found and offered however her name is typed', async () => {
  const { context, page } = await signedIn('reception');
  try {
    await page.goto(`${server.baseURL}/persons/new`);
    await page.fill('#given_names', 'Zoë');
    await page.fill('#family_name', 'Van den Berghe');
    await page.fill('#birth_day', '12');
    await page.fill('#birth_month', '5');
    await page.fill('#birth_year', '1990');
    await page.fill('#phone', '0470/12.34.56');
    await submit(page);
    if (await page.locator('h1').innerText() === 'Est-ce la même personne ?') {
      await click(page, page.getByRole('button', { name: /nouveau dossier/i }));
    }
    const file = new URL(page.url()).pathname;
    assert.match(file, /^\/persons\/\d+$/);

    // Typed again another way the next day: she is offered before a second file is made.
    await page.goto(`${server.baseURL}/persons/new`);
    await page.fill('#given_names', 'zoe');
    await page.fill('#family_name', 'vandenberghe');
    await page.fill('#birth_day', '12');
    await page.fill('#birth_month', '5');
    await page.fill('#birth_year', '1990');
    await page.check('#walk_in');
    await submit(page);
    assert.equal(await page.locator('h1').innerText(), 'Est-ce la même personne ?');
    assert.equal(await page.locator(`main a[href="${file}"]`).count(), 1, 'her file is offered');
    await step(page, '03-same-person-particles');

    // Search: the glued name, and her number written another way.
    for (const q of ['vandenberghe', 'VAN DEN BERGHE zoe', '+32 470 12 34 56']) {
      await page.goto(`${server.baseURL}/home`);
      await page.fill('#q', q);
      await click(page, page.locator('form[role=search] button'));
      assert.equal(await page.locator(`main a[href="${file}"]`).count(), 1, `found by "${q}": ${await whereIs(page)}`);
    }
    await step(page, '04-found-by-number');
  } finally {
    await context.close();
  }
});

test('issue 12 §9 the desk searches all files with a reason instead of making a duplicate', async () => {
  const { context, page } = await signedIn('reception');
  try {
    // Jean-Pierre Dubois is followed by home care only.
    await page.goto(`${server.baseURL}/home`);
    await page.fill('#q', 'Dubois Jean-Pierre');
    await click(page, page.locator('form[role=search] button'));
    assert.match(await page.locator('main').innerText(), /Personne trouvé dans les dossiers suivis par vos équipes\./);
    await step(page, '05-not-in-my-teams');
    await page.fill('#reason', 'Il est au guichet, pris de malaise ; sa fille demande son infirmière.');
    await click(page, page.getByRole('button', { name: 'Chercher dans tous les dossiers, avec ce motif' }));
    const found = page.locator('ul.matches li', { hasText: 'Jean-Pierre Dubois' });
    assert.equal(await found.count(), 1, `listed: ${await whereIs(page)}`);
    assert.doesNotMatch(await page.locator('main').innerText(), /\d{4} \d{2} \d{2} \d{2}/, 'no phone number shown');
    await step(page, '06-search-all-files');
    await click(page, found.getByRole('button'));
    assert.match(new URL(page.url()).pathname, /^\/persons\/\d+$/);
    assert.match(await page.locator('.why').innerText(), /motif/);
    await step(page, '07-opened-with-reason');
  } finally {
    await context.close();
  }
});

test('issue 13 §8 the owner of an account sees the failed sign-ins since her last visit, in French and Dutch', async () => {
  // Someone tries two wrong passwords on the coordinator's account, from another browser.
  const account = server.accounts.coordinator;
  const stranger = await browser.newContext({ javaScriptEnabled: false, viewport: DESK });
  try {
    const page = await stranger.newPage();
    for (let i = 0; i < 2; i += 1) {
      await page.goto(`${server.baseURL}/login`);
      const form = page.locator('form[action="/login"]');
      await form.locator('#username').fill(account.username);
      await form.locator('#password').fill('not-the-password-at-all');
      await click(page, form.locator('button[type=submit]'));
      assert.match(await page.locator('.error-summary').innerText(), /./);
    }
  } finally {
    await stranger.close();
  }
  for (const lang of ['fr', 'nl']) {
    const { context, page } = await signedInPage(server, browser, { role: 'coordinator', lang, viewport: DESK });
    try {
      const notice = page.locator('[aria-labelledby=failed-title]');
      const said = await notice.innerText();
      assert.match(said, lang === 'fr' ? /a essayé 2 fois/ : /2 keer geprobeerd/);
      assert.ok(await top(page, notice) < DESK.height, 'the notice is in the first screen');
      await step(page, `failed-sign-ins-${lang}`);
      if (lang === 'nl') {
        await click(page, notice.locator('button[type=submit]'));
        assert.equal(new URL(page.url()).pathname, '/home');
        assert.equal(await page.locator('[aria-labelledby=failed-title]').count(), 0, 'gone once read');
      }
    } finally {
      await context.close();
    }
  }
});
