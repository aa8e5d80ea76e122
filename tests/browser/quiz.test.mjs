// The learner's quiz in a real browser: Debian's chromium driven by
// playwright-core. Builds the default pack, then answers quizzes as a learner
// would (mouse and keyboard), and checks scores against the expected answers
// read straight from the content files (cases and myths scored apart),
// each attempt's own constrained order, resume, "Start over" asking first,
// results files (and progress saved in the first layout), the certificate
// only for a pass, network silence, accessibility (axe-core), 320 px layout
// and printing.
// Prints "browser: N passed, N failed".
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, activeIs, axeCheck, check, noOverflow, report, setup, tabTo } from './lib.mjs';

const SHOTS = path.join(ROOT, 'build/screenshots');

// ---- the expected answers, read independently from the content files ----
function contentItems(dir) {
  const out = {};
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.md') && !e.name.startsWith('README')) {
        const text = fs.readFileSync(p, 'utf8');
        const fm = text.split(/\r?\n---\r?\n/)[0];
        const key = (k) => { const m = fm.match(new RegExp(`^${k}:\\s*(\\S+)`, 'm')); return m ? m[1].replace(/^"|"$/g, '') : null; };
        const id = key('id') || e.name.replace(/\.md$/, '');
        out[id] = { kind: key('kind'), expected: key('expected') || key('verdict') };
      }
    }
  };
  walk(dir);
  return out;
}
const expected = contentItems(path.join(ROOT, 'content'));
// Items that scenario scripts generate are not in content/: their expected
// answers come from the page (check.c has already confirmed each one against
// its facts with decide, which tests/unit checks path by path).
async function learnGenerated(page) {
  const pairs = await page.evaluate(() => [...document.querySelectorAll('li.sp-item')].map((li) =>
    [li.dataset.spId, li.dataset.spKind, li.dataset.spExpected]));
  for (const [id, kind, exp] of pairs) if (!expected[id]) expected[id] = { kind, expected: exp, generated: true };
}
const other = { share: 'no-share', 'no-share': 'share', myth: 'fact', fact: 'myth' };
const partOf = (kind) => (kind === 'myth' ? 'myths' : 'cases');

// The README's "Scoring", computed here from the content files' answers:
// each part right out of its items, the overall the weighted mean of the
// parts' exact percentages, passed only when every part reaches the mark.
function scoreOf(given, weights = { cases: 1, myths: 1 }, passMark = 80) {
  const parts = {};
  for (const g of given) {
    const p = (parts[partOf(g.kind)] ||= { score: 0, max: 0 });
    p.max++;
    if (expected[g.id].expected === g.value) p.score++;
  }
  let sum = 0;
  let wsum = 0;
  for (const [name, p] of Object.entries(parts)) {
    p.percent = Math.round((100 * p.score) / p.max);
    p.passed = p.score * 100 >= passMark * p.max;
    sum += (weights[name] * 100 * p.score) / p.max;
    wsum += weights[name];
  }
  const right = given.filter((g) => expected[g.id].expected === g.value).length;
  return { parts, right, overall: sum / wsum, percent: Math.round(sum / wsum), passed: Object.values(parts).every((p) => p.passed) };
}
// The longest run of equal f(x) in list.
function maxRun(list, f) {
  let best = 0;
  let run = 0;
  list.forEach((x, i) => { run = i && f(x) === f(list[i - 1]) ? run + 1 : 1; best = Math.max(best, run); });
  return best;
}
// The longest run of one kind the counts allow (2 unless one kind outnumbers).
function kindLimit(kinds) {
  const n = {};
  kinds.forEach((k) => { n[k] = (n[k] || 0) + 1; });
  const c = Object.values(n).sort((a, b) => b - a);
  return c.length < 2 ? Infinity : Math.max(2, Math.ceil(c[0] / (kinds.length - c[0] + 1)));
}
// What quiz.js keeps in localStorage for the page open in page.
async function savedState(page) {
  return page.evaluate(() => {
    const l = document.querySelector('ol.sp-quiz');
    return JSON.parse(localStorage.getItem(`sharepack:${l.dataset.spPack}:${l.dataset.spHash}`));
  });
}
// Changes the quiz page's markup before quiz.js reads it (the scripts are
// deferred, so they run after the document turns "interactive"): a fixture
// made from a real page. drop: a selector of elements to remove; attrs: set
// on the quiz list.
async function beforeQuiz(page, edit) {
  await page.addInitScript(({ drop, attrs }) => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState !== 'interactive') return;
      if (drop) document.querySelectorAll(drop).forEach((e) => e.remove());
      const ol = document.querySelector('ol.sp-quiz');
      for (const [k, v] of Object.entries(attrs || {})) ol.setAttribute(k, v);
    });
  }, edit);
}
// "Start over", then the answer to the question it asks.
async function startOver(page, answer) {
  await page.click('.sp-bar button:has-text("Start over")');
  await page.waitForSelector('dialog.sp-confirm[open]');
  if (answer === 'Escape') await page.keyboard.press('Escape');
  else await page.click(`dialog.sp-confirm button:has-text("${answer}")`);
  await page.waitForSelector('dialog.sp-confirm', { state: 'detached' });
}
const ATTEMPT_CODE = /^[0-9A-HJKMNP-TV-Z]{8}$/;

