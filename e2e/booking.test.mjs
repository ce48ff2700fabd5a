// Issue 12 §3, booking only when open: in a real browser with JavaScript off, on a
// 1024×600 screen. Run alone: node --test --test-concurrency=1 booking.test.mjs
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startGuichet } from './lib/server.mjs';
import { checkStep, finish, signedInPage } from './lib/suite.mjs';
import { compressedSizes, launchChromium, MAX_GZIP_BYTES, submitAndWait, whereIs } from './lib/web.mjs';

let server;
let browser;

before(async () => {
  server = await startGuichet();
  browser = await launchChromium();
});

after(() => finish(server, browser));

/** Reception, in French or Dutch, JavaScript off, on a small desk screen. */
const desk = (lang = 'fr') => signedInPage(server, browser, { lang, viewport: { width: 1024, height: 600 } });

/** Nothing wider than the screen, axe, and a screenshot named after the step. */
async function step(page, name) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 1024, `${await whereIs(page)} is ${width} px wide on a 1024 px screen`);
  await checkStep(browser, page, `booking-${name}`);
}

async function click(page, locator) {
  await submitAndWait(page, locator);
}

/** Opens a demo file followed by reception's team, from the search. */
async function openPerson(page, name) {
  await page.goto(`${server.baseURL}/persons?q=${encodeURIComponent(name)}`);
  await click(page, page.locator('main').getByRole('link', { name }).first());
  assert.match(new URL(page.url()).pathname, /^\/persons\/\d+$/, `file opened: ${await whereIs(page)}`);
  return new URL(page.url()).pathname;
}

/** The booking form's date and time fields. */
async function fillWhen(page, date, time) {
  await page.fill('#day', String(date.getDate()));
  await page.fill('#month', String(date.getMonth() + 1));
  await page.fill('#year', String(date.getFullYear()));
  await page.fill('#time', time);
}

/** The free times' links of the week on screen: [{ href, date, time }]. */
async function freeSlots(page) {
  const hrefs = await page.locator('table.week td.free a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  return hrefs.map((href) => {
    const q = new URL(href, 'http://x/').searchParams;
    return { href, date: q.get('date'), time: q.get('time') };
  });
}

const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** The week table as a grid, cells spanning several rows repeated in each: { days, rows: [{ time, cells }] }. */
async function weekGrid(page) {
  return page.locator('table.week').evaluate((table) => {
    const days = [...table.querySelectorAll('thead th')].slice(1).map((th) => th.textContent.replace(/\s+/g, ' ').trim());
    const rows = [];
    const pending = days.map(() => 0);
    const carried = days.map(() => '');
    for (const tr of table.querySelectorAll('tbody tr')) {
      const tds = [...tr.querySelectorAll('td')];
      const cells = [];
      for (let c = 0; c < days.length; c += 1) {
        if (pending[c] > 0) {
          pending[c] -= 1;
          cells.push(carried[c]);
          continue;
        }
        const td = tds.shift();
        const text = td ? td.textContent.trim() : '';
        const span = td ? Number(td.getAttribute('rowspan') ?? 1) : 1;
        pending[c] = span - 1;
        carried[c] = text;
        cells.push(text);
      }
      rows.push({ time: tr.querySelector('th').textContent.trim(), cells });
    }
    return { days, rows };
  });
}

/** Goes to the next weeks until one has a free time (a holiday week may have none). */
async function aWeekWithFreeTimes(page) {
  for (let i = 0; i < 4; i += 1) {
    const slots = await freeSlots(page);
    if (slots.length) return slots;
    await click(page, page.getByRole('link', { name: /Semaine suivante|Volgende week/ }));
  }
  assert.fail(`no free time in four weeks: ${await whereIs(page)}`);
}

