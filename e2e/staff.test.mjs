// Staff well-being (issue 18): journey J8, the right to disconnect, in a real browser with
// JavaScript off, on the demo's own clock (`guichet demo --clock-file`: the test writes an
// instant, the demo runs from it) and a real SMTP conversation with a sink on loopback.
// Run alone: node --test --test-name-pattern="J8" staff.test.mjs
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { startGuichet } from './lib/server.mjs';
import { DB, finish } from './lib/suite.mjs';
import { formatViolations, launchChromium, runAxe, screenshot, signIn, signOut, submitAndWait, whereIs } from './lib/web.mjs';

const DESK = { width: 1024, height: 600 };
let server;
let browser;
let sink;
let dir;
let clockFile;

/** An SMTP server on loopback that accepts everything and keeps each message's text. */
function smtpSink() {
  const messages = [];
  const srv = net.createServer((socket) => {
    socket.setEncoding('utf8');
    let buffer = '';
    let inData = false;
    let data = '';
    socket.write('220 sink.test ESMTP\r\n');
    socket.on('data', (chunk) => {
      buffer += chunk;
      let i;
      while ((i = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, i);
        buffer = buffer.slice(i + 2);
        if (inData) {
          if (line === '.') {
            inData = false;
            messages.push(data);
            data = '';
            socket.write('250 OK queued\r\n');
          } else {
            data += `${line.startsWith('..') ? line.slice(1) : line}\n`;
          }
          continue;
        }
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO') socket.write('250-sink.test\r\n250 8BITMIME\r\n');
        else if (verb === 'DATA') { inData = true; socket.write('354 go ahead\r\n'); }
        else if (verb === 'QUIT') { socket.end('221 bye\r\n'); }
        else socket.write('250 OK\r\n');
      }
    });
    socket.on('error', () => {});
  });
  return new Promise((resolve) => {
    srv.listen(0, '127.0.0.1', () => resolve({ port: srv.address().port, messages, close: () => srv.close() }));
  });
}