const { work, site, origin, build, newPage, finish } = await setup();

const quizUrl = (pack, viaFile) => viaFile ? `file://${site}/packs/${pack}/quiz.html` : `${origin}/packs/${pack}/quiz.html`;

async function current(page) {
  return page.evaluate(() => {
    const li = document.querySelector('li.sp-item:not([hidden])');
    return li ? { id: li.dataset.spId, kind: li.dataset.spKind } : null;
  });
}

// Answers the visible question with the mouse; choose(id, kind) gives the value.
async function answerOne(page, choose) {
  const q = await current(page);
  const value = choose(q.id, q.kind);
  await page.click(`li.sp-item:not([hidden]) input[value="${value}"] + label`);
  await page.click('li.sp-item:not([hidden]) .sp-form button[type=submit]');
  await page.waitForSelector('li.sp-item:not([hidden]) .sp-feedback:not([hidden])');
  return { ...q, value };
}
async function answerAll(page, choose) {
  const given = [];
  for (;;) {
    const q = await current(page);
    if (!q) break;
    given.push(await answerOne(page, choose));
    await page.click('li.sp-item:not([hidden]) .sp-next');
  }
  return given;
}
async function resultLine(page) {
  await page.waitForSelector('.sp-results:not([hidden])');
  return page.textContent('.sp-result-line');
}
async function questionCount(page) {
  await learnGenerated(page);
  return page.evaluate(() => document.querySelectorAll('li.sp-item').length);
}

