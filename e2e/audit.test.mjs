// Journey J7 (issue 17): a team of twelve answers the yearly participatory audit
// anonymously, three online and nine with paper codes; results appear only once five have
// answered; the team compares with last year (the demo's closed round) and prints its
// action plan. JavaScript off, axe and the page weight on every page, screenshots.
// Run alone: node --test --test-concurrency=1 --test-name-pattern="J7" audit.test.mjs
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startGuichet } from './lib/server.mjs';
import { DB, finish } from './lib/suite.mjs';
import { compressedSizes, formatViolations, launchChromium, MAX_GZIP_BYTES, readPdf, runAxe, screenshot, signIn, submitAndWait, whereIs } from './lib/web.mjs';

let server;
let browser;

before(async () => {
  server = await startGuichet();
  browser = await launchChromium();
});

after(() => finish(server, browser));

async function newPage({ role } = {}) {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: 'fr-BE', viewport: { width: 1024, height: 600 } });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  if (role) await signIn(page, server.baseURL, server.accounts[role], 'fr');
  else await page.goto(`${server.baseURL}/audit/code?lang=fr`);
  return { context, page };
}

/** Axe (no violation), the page's weight, and a screenshot named after the step. */
async function step(page, name) {
  const violations = await runAxe(page, { browser, javaScriptEnabled: false });
  assert.equal(violations.length, 0, `axe on ${await whereIs(page)}:\n${formatViolations(violations)}`);
  const sizes = compressedSizes(Buffer.from(await page.content()));
  assert.ok(sizes.gzip <= MAX_GZIP_BYTES, `${await whereIs(page)} weighs ${sizes.gzip} bytes gzip (limit ${MAX_GZIP_BYTES})`);
  await screenshot(page, `${DB}-${name}`);
}

const click = (page, locator) => submitAndWait(page, locator);
const main = (page) => page.locator('main').innerText();

/**
 * Fills the questionnaire on the page: `rate(statement, j)` gives each statement's
 * choice ("1"…"5" or "dk"); statements for which it gives nothing are left unanswered.
 */
async function fillQuestionnaire(page, rate) {
  const sets = page.locator('form fieldset[id]');
  const n = await sets.count();
  assert.equal(n, 28, 'twenty-eight statements in eight themes');
  for (let j = 0; j < n; j += 1) {
    const id = await sets.nth(j).getAttribute('id');
    const v = rate(id, j);
    if (v) await page.check(`#${id}-${v}`);
  }
}

/** A member's way of seeing things: training and tools weak, relations strong. */
function ratingOf(k) {
  return (id, j) => {
    if (id.startsWith('training')) return String(1 + ((k + j) % 2));
    if (id.startsWith('tools')) return String(2 + ((k + j) % 2));
    if (id.startsWith('relations')) return '5';
    if ((k + j) % 13 === 0) return 'dk';
    return String(3 + ((k + j) % 3));
  };
}

async function answerOnline(role, k, roundPath) {
  const { context, page } = await newPage({ role });
  try {
    await page.goto(`${server.baseURL}${roundPath}`);
    await click(page, page.locator('main a.button', { hasText: 'Répondre au questionnaire' }));
    await fillQuestionnaire(page, ratingOf(k));
    await page.fill('#comment-tools', `Commentaire de l'équipe, en ligne (${k}).`);
    await click(page, page.getByRole('button', { name: 'Envoyer ma réponse' }));
    assert.match(await main(page), /votre réponse est enregistrée/, `answered online: ${await whereIs(page)}`);
  } finally {
    await context.close();
  }
}