/** Moves the demo's clock (Brussels time, e.g. '2026-12-04T10:00:00+01:00'). */
function setClock(instant) {
  writeFileSync(clockFile, instant);
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The messages the sink received for `address`. */
const mailsTo = (address) => sink.messages.filter((m) => m.includes(address));

before(async () => {
  sink = await smtpSink();
  dir = mkdtempSync(path.join(os.tmpdir(), 'guichet-j8-'));
  clockFile = path.join(dir, 'now');
  // Thursday 3 December 2026, 15:00 in Brussels.
  setClock('2026-12-03T15:00:00+01:00');
  const config = path.join(dir, 'guichet.toml');
  writeFileSync(config, [
    '[smtp]',
    'host = "127.0.0.1"',
    `port = ${sink.port}`,
    'security = "none"',
    'from = "CPAS de Val-des-Saules <noreply@cpas.example>"',
    '',
  ].join('\n'));
  server = await startGuichet({ args: ['--clock-file', clockFile], env: { GUICHET_CONFIG: config } });
  browser = await launchChromium();
});

after(async () => {
  await finish(server, browser);
  sink?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function newPage(lang = 'fr') {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: lang === 'nl' ? 'nl-BE' : 'fr-BE', viewport: DESK });
  context.setDefaultTimeout(10_000);
  return { context, page: await context.newPage() };
}

async function step(page, name) {
  const violations = await runAxe(page, { browser, javaScriptEnabled: false });
  assert.equal(violations.length, 0, `axe on ${await whereIs(page)}:\n${formatViolations(violations)}`);
  await screenshot(page, `${DB}-${name}`);
}

/** Fills the sign-in form and submits it, wherever it lands. */
async function typeSignIn(page, role, lang = 'fr') {
  const account = server.accounts[role];
  await page.goto(`${server.baseURL}/login?lang=${lang}`);
  await page.fill('#username', account.username);
  await page.fill('#password', account.password);
  return submitAndWait(page, page.locator('form[action="/login"] button[type=submit]'));
}

const THOMAS = 'thomas.claes@cpas.example';

test('J8 a part-time worker (Monday–Thursday, 8:30–16:30) gets nothing from guichet on Friday or at night, finds it waiting on Monday morning, and signing in on Friday recalls the policy or is refused', async () => {
  // Thursday 15:00: Thomas works part time from now on, and gives an address for guichet's messages.
  {
    const { context, page } = await newPage();
    await signIn(page, server.baseURL, server.accounts['social-worker'], 'fr');
    await page.goto(`${server.baseURL}/account`);
    await page.fill('#email', THOMAS);
    for (const [i, hours] of ['8:30-16:30', '8:30-16:30', '8:30-16:30', '8:30-16:30', '', '', ''].entries()) {
      await page.fill(`#work_${i}`, hours);
    }
    await submitAndWait(page, page.locator('form[action="/account/notices"] button[type=submit]'));
    assert.match(await page.locator('.notice').first().innerText(), /préférences de messages sont enregistrées/);
    await submitAndWait(page, page.getByRole('link', { name: 'Mes congés' }));
    await step(page, 'J8-01-my-leave');
    await signOut(page);
    await context.close();
  }
  // The coordinator's page: the policy (a reminder by default) and the on-call list, in Dutch.
  {
    const { context, page } = await newPage('nl');
    await signIn(page, server.baseURL, server.accounts.coordinator, 'nl');
    await page.goto(`${server.baseURL}/staff/disconnect`);
    assert.equal(await page.locator('#policy-remind').isChecked(), true, 'a reminder by default');
    await step(page, 'J8-02-policy-nl');
    await context.close();
  }

  // Friday 4 December, 10:00: the desk gives Thomas a request for Mme Lambert.
  setClock('2026-12-04T10:00:00+01:00');
  {
    const { context, page } = await newPage();
    await signIn(page, server.baseURL, server.accounts.reception, 'fr');
    await page.goto(`${server.baseURL}/persons?q=${encodeURIComponent('Lambert Josiane')}`);
    await submitAndWait(page, page.locator('main a[href^="/persons/"]', { hasText: 'Lambert' }).first());
    await submitAndWait(page, page.getByRole('link', { name: 'Nouvelle demande' }));
    await page.selectOption('#topic', { index: 1 });
    await page.check('#channel-walk-in');
    await page.check('#urgency-normal');
    await submitAndWait(page, page.locator('form button[type=submit]').last());
    assert.match(new URL(page.url()).pathname, /^\/requests\/\d+$/, `request saved: ${await whereIs(page)}`);
    await page.selectOption('#worker', { label: 'Thomas Claes' });
    await submitAndWait(page, page.locator('form[action$="/assign"] button[type=submit]'));
    await context.close();
  }
  // Several rounds of the outbox later, nothing has reached him.
  await sleep(7_000);
  assert.deepEqual(mailsTo(THOMAS), [], 'no email to Thomas on Friday');

  // Signing in on Friday: the policy comes first; he may go on, or sign out.
  {
    const { context, page } = await newPage();
    await typeSignIn(page, 'social-worker');
    assert.equal(new URL(page.url()).pathname, '/outside-hours', `landed on ${await whereIs(page)}`);
    assert.match(await page.locator('main').innerText(), /droit à la déconnexion/);
    await step(page, 'J8-03-friday-reminder');
    await submitAndWait(page, page.getByRole('link', { name: 'Continuer quand même' }));
    assert.equal(new URL(page.url()).pathname, '/home');
    await page.goto(`${server.baseURL}/account`);
    assert.match(await page.locator('main').innerText(), /1 message attend vos prochaines heures de travail/);
    await signOut(page);
    await context.close();
  }
  {
    const { context, page } = await newPage('nl');
    await typeSignIn(page, 'social-worker', 'nl');
    assert.equal(new URL(page.url()).pathname, '/outside-hours');
    assert.match(await page.locator('main').innerText(), /recht op deconnectie/);
    await step(page, 'J8-03-friday-reminder-nl');
    await context.close();
  }
  // Friday night, 23:00: still nothing.
  setClock('2026-12-04T23:00:00+01:00');
  await sleep(7_000);
  assert.deepEqual(mailsTo(THOMAS), [], 'no email to Thomas on Friday night');

  // The organisation now refuses sign-ins outside working hours.
  {
    const { context, page } = await newPage();
    await signIn(page, server.baseURL, server.accounts.coordinator, 'fr');
    await page.goto(`${server.baseURL}/staff/disconnect`);
    await page.check('#policy-refuse');
    await submitAndWait(page, page.locator('form[action="/staff/disconnect"] button[type=submit]'));
    assert.match(await page.locator('.notice').first().innerText(), /politique de déconnexion est enregistrée/);
    await context.close();
  }
  for (const lang of ['fr', 'nl']) {
    const { context, page } = await newPage(lang);
    const res = await typeSignIn(page, 'social-worker', lang);
    assert.equal(res.status(), 403, `refused: ${await whereIs(page, res)}`);
    assert.equal(new URL(page.url()).pathname, '/login');
    const summary = await page.locator('.error-summary').innerText();
    assert.match(summary, lang === 'fr' ? /ne permet pas de se connecter maintenant/ : /laat nu geen aanmelding toe/);
    assert.equal(await page.locator('#username').inputValue(), server.accounts['social-worker'].username, 'the user name is kept');
    await step(page, `J8-04-friday-refused-${lang}`);
    await context.close();
  }

  // Monday 7 December, 8:35: the email has left, and the request waits on his home page.
  setClock('2026-12-07T08:35:00+01:00');
  for (let i = 0; i < 20 && mailsTo(THOMAS).length === 0; i += 1) await sleep(1_000);
  const mails = mailsTo(THOMAS);
  assert.equal(mails.length, 1, 'one email on Monday morning');
  assert.match(mails[0], /Subject: .*(demande|=\?utf-8\?)/i);
  {
    const { context, page } = await newPage();
    await signIn(page, server.baseURL, server.accounts['social-worker'], 'fr');
    const away = page.locator('[aria-labelledby=away-title]');
    assert.match(await away.innerText(), /Arrivé pendant votre absence[\s\S]*vendredi 4 décembre 2026 10:\d\d : Une demande vous est confiée/);
    const box = await away.boundingBox();
    assert.ok(box && box.y < DESK.height, 'what arrived is in the first screen');
    await step(page, 'J8-05-monday-home');
    await context.close();
  }
});

test('J10 a new colleague looks up how to help someone with the mutual-insurance portal, finds two colleagues who volunteered as coaches, and rates her own digital skills privately', async () => {
  // Tuesday 8 December 2026, 10:00: Nadia, new at the desk, is at work.
  setClock('2026-12-08T10:00:00+01:00');
  const { context, page } = await newPage();
  try {
    await signIn(page, server.baseURL, server.accounts.reception, 'fr');
    await submitAndWait(page, page.locator('header nav a', { hasText: 'Guide des outils' }));
    await page.fill('#q', 'mutualité');
    await submitAndWait(page, page.locator('form[role=search] button[type=submit]'));
    const found = page.locator('main table a', { hasText: 'Portail de la mutualité' });
    assert.equal(await found.count(), 1, 'the search finds the mutual-insurance portal');
    await step(page, 'J10-01-guide-search');

    await submitAndWait(page, found);
    const main = page.locator('main');
    assert.match(await main.innerText(), /Télécharger une attestation d’assurabilité[\s\S]*1\. La personne se connecte/);
    // The how-to's screenshot is served, as the image it says it is.
    const src = await page.locator('main article img').first().getAttribute('src');
    assert.ok(src, 'a how-to with its screenshot');
    const image = await context.request.get(`${server.baseURL}${src}`);
    assert.equal(image.status(), 200);
    assert.match(image.headers()['content-type'], /^image\/(png|jpeg)$/);
    const coaches = page.locator('#coaches li');
    assert.equal(await coaches.count(), 2, 'two colleagues volunteered as coaches');
    const names = (await coaches.allInnerTexts()).join(' | ');
    assert.match(names, /Thomas Claes/);
    assert.match(names, /Aïcha Diallo/);
    await step(page, 'J10-02-portal');

    await submitAndWait(page, page.locator('#coaches a[href="/guide/coaches"]'));
    assert.match(await main.innerText(), /Portail de la mutualité[\s\S]*Thomas Claes/);
    await step(page, 'J10-03-coaches');

    // Her own digital skills, on her account: only she sees them.
    await page.goto(`${server.baseURL}/account`);
    await submitAndWait(page, page.getByRole('link', { name: 'Mes compétences numériques' }));
    assert.match(await main.innerText(), /Vous seul voyez ceci/);
    await page.check('input[name="1.1"][value="3"]');
    await page.check('input[name="2.1"][value="2"]');
    await page.check('input[name="4.1"][value="1"]');
    const portal = page.locator('fieldset', { has: page.locator('legend', { hasText: 'Portail de la mutualité' }) });
    await portal.locator('input[type=radio][value="1"]').check();
    await submitAndWait(page, page.locator('#skills-form button[type=submit]'));
    assert.match(await main.innerText(), /Votre autoévaluation est enregistrée/);
    assert.equal(await page.locator('input[name="1.1"][value="3"]').isChecked(), true, 'kept');
    await step(page, 'J10-04-my-skills');
    await submitAndWait(page, page.locator('a[hreflang=nl], a[lang=nl]').first());
    await step(page, 'J10-05-my-skills-nl');
    await signOut(page);
  } finally {
    await context.close();
  }

  // Nobody else reads it: each colleague's page is their own, and the coordinator sees counts without names.
  for (const role of ['social-worker', 'coordinator', 'dpo', 'admin']) {
    const other = await newPage();
    try {
      await signIn(other.page, server.baseURL, server.accounts[role], 'fr');
      await other.page.goto(`${server.baseURL}/me/skills`);
      assert.doesNotMatch(await other.page.locator('main').innerText(), /Nadia|Benali/, `${role} /me/skills`);
      if (role === 'social-worker') {
        assert.equal(await other.page.locator('input[name="1.1"][value="3"]').isChecked(), false, 'Thomas sees his own, empty, page');
      }
      const team = await other.page.goto(`${server.baseURL}/team/skills`);
      if (role === 'coordinator') {
        assert.equal(team.status(), 200);
        assert.doesNotMatch(await other.page.locator('main').innerText(), /Nadia|Benali/, 'counts without names');
        await step(other.page, 'J10-06-team-needs');
      } else {
        assert.equal(team.status(), 403, `${role} /team/skills`);
      }
    } finally {
      await other.context.close();
    }
  }
});