function pdfPages(buf) {
  return (buf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
}

try {
  fs.mkdirSync(SHOTS, { recursive: true });

  // 1. Every item right gives 100% and passed (from file://, as from a
  //    folder); the results open with the summary and a link to the
  //    certificate, which only a pass gives, and which prints on one page.
  {
    const page = await newPage();
    await page.goto(quizUrl('all-agencies', true));
    const n = await questionCount(page);
    const given = await answerAll(page, (id) => expected[id].expected);
    check('all right: every question answered', given.length === n, `${given.length} of ${n}`);
    const line = await resultLine(page);
    check('all right: 100% and passed', line.includes(`${n} of ${n}`) && line.includes('100%') && line.includes('You passed'), line);
    const first = await page.evaluate(() => [...document.querySelector('.sp-results').children].slice(0, 4)
      .map((e) => `${e.tagName}.${e.className}`).join(' '));
    check('results open with the summary, the parts and a link', /^H2\. P\.sp-result-line.* UL\.sp-parts P\.sp-go$/.test(first), first);
    check('pass: the link goes to the certificate', (await page.getAttribute('.sp-go a', 'href')) === '#sp-certificate' &&
      await page.isVisible('#sp-certificate .sp-certificate'));
    await page.fill('#sp-name', 'Sam Learner');
    const s = scoreOf(given);
    const state = await savedState(page);
    const cert = await page.textContent('.sp-certificate');
    const words = new Date(state.finished).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
    const title = await page.getAttribute('ol.sp-quiz', 'data-sp-title');
    check('certificate: name, pack, date in words', cert.includes('Sam Learner') && cert.includes(title) && cert.includes(words), cert);
    check('certificate: both parts and the pass mark', cert.includes(`Cases: ${s.parts.cases.max} of ${s.parts.cases.max} (100%)`) &&
      cert.includes(`Myths and facts: ${s.parts.myths.max} of ${s.parts.myths.max} (100%)`) && cert.includes('Pass mark 80% in each part'), cert);
    const code = (cert.match(/Attempt code (\S+)/) || [])[1];
    check('certificate: an attempt code', ATTEMPT_CODE.test(code || ''), cert);
    check('certificate: no organisation line when the page names none', !(await page.$('.sp-cert-org')));
    check('pass: the record says passed', (await page.textContent('.sp-record-facts')).includes('ResultPassed'));
    await page.evaluate(() => document.body.classList.add('sp-print-certificate'));
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4' });
    check('certificate prints on one page', pdfPages(pdf) === 1, `${pdfPages(pdf)} pages`);
    await page.context().close();
  }

  // 2. Every item wrong gives 0% and not passed: no certificate, but a
  //    record of the attempt marked NOT PASSED that fits A4 when printed.
  {
    const page = await newPage();
    await page.goto(quizUrl('health', true));
    const n = await questionCount(page);
    await answerAll(page, (id) => other[expected[id].expected]);
    const line = await resultLine(page);
    check('all wrong: 0% and not passed', line.includes(`0 of ${n}`) && line.includes('0%') && line.includes('did not pass'), line);
    check('all wrong: every item is in the review', (await page.$$('.sp-review > li')).length === n);
    check('fail: no certificate', !(await page.$('.sp-certificate, #sp-certificate')) &&
      !/certificate/i.test(await page.textContent('.sp-results')), await page.textContent('.sp-results'));
    check('fail: the link goes to the record', (await page.getAttribute('.sp-go a', 'href')) === '#sp-record');
    check('fail: the record is marked NOT PASSED', (await page.textContent('#sp-record h3')).includes('NOT PASSED') &&
      (await page.textContent('.sp-record-facts')).includes('ResultNOT PASSED'));
    const rows = await page.$$eval('#sp-record tbody tr', (trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent)));
    check('record: a right-or-wrong column and a reason on every row', rows.length === n &&
      rows.every((r) => r[3] === 'Wrong' && r[4].length > 20), rows.slice(0, 1));
    await page.evaluate(() => document.body.classList.add('sp-print-record'));
    await page.emulateMedia({ media: 'print' });
    // A4 less 15 mm margins each side is 180 mm, 680 CSS pixels.
    await page.setViewportSize({ width: 680, height: 960 });
    const fit = await page.evaluate(() => [document.documentElement.scrollWidth, document.querySelector('#sp-record table').getBoundingClientRect().right]);
    check('record: fits the width of A4 when printed', fit[0] <= 680 && fit[1] <= 680, fit);
    const pdf = await page.pdf({ format: 'A4' });
    check('record: prints', pdfPages(pdf) >= 1);
    await page.context().close();
  }

  // 3. A fixed mixed pattern: "share" and "myth" throughout, over http; the
  //    score (each part, the overall) and the results file match what the
  //    content files give.
  {
    const page = await newPage();
    await page.goto(quizUrl('schools'));
    const hash = await page.getAttribute('ol.sp-quiz', 'data-sp-hash');
    const n = await questionCount(page);
    const given = await answerAll(page, (id, kind) => (kind === 'myth' ? 'myth' : 'share'));
    const s = scoreOf(given);
    const line = await resultLine(page);
    check('mixed: score computed from content', line.includes(`${s.right} of ${n}`) && line.includes(`${s.percent}% overall`), `${line} (want ${s.right} of ${n}, ${s.percent}%)`);
    check('mixed: pass or fail by the pass mark in each part', line.includes(s.passed ? 'You passed' : 'did not pass'), line);
    const parts = await page.textContent('.sp-parts');
    check('mixed: both part scores on the results screen', ['cases', 'myths'].every((p) =>
      parts.includes(`${p === 'cases' ? 'Cases' : 'Myths and facts'}: ${s.parts[p].score} of ${s.parts[p].max} (${s.parts[p].percent}%)`)), parts);
    await page.fill('#sp-name', 'Sam Learner');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('text=Download my results')]);
    const r = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
    check('results file: format', r.format === 'sharepack-result/2', r.format);
    check('results file: pack and hash', r.pack === 'schools' && r.content_hash === hash, [r.pack, r.content_hash]);
    check('results file: learner name', r.learner === 'Sam Learner', r.learner);
    check('results file: times', !Number.isNaN(Date.parse(r.started)) && !Number.isNaN(Date.parse(r.finished)) && r.finished >= r.started);
    check('results file: one entry per question', Array.isArray(r.items) && r.items.length === n);
    const ok = r.items.every((it, i) => it.id === given[i].id && it.kind === given[i].kind && it.answer === given[i].value &&
      it.expected === expected[it.id].expected && it.correct === (it.answer === it.expected) && Number.isInteger(it.seconds) && it.seconds >= 0);
    check('results file: answers as given', ok, r.items.slice(0, 2));
    check('results file: the order asked', Array.isArray(r.order) && r.order.join() === given.map((g) => g.id).join());
    check('results file: the seed of the attempt', Number.isInteger(r.seed) && r.seed >= 0 && r.seed < 2 ** 32, r.seed);
    const again = await page.evaluate((x) => window.SharepackPlayer.order([...document.querySelectorAll('li.sp-item')].map((li) =>
      ({ id: li.dataset.spId, kind: li.dataset.spKind, answer: li.dataset.spExpected })), x), r.seed);
    check('results file: the seed gives the order again', again.join() === r.order.join());
    check('results file: parts', ['cases', 'myths'].every((p) => r.parts[p].score === s.parts[p].score && r.parts[p].max === s.parts[p].max &&
      r.parts[p].percent === s.parts[p].percent && r.parts[p].passed === s.parts[p].passed), r.parts);
    check('results file: weights', r.weights.cases === 1 && r.weights.myths === 1, r.weights);
    check('results file: score', r.score === s.right && r.max === n && r.percent === s.percent && r.pass_mark === 80 && r.passed === s.passed, [r.score, r.max, r.percent, r.passed]);
    check('results file: attempt code', ATTEMPT_CODE.test(r.attempt) && (await page.textContent('.sp-record-facts')).includes(r.attempt), r.attempt);
    check('results file: no other keys', Object.keys(r).sort().join() ===
      'attempt,content_hash,finished,format,items,lang,learner,max,order,pack,parts,pass_mark,passed,percent,score,seed,started,weights', Object.keys(r));
    check('results file: the page\'s language', r.lang === 'en-GB', r.lang);
    const hashes = await page.evaluate(() => Object.fromEntries([...document.querySelectorAll('li.sp-item')]
      .map((li) => [li.dataset.spId, li.dataset.spHash])));
    check('results file: each item\'s content hash, as its question has it', r.items.every((it) =>
      /^[0-9a-f]{16}$/.test(it.hash) && it.hash === hashes[it.id]), r.items.slice(0, 2));
    await axeCheck(page, 'results screen');
    check('results: no "0 of 0"', !(await page.textContent('main')).includes('0 of 0'));
    await page.click('text=Try again');
    const next = await savedState(page);
    check('try again: a new seed and order', next.seed !== r.seed && next.order.join() !== r.order.join() &&
      (await page.textContent('.sp-progress-text')) === `Question 1 of ${n}`);
    await page.context().close();
  }

  // 4. Keyboard only: a whole quiz with Tab, arrows, Space and Enter.
  {
    const page = await newPage();
    await page.goto(quizUrl('police-and-justice'));
    const n = await questionCount(page);
    let ok = true;
    let visibleFocus = true;
    for (let k = 0; k < n && ok; k++) {
      const q = await current(page);
      const want = expected[q.id].expected;
      ok = await tabTo(page, 'li.sp-item:not([hidden]) input[type=radio]');
      // Arrow keys move within the radio group; stop on the expected one.
      for (let i = 0; i < 4 && ok; i++) {
        if (await activeIs(page, `input[value="${want}"]`)) break;
        await page.keyboard.press('ArrowDown');
      }
      await page.keyboard.press('Space');
      ok = ok && await tabTo(page, 'li.sp-item:not([hidden]) .sp-form button[type=submit]');
      const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
      visibleFocus = visibleFocus && outline !== 'none';
      await page.keyboard.press('Enter');
      ok = ok && await activeIs(page, 'li.sp-item:not([hidden]) .sp-feedback');
      ok = ok && await tabTo(page, 'li.sp-item:not([hidden]) .sp-next');
      await page.keyboard.press('Enter');
    }
    check('keyboard: every question answered by keyboard', ok);
    check('keyboard: focus is visible on buttons', visibleFocus);
    check('keyboard: focus moves to the results', await activeIs(page, '#sp-results-title'));
    const line = await resultLine(page);
    check('keyboard: 100% by keyboard', line.includes(`${n} of ${n}`), line);
    await page.context().close();
  }

  // 5. Resume after reload, in the same order; "Start over" asks first
  //    (cancelled, progress stays), then clears; a changed pack starts afresh.
  {
    const page = await newPage();
    await page.goto(quizUrl('all-agencies'));
    const n = await questionCount(page);
    for (let i = 0; i < 3; i++) {
      await answerOne(page, (id) => expected[id].expected);
      await page.click('li.sp-item:not([hidden]) .sp-next');
    }
    await answerOne(page, (id) => other[expected[id].expected]);
    const before = await current(page);
    const order = (await savedState(page)).order;
    await page.reload();
    check('resume: same question after reload', (await current(page)).id === before.id);
    check('resume: same order after reload', (await savedState(page)).order.join() === order.join());
    check('resume: feedback still shown', await page.isVisible('li.sp-item:not([hidden]) .sp-feedback'));
    check('resume: progress text', (await page.textContent('.sp-progress-text')) === `Question 4 of ${n}`, await page.textContent('.sp-progress-text'));
    check('resume: score kept', (await page.textContent('.sp-score')).includes('3 of 4'), await page.textContent('.sp-score'));
    await axeCheck(page, 'mid-quiz with feedback');
    await page.click('.sp-bar button:has-text("Start over")');
    await page.waitForSelector('dialog.sp-confirm[open]');
    check('start over: asks first, focus in the question', await activeIs(page, 'dialog.sp-confirm button'));
    await axeCheck(page, 'start over question');
    await page.click('dialog.sp-confirm button:has-text("Cancel")');
    check('start over: cancel keeps progress', (await page.textContent('.sp-progress-text')) === `Question 4 of ${n}` &&
      (await page.textContent('.sp-score')).includes('3 of 4') && (await savedState(page)).order.join() === order.join());
    check('start over: cancel gives focus back', await activeIs(page, '.sp-bar button'));
    await startOver(page, 'Escape');
    check('start over: Escape keeps progress', (await page.textContent('.sp-progress-text')) === `Question 4 of ${n}`);
    await startOver(page, 'Yes, start over');
    check('start over: back to question 1', (await page.textContent('.sp-progress-text')) === `Question 1 of ${n}`);
    check('start over: score cleared', (await page.textContent('.sp-score')) === 'No answers yet', await page.textContent('.sp-score'));
    check('start over: a new order', (await savedState(page)).order.join() !== order.join());
    await page.reload();
    check('start over: cleared for good', (await page.textContent('.sp-progress-text')) === `Question 1 of ${n}`);
    // Answer two, then change the content and rebuild the site in place.
    for (let i = 0; i < 2; i++) {
      await answerOne(page, (id) => expected[id].expected);
      await page.click('li.sp-item:not([hidden]) .sp-next');
    }
    const changed = path.join(work, 'changed');
    fs.cpSync(path.join(ROOT, 'content'), path.join(changed, 'content'), { recursive: true });
    // The whole project but its build: the settings too, which list the
    // languages the content is written in.
    for (const d of ['themes', 'scenarios', 'sharepack.yaml']) {
      if (fs.existsSync(path.join(ROOT, d))) fs.cpSync(path.join(ROOT, d), path.join(changed, d), { recursive: true });
    }
    const v = path.join(changed, 'content/vignettes', fs.readdirSync(path.join(changed, 'content/vignettes'))[0]);
    fs.writeFileSync(v, fs.readFileSync(v, 'utf8').replace('\n## Why', '\nA new fact has come to light.\n\n## Why'));
    build(changed);
    await page.reload();
    check('changed pack: does not resume stale answers', (await page.textContent('.sp-progress-text')) === `Question 1 of ${n}` &&
      (await page.textContent('.sp-score')) === 'No answers yet');
    build();
    await page.context().close();
  }

  // 6. Without JavaScript: a readable list with every answer in <details>.
  {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(quizUrl('health'));
    const n = await questionCount(page);
    check('no JavaScript: every question visible', (await page.$$('li.sp-item:visible')).length === n);
    check('no JavaScript: every answer in details', (await page.$$('li.sp-item details.sp-answer')).length === n);
    await page.context().close();
  }

  // 7. Every page: axe at the start, and 320 px with no horizontal overflow.
  {
    const pages = [];
    const walk = (d) => fs.readdirSync(d, { withFileTypes: true }).forEach((e) => {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p); else if (e.name.endsWith('.html')) pages.push(path.relative(site, p));
    });
    walk(site);
    pages.sort();
    const page = await newPage({ viewport: { width: 320, height: 640 } });
    for (const p of pages) {
      await page.goto(`${origin}/${p}`);
      await noOverflow(page, p);
      await axeCheck(page, p);
    }
    await page.goto(quizUrl('schools'));
    await page.screenshot({ path: path.join(SHOTS, 'quiz-start-320.png') });
    await answerOne(page, (id) => expected[id].expected);
    await noOverflow(page, 'quiz with feedback');
    await page.screenshot({ path: path.join(SHOTS, 'quiz-feedback-320.png'), fullPage: true });
    await page.context().close();
  }

  // 8. Briefings print to A4 in at most two pages.
  {
    const page = await newPage();
    for (const b of fs.readdirSync(path.join(site, 'briefings'))) {
      await page.goto(`${origin}/briefings/${b}`);
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'A4' });
      check(`print: ${b} fits two A4 pages`, pdfPages(pdf) <= 2, `${pdfPages(pdf)} pages`);
    }
    await page.context().close();
  }

  // 9. Each attempt's own order: two fresh learners differ; the order
  //    keeps runs short for every pack over many seeds; progress saved in
  //    the first layout (sharepack-result/1, no seed) is read, not lost.
  {
    const orders = [];
    for (let i = 0; i < 2; i++) {
      const page = await newPage();
      await page.goto(quizUrl('schools'));
      await questionCount(page);
      const st = await savedState(page);
      orders.push(st.order);
      check(`order: learner ${i + 1} starts at the first question of their own order`, (await current(page)).id === st.order[0]);
      await page.context().close();
    }
    check('order: two fresh learners get different first-attempt orders', orders[0].join() !== orders[1].join());
    const page = await newPage();
    for (const pack of ['all-agencies', 'health', 'police-and-justice', 'schools']) {
      await page.goto(quizUrl(pack));
      await questionCount(page);
      const res = await page.evaluate(() => {
        const entries = [...document.querySelectorAll('li.sp-item')].map((li) =>
          ({ id: li.dataset.spId, kind: li.dataset.spKind, answer: li.dataset.spExpected }));
        const out = [];
        for (let seed = 0; seed < 200; seed++) out.push(window.SharepackPlayer.order(entries, (seed * 2654435761) >>> 0));
        return { entries, out, again: window.SharepackPlayer.order(entries, 12345).join() === window.SharepackPlayer.order(entries, 12345).join() };
      });
      const by = Object.fromEntries(res.entries.map((e) => [e.id, e]));
      const limit = kindLimit(res.entries.map((e) => e.kind));
      const all = res.entries.map((e) => e.id).sort().join();
      const worst = { answer: 0, kind: 0, perm: true };
      for (const o of res.out) {
        const seq = o.map((id) => by[id]);
        worst.answer = Math.max(worst.answer, maxRun(seq, (e) => e.answer));
        worst.kind = Math.max(worst.kind, maxRun(seq, (e) => e.kind));
        worst.perm = worst.perm && [...o].sort().join() === all;
      }
      check(`order: ${pack}: every seed asks every question once`, worst.perm);
      check(`order: ${pack}: no more than 3 same answers in a row over 200 seeds`, worst.answer <= 3, worst);
      check(`order: ${pack}: kinds interleaved (at most ${limit} in a row) over 200 seeds`, worst.kind <= limit, worst);
      check(`order: ${pack}: the same seed gives the same order`, res.again);
      check(`order: ${pack}: 200 seeds give many first questions`, new Set(res.out.map((o) => o[0])).size > 5);
    }
    // When no order can keep the rule (every answer the same) it still ends.
    const same = await page.evaluate(() => window.SharepackPlayer.order(
      Array.from({ length: 40 }, (_, i) => ({ id: `x${i}`, kind: 'myth', answer: 'myth' })), 7).length);
    check('order: all one answer still gives an order', same === 40, same);

    // Progress saved in the first layout: authored order, two answers; the
    // rest answered wrong, to see the results screen of a fail.
    await page.goto(quizUrl('health'));
    const n = await questionCount(page);
    const old = await page.evaluate(() => {
      const l = document.querySelector('ol.sp-quiz');
      const ids = [...document.querySelectorAll('li.sp-item')].map((li) => [li.dataset.spId, li.dataset.spExpected]);
      const flip = { share: 'no-share', 'no-share': 'share', myth: 'fact', fact: 'myth' };
      const state = { order: ids.map((x) => x[0]), current: 2, started: '2026-11-24T10:00:00.000Z', finished: null, name: 'Old Learner',
        answers: { [ids[0][0]]: { answer: ids[0][1], correct: true, seconds: 4 }, [ids[1][0]]: { answer: flip[ids[1][1]], correct: false, seconds: 6 } } };
      localStorage.setItem(`sharepack:${l.dataset.spPack}:${l.dataset.spHash}`, JSON.stringify(state));
      return state;
    });
    await page.reload();
    const up = await savedState(page);
    check('first layout: resumed where it stopped', (await page.textContent('.sp-progress-text')) === `Question 3 of ${n}` &&
      (await current(page)).id === old.order[2], await page.textContent('.sp-progress-text'));
    check('first layout: answers kept', (await page.textContent('.sp-score')).includes('1 of 2 answered'), await page.textContent('.sp-score'));
    check('first layout: upgraded, order kept, no seed', up.v === 2 && up.seed === null && up.order.join() === old.order.join() && up.name === 'Old Learner', up);
    const given = await answerAll(page, (id) => other[expected[id].expected]);
    await resultLine(page);
    // axe over http: on file:// it cannot read the stylesheet.
    await axeCheck(page, 'results screen after a fail');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('text=Download my results')]);
    const r = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
    check('first layout: the results file has the saved order and answers', r.format === 'sharepack-result/2' && r.seed === null &&
      r.order.join() === old.order.join() && r.items[1].correct === false && r.items[0].correct === true &&
      r.started === old.started && given.length === n - 2 && r.learner === 'Old Learner' && ATTEMPT_CODE.test(r.attempt), r);
    await page.context().close();
  }

  // 11. The learner's screens: "Question N of M" once, the hint clears as
  //     soon as an answer is chosen, no "0 of 0"; a pack with one part
  //     shows only that part; the organisation; weights.
  {
    const page = await newPage();
    await page.goto(quizUrl('schools'));
    const n = await questionCount(page);
    const count = async () => {
      const text = await page.evaluate(() => document.body.innerText);
      const read = await page.locator('body').ariaSnapshot();
      return [(text.match(/Question \d+ of \d+/g) || []).length, (read.match(/Question \d+ of \d+/g) || []).length];
    };
    check('screen: "Question N of M" once on screen and once read out', (await count()).join() === '1,1', await count());
    check('screen: no "0 of 0" at the start', !(await page.evaluate(() => document.body.innerText)).includes('0 of 0'));
    await page.click('li.sp-item:not([hidden]) .sp-form button[type=submit]');
    const hint = 'li.sp-item:not([hidden]) .sp-hint';
    check('screen: "Choose an answer first" without an answer', (await page.textContent(hint)) === 'Choose an answer first.');
    await page.click('li.sp-item:not([hidden]) .sp-choice label');
    check('screen: the hint clears once an answer is chosen', (await page.textContent(hint)) === '');
    await page.click('li.sp-item:not([hidden]) .sp-form button[type=submit]');
    check('screen: "Question N of M" once with feedback shown', (await count()).join() === '1,1', await count());
    await page.context().close();

    // Myths only, with an organisation: one part, all right.
    const org = 'Northshire Safeguarding Children Partnership';
    const one = await newPage();
    await beforeQuiz(one, { drop: 'li.sp-item[data-sp-kind="vignette"]', attrs: { 'data-sp-organisation': org } });
    await one.goto(quizUrl('health'));
    const m = await questionCount(one);
    await answerAll(one, (id) => expected[id].expected);
    const line = await resultLine(one);
    const text = await one.textContent('.sp-results');
    check('one part: only that part is shown', line.includes(`${m} of ${m}`) && text.includes(`Myths and facts: ${m} of ${m}`) &&
      !text.includes('Cases') && !text.includes('0 of 0'), text.slice(0, 300));
    check('one part: the organisation on the certificate', (await one.textContent('.sp-cert-org')) === org);
    await axeCheck(one, 'results screen after a pass, with the certificate');
    const [dl] = await Promise.all([one.waitForEvent('download'), one.click('text=Download my results')]);
    const r = JSON.parse(fs.readFileSync(await dl.path(), 'utf8'));
    check('one part: results file', Object.keys(r.parts).join() === 'myths' && r.percent === 100 && r.passed && r.organisation === org,
      [r.parts, r.organisation]);
    await one.context().close();

    // Weights from the page: cases count three times as much.
    const w = await newPage();
    await beforeQuiz(w, { attrs: { 'data-sp-weights': 'cases:3,myths:1' } });
    await w.goto(quizUrl('police-and-justice'));
    await questionCount(w);
    const given = await answerAll(w, (id, kind) => (kind === 'myth' ? 'myth' : 'share'));
    const s = scoreOf(given, { cases: 3, myths: 1 });
    const wline = await resultLine(w);
    check('weights: the overall is the weighted mean of the parts', wline.includes(`${s.percent}% overall`), `${wline} (want ${s.percent}%)`);
    check('weights: pass or fail by each part', wline.includes(s.passed ? 'You passed' : 'did not pass'), wline);
    await w.context().close();
  }

  // 12. The optional agency, from the pack's audience: labelled, offered
  //     before the first question, kept with the attempt over a reload,
  //     in the results file only when chosen; one the page does not offer
  //     (an edited saved state) is not kept.
  {
    const page = await newPage();
    await page.goto(quizUrl('police-and-justice'));
    const n = await questionCount(page);
    const offered = await page.$$eval('#sp-agency option', (os) => os.map((o) => o.value));
    check('agency: the pack\'s audience and "Prefer not to say"', offered.join() === ',police,probation,youth-justice', offered);
    check('agency: labelled as optional', (await page.textContent('label[for="sp-agency"]')) === 'Where do you work? (optional)');
    check('agency: before the first question', await page.evaluate(() =>
      !!(document.querySelector('#sp-agency').compareDocumentPosition(document.querySelector('ol.sp-quiz')) & 4)));
    await page.selectOption('#sp-agency', 'probation');
    await answerOne(page, (id, kind) => (kind === 'myth' ? 'myth' : 'share'));
    await page.reload();
    check('agency: kept over a reload', (await page.inputValue('#sp-agency')) === 'probation' &&
      (await savedState(page)).agency === 'probation');
    await page.click('li.sp-item:not([hidden]) .sp-next');
    await answerAll(page, (id, kind) => (kind === 'myth' ? 'fact' : 'no-share'));
    await resultLine(page);
    const [dl] = await Promise.all([page.waitForEvent('download'), page.click('text=Download my results')]);
    const r = JSON.parse(fs.readFileSync(await dl.path(), 'utf8'));
    check('agency: in the results file', r.agency === 'probation' && r.items.length === n, r.agency);
    await page.evaluate(() => {
      const l = document.querySelector('ol.sp-quiz'), k = `sharepack:${l.dataset.spPack}:${l.dataset.spHash}`;
      localStorage.setItem(k, JSON.stringify({ ...JSON.parse(localStorage.getItem(k)), agency: 'not-offered' }));
    });
    await page.reload();
    check('agency: one the page does not offer is dropped', (await page.inputValue('#sp-agency')) === '' &&
      (await savedState(page)).agency === '');
    await page.context().close();
  }

  // 10. The budget: the quiz's scripts and stylesheet under 40 KB together.
  const size = ['quiz.js', 'player.js', 'style.css']
    .reduce((n, f) => n + fs.statSync(path.join(site, 'assets', f)).size, 0);
  check('budget: quiz.js + player.js + style.css under 40 KB', size < 40 * 1024, `${size} bytes`);
} catch (e) {
  check('browser tests ran to the end', false, e.stack || String(e));
} finally {
  await finish();
}
report('browser');