test('issue 12 §3 booking only when open: a Sunday and the lunch closure are refused, with that day\'s hours in words and every value kept', async () => {
  const { context, page } = await desk();
  try {
    const file = await openPerson(page, 'Josiane Lambert');
    await page.goto(`${server.baseURL}${file}/appointments/new`);
    await page.selectOption('#worker', { label: 'Thomas Claes' });
    // A Sunday that is not also a public holiday (1 January, 1 May, 21 July, 15 August,
    // 1 and 11 November, 25 December can be Sundays: the refusal then names the holiday).
    const holidays = ['1-1', '5-1', '7-21', '8-15', '11-1', '11-11', '12-25'];
    const sunday = new Date(Date.now() + 7 * 24 * 3600 * 1000);
    while (sunday.getDay() !== 0 || holidays.includes(`${sunday.getMonth() + 1}-${sunday.getDate()}`)) {
      sunday.setDate(sunday.getDate() + 1);
    }
    await fillWhen(page, sunday, '10:00');
    await page.check('#place-site');
    await page.fill('#room', 'Bureau 2');
    await page.fill('#what_to_bring', "Carte d'identité");
    await click(page, page.locator('form[action$="/appointments/new"] button[type=submit]').last());
    assert.match(new URL(page.url()).pathname, /\/appointments\/new$/, `refused: ${await whereIs(page)}`);
    const summary = await page.locator('.error-summary').innerText();
    assert.match(summary, /Antenne Centre est fermé le dimanche/);
    assert.match(summary, /Thomas Claes ne travaille pas le dimanche/);
    assert.equal(await page.inputValue('#day'), String(sunday.getDate()), 'the day is kept');
    assert.equal(await page.inputValue('#time'), '10:00');
    assert.equal(await page.inputValue('#room'), 'Bureau 2');
    assert.equal(await page.inputValue('#what_to_bring'), "Carte d'identité");
    assert.equal(await page.locator('#worker option:checked').innerText(), 'Thomas Claes');
    await step(page, '01-sunday-refused');

    // A day the site is open (taken from the week of free times), at 12:15: the lunch closure.
    await click(page, page.getByRole('button', { name: 'Voir les heures libres' }));
    const [open] = await aWeekWithFreeTimes(page);
    const day = new Date(`${open.date}T12:00:00`);
    await page.goto(`${server.baseURL}${file}/appointments/new`);
    await page.selectOption('#worker', { label: 'Thomas Claes' });
    await fillWhen(page, day, '12:15');
    await page.fill('#what_to_bring', "Carte d'identité");
    await click(page, page.locator('form[action$="/appointments/new"] button[type=submit]').last());
    const lunch = await page.locator('.error-summary').innerText();
    assert.match(lunch, /Antenne Centre est ouvert le \S+ 8:30–12:00 et 13:00–16:30\. Un rendez-vous de 12:15 à 12:45 n'y tient pas/);
    assert.equal(await page.inputValue('#time'), '12:15', 'the time is kept');
    assert.equal(await page.inputValue('#what_to_bring'), "Carte d'identité");
    // The error summary links to the field to fix.
    assert.equal(await page.locator('.error-summary a[href="#time"]').count(), 1);
    await step(page, '02-lunch-refused');

    // 20:00 the same day.
    await page.fill('#time', '20:00');
    await click(page, page.locator('form[action$="/appointments/new"] button[type=submit]').last());
    assert.match(await page.locator('.error-summary').innerText(), /Un rendez-vous de 20:00 à 20:30 n'y tient pas/);
  } finally {
    await context.close();
  }
});

test('issue 12 §3 the week of free times shows busy and free without names; a free time fills in the booking form and books it', async () => {
  const { context, page } = await desk();
  try {
    const file = await openPerson(page, 'Josiane Lambert');
    await page.goto(`${server.baseURL}${file}/appointments/new`);
    await page.selectOption('#worker', { label: 'Thomas Claes' });
    await page.fill('#room', 'Bureau 3');
    await click(page, page.getByRole('button', { name: 'Voir les heures libres' }));
    assert.equal(await page.locator('h1').innerText(), 'Heures libres');
    assert.equal(await page.locator('#room').inputValue(), 'Bureau 3', 'the room chosen on the form');
    const slots = await aWeekWithFreeTimes(page);
    const week = page.url();

    // The page is light enough for the first round trip.
    const res = await context.request.get(week);
    const { gzip } = compressedSizes(await res.body());
    assert.ok(gzip <= MAX_GZIP_BYTES, `the week view weighs ${gzip} bytes gzip`);
    await step(page, '03-week');

    // Choosing a free time fills in the form: day, time, worker, site, room.
    const chosen = slots[Math.floor(slots.length / 2)];
    await click(page, page.locator(`table.week a[href="${chosen.href}"]`));
    assert.match(new URL(page.url()).pathname, /\/appointments\/new$/);
    const [y, m, d] = chosen.date.split('-').map(Number);
    assert.equal(await page.inputValue('#day'), String(d));
    assert.equal(await page.inputValue('#month'), String(m));
    assert.equal(await page.inputValue('#year'), String(y));
    assert.equal(await page.inputValue('#time'), chosen.time);
    assert.equal(await page.locator('#worker option:checked').innerText(), 'Thomas Claes');
    assert.equal(await page.locator('#site option:checked').innerText(), 'Antenne Centre');
    assert.equal(await page.inputValue('#room'), 'Bureau 3');
    assert.ok(await page.isChecked('#place-site'));
    await step(page, '04-form-filled');
    await click(page, page.locator('form[action$="/appointments/new"] button[type=submit]').last());
    assert.match(new URL(page.url()).pathname, /^\/appointments\/\d+$/, `booked: ${await whereIs(page)}`);
    assert.match(await page.locator('h1').innerText(), new RegExp(`${chosen.time}$`));

    // The same week now shows that time as busy, and never whom with.
    await page.goto(week);
    const grid = await weekGrid(page);
    const column = grid.days.findIndex((h) => h.endsWith(`${d} ${MONTHS_FR[m - 1]}`));
    const row = grid.rows.find((r) => r.time === chosen.time);
    assert.ok(column >= 0 && row, `the chosen day and time are in the week: ${JSON.stringify(grid.days)}`);
    assert.equal(row.cells[column], 'occupé', `${chosen.date} ${chosen.time} is busy now`);
    assert.ok(!(await freeSlots(page)).some((s) => s.href === chosen.href), 'no longer offered');
    const allowed = /^(\d\d:\d\d( — .*)?|passé|fermé|hors horaire|occupé|salle prise|trop court|Le site est fermé|Jour férié \(.*\) : fermé|Fermé : .*|Jour de fermeture|Thomas Claes ne travaille pas ce jour-là)$/;
    for (const r of grid.rows) {
      for (const c of r.cells) assert.match(c, allowed, `only times and states in the week, no names (${r.time})`);
    }
    assert.doesNotMatch(await page.locator('table.week').innerText(), /Lambert|Josiane/);
    await step(page, '05-week-busy');

    // Previous and next weeks, and the Dutch page.
    const caption = await page.locator('table.week caption').innerText();
    await click(page, page.getByRole('link', { name: 'Semaine suivante' }));
    assert.notEqual(await page.locator('table.week caption').innerText(), caption);
    await click(page, page.getByRole('link', { name: 'Semaine précédente' }));
    assert.equal(await page.locator('table.week caption').innerText(), caption);
  } finally {
    await context.close();
  }
  const nl = await desk('nl');
  try {
    const file = await openPerson(nl.page, 'Josiane Lambert');
    await nl.page.goto(`${server.baseURL}${file}/appointments/new`);
    await click(nl.page, nl.page.getByRole('button', { name: 'Vrije momenten bekijken' }));
    assert.equal(await nl.page.locator('h1').innerText(), 'Vrije momenten');
    await step(nl.page, '06-week-nl');
  } finally {
    await nl.context.close();
  }
});

test('issue 12 §3 booking from a request keeps the link: the appointment names its request, the request lists its appointment', async () => {
  const { context, page } = await desk();
  try {
    await openPerson(page, 'Mohamed El Amrani');
    await click(page, page.getByRole('link', { name: 'Nouvelle demande' }));
    await page.fill('#description', 'Facture de gaz impayée.');
    await page.selectOption('#topic', { index: 1 });
    await page.check('#channel-walk-in');
    await click(page, page.locator('form button[type=submit]').last());
    const request = new URL(page.url()).pathname;
    assert.match(request, /^\/requests\/\d+$/, `request saved: ${await whereIs(page)}`);
    assert.match(await page.locator('section[aria-labelledby=booked-title]').innerText(), /Pas encore de rendez-vous/);

    await click(page, page.getByRole('link', { name: 'Prendre un rendez-vous pour cette demande' }));
    assert.match(await page.locator('main').innerText(), /Pour la demande :/);
    await page.selectOption('#worker', { label: 'Thomas Claes' });
    // Through the week of free times: the request goes along.
    await click(page, page.getByRole('button', { name: 'Voir les heures libres' }));
    const [slot] = await aWeekWithFreeTimes(page);
    assert.match(slot.href, /request=\d+/);
    await click(page, page.locator(`table.week a[href="${slot.href}"]`));
    assert.match(await page.locator('main').innerText(), /Pour la demande :/);
    await step(page, '07-form-for-request');
    await click(page, page.locator('form[action$="/appointments/new"] button[type=submit]').last());
    assert.match(new URL(page.url()).pathname, /^\/appointments\/\d+$/, `booked: ${await whereIs(page)}`);
    const appointment = new URL(page.url()).pathname;
    await step(page, '08-appointment-for-request');

    await click(page, page.getByRole('link', { name: /^Pour la demande :/ }));
    assert.equal(new URL(page.url()).pathname, request);
    const listed = page.locator('section[aria-labelledby=booked-title]');
    assert.equal(await listed.locator(`a[href="${appointment}"]`).count(), 1, 'the request lists its appointment');
    assert.match(await listed.innerText(), new RegExp(`${slot.time} — Thomas Claes`));
    await step(page, '09-request-lists-appointment');
  } finally {
    await context.close();
  }
});