/** Types a paper code on the public page (no account) and answers. */
async function answerWithCode(code, k, { mistake = false, name } = {}) {
  const { context, page } = await newPage();
  try {
    if (name) await step(page, `${name}-code-page`);
    // Typed as people type: lower case, a space instead of the dash.
    await page.fill('#code', code.toLowerCase().replace('-', ' '));
    await click(page, page.getByRole('button', { name: 'Continuer' }));
    assert.match(await page.locator('h1').innerText(), /^Questionnaire/, `the code opens the questionnaire: ${await whereIs(page)}`);
    if (name) await step(page, `${name}-questionnaire`);
    if (mistake) {
      // Two statements forgotten: the form comes back with both named, all else kept.
      await fillQuestionnaire(page, (id, j) => (j === 4 || j === 17 ? null : ratingOf(k)(id, j)));
      await page.fill('#comment-data', 'On voit trop de choses dans les dossiers.');
      await click(page, page.getByRole('button', { name: 'Envoyer ma réponse' }));
      const summary = page.locator('.error-summary');
      assert.equal(await summary.locator('a').count(), 2, 'two mistakes, one line each');
      assert.equal(await page.inputValue('#comment-data'), 'On voit trop de choses dans les dossiers.', 'the comment is kept');
      assert.ok(await page.locator('form input[type=radio]:checked').count() === 26, 'every answer given is kept');
      await step(page, `${name}-questionnaire-mistakes`);
      const first = await summary.locator('a').first().getAttribute('href');
      const id = first.slice(1);
      await page.check(`#${id}-3`);
      const second = (await summary.locator('a').nth(1).getAttribute('href')).slice(1);
      await page.check(`#${second}-dk`);
    } else {
      await fillQuestionnaire(page, ratingOf(k));
    }
    await click(page, page.getByRole('button', { name: 'Envoyer ma réponse' }));
    assert.match(await main(page), /votre réponse est enregistrée/, `answered on paper: ${await whereIs(page)}`);
    if (name) await step(page, `${name}-thanks`);
  } finally {
    await context.close();
  }
}

async function untilNextMinute(since) {
  const wait = (since + 1) * 60_000 - Date.now();
  if (wait > 0) await new Promise((r) => setTimeout(r, wait + 500));
}

test('J7 a team of twelve answers the yearly audit anonymously (some with paper codes); results only from five answers; the team compares with last year and prints its action plan', { timeout: 600_000 }, async () => {
  const year = new Date().getFullYear();
  const { context, page } = await newPage({ role: 'coordinator' });
  try {
    // The coordinator opens this year's round for the social service from the home page.
    await click(page, page.getByRole('link', { name: /Audit participatif : ouvrir un tour/ }));
    assert.match(await main(page), new RegExp(`Audit ${year - 1}`), "last year's round is listed");
    await step(page, 'J7-01-rounds');
    await page.selectOption('#team', { label: 'Service social' });
    await page.fill('#title', `Audit ${year}`);
    await click(page, page.getByRole('button', { name: 'Ouvrir le tour' }));
    const roundPath = new URL(page.url()).pathname;
    assert.match(roundPath, /^\/audit\/rounds\/\d+$/, `round opened: ${await whereIs(page)}`);
    assert.match(await main(page), /0 réponse/);
    await step(page, 'J7-02-round-open');

    // Nine paper codes for the colleagues without an account; a count that is not a
    // number first.
    await page.fill('#count', 'neuf');
    await click(page, page.getByRole('button', { name: 'Imprimer les codes (PDF)' }));
    assert.match(await page.locator('.error-summary').innerText(), /nombre entier/);
    assert.equal(await page.inputValue('#count'), 'neuf', 'what was typed is kept');
    await step(page, 'J7-03-codes-count-wrong');
    const csrf = await page.locator('form[action$="/codes"] input[name=csrf_token]').getAttribute('value');
    const res = await page.request.post(`${server.baseURL}${roundPath}/codes`, { form: { csrf_token: csrf, count: '9' } });
    assert.equal(res.status(), 200);
    assert.equal(res.headers()['content-type'], 'application/pdf');
    const slips = readPdf(await res.body(), `${DB}-J7-04-codes`);
    assert.deepEqual([slips.width, slips.height], [595, 842], `A4 (${slips.file})`);
    assert.equal(slips.pages, 1, 'nine slips on one page');
    const text = slips.pageText(1);
    const codes = [...text.matchAll(/\b[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}\b/g)].map((m) => m[0]);
    assert.equal(new Set(codes).size, 9, `nine different codes on the slips: ${text}`);
    assert.ok(text.includes(`${server.baseURL}/audit/code`), `each slip says where to answer: ${text}`);
    assert.ok(text.includes('Ce code donne une seule réponse.'));

    // Four answers: three on paper (one with mistakes first), one online.
    const started = Math.floor(Date.now() / 60_000);
    await answerWithCode(codes[0], 0, { mistake: true, name: 'J7-05' });
    await answerWithCode(codes[1], 1);
    await answerWithCode(codes[2], 2);
    await answerOnline('social-worker', 3, roundPath);
    await page.goto(`${server.baseURL}${roundPath}`);
    assert.match(await main(page), /4 réponses sur les 5 nécessaires/);
    assert.equal(await page.locator('main svg').count(), 0, 'no chart at four answers');
    assert.doesNotMatch(await main(page), /Moyenne|\d,\d/, 'no figure at four answers');
    await step(page, 'J7-06-hidden-at-four');

    // The fifth answer: the results appear, as a chart with the same numbers in a table.
    await answerOnline('reception', 4, roundPath);
    await page.goto(`${server.baseURL}${roundPath}`);
    assert.match(await main(page), /5 réponses/);
    assert.equal(await page.locator('main svg[role=img]').count(), 2, 'results and comparison charts');
    assert.equal(await page.locator('main table').first().locator('tbody tr').count(), 8, 'eight themes in the table');
    await step(page, 'J7-07-results-at-five');

    // Everyone else: the coordinator online, six colleagues on paper (the code page is
    // limited per minute, the next ones wait for the next minute).
    await answerOnline('coordinator', 5, roundPath);
    await untilNextMinute(started);
    for (let i = 3; i < 9; i += 1) await answerWithCode(codes[i], i + 3);
    // A code cannot be used twice.
    {
      const { context: c, page: p } = await newPage();
      await p.fill('#code', codes[0]);
      await click(p, p.getByRole('button', { name: 'Continuer' }));
      assert.match(await p.locator('.error-summary').innerText(), /déjà servi/);
      await step(p, 'J7-08-code-used');
      await c.close();
    }
    await page.goto(`${server.baseURL}${roundPath}`);
    assert.match(await main(page), /12 réponses/);
    assert.match(await main(page), /9 utilisés|utilisés : 9/);

    // Compared with last year, theme by theme.
    const body = await main(page);
    assert.match(body, new RegExp(`Ce tour et Audit ${year - 1}`));
    assert.match(body, /Évolution/);
    assert.match(body, /Commentaire de l'équipe, en ligne/, 'the comments are shown, without names');
    await step(page, 'J7-09-results-and-comparison');

    // The team's action plan: a recommendation of the weakest theme (training), a date
    // mistyped first.
    await click(page, page.getByRole('link', { name: "Plan d'action" }));
    const plan = await main(page);
    assert.match(plan, /Formation continue \(moyenne 1,5\)/, `training is the weakest theme: ${plan}`);
    await step(page, 'J7-10-plan');
    const line = page.locator('fieldset', { hasText: 'plan de formation annuel' });
    await line.locator('input[type=checkbox]').check();
    await line.locator('textarea').fill('Deux demi-journées de formation sur MyMinfin et la mutuelle en ligne.');
    await line.locator('input[id^=owner]').fill('Thomas et Nadia');
    await line.locator('input[id^=due]').fill('fin juin');
    await click(page, page.getByRole('button', { name: 'Enregistrer le plan' }));
    assert.match(await page.locator('.error-summary').innerText(), /JJ\/MM\/AAAA/);
    assert.equal(await line.locator('textarea').inputValue(), 'Deux demi-journées de formation sur MyMinfin et la mutuelle en ligne.');
    await step(page, 'J7-11-plan-date-wrong');
    await line.locator('input[id^=due]').fill(`30/06/${year + 1}`);
    await click(page, page.getByRole('button', { name: 'Enregistrer le plan' }));
    assert.match(await main(page), /Le plan est enregistré/);
    await step(page, 'J7-12-plan-saved');

    // A member prints it.
    const { context: sc, page: sp } = await newPage({ role: 'social-worker' });
    try {
      await click(sp, sp.getByRole('link', { name: 'Audit participatif de votre équipe' }));
      await step(sp, 'J7-13-member-rounds');
      await sp.goto(`${server.baseURL}${roundPath}/plan`);
      const href = await sp.getByRole('link', { name: /Imprimer le plan/ }).getAttribute('href');
      const pdfRes = await sp.request.get(`${server.baseURL}${href}`);
      assert.equal(pdfRes.headers()['content-type'], 'application/pdf');
      const pdf = readPdf(await pdfRes.body(), `${DB}-J7-14-plan`);
      assert.deepEqual([pdf.width, pdf.height], [595, 842], `A4 (${pdf.file})`);
      const planText = [...Array(pdf.pages).keys()].map((i) => pdf.pageText(i + 1)).join(' ');
      for (const expected of [`Audit ${year}`, 'Service social', 'Formation continue', 'plan de formation annuel', 'MyMinfin', 'Thomas et Nadia', `30 juin ${year + 1}`]) {
        assert.ok(planText.includes(expected), `${expected} in the printed plan: ${planText}`);
      }
    } finally {
      await sc.close();
    }
  } finally {
    await context.close();
  }
});
