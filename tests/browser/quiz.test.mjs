// The learner's quiz in a real browser: Debian's chromium driven by
// playwright-core. Builds the default pack, then answers quizzes as a learner
// would (mouse and keyboard), and checks scores against the expected answers
// read straight from the content files, resume, results files, network
// silence, accessibility (axe-core), 320 px layout and printing.
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

  // 1. Every item right gives 100% and passed (from file://, as from a folder).
  {
    const page = await newPage();
    await page.goto(quizUrl('all-agencies', true));
    const n = await questionCount(page);
    const given = await answerAll(page, (id) => expected[id].expected);
    check('all right: every question answered', given.length === n, `${given.length} of ${n}`);
    const line = await resultLine(page);
    check('all right: 100% and passed', line.includes(`${n} of ${n}`) && line.includes('100%') && line.includes('You passed'), line);
    await page.context().close();
  }

  // 2. Every item wrong gives 0% and not passed.
  {
    const page = await newPage();
    await page.goto(quizUrl('health', true));
    const n = await questionCount(page);
    await answerAll(page, (id) => other[expected[id].expected]);
    const line = await resultLine(page);
    check('all wrong: 0% and not passed', line.includes(`0 of ${n}`) && line.includes('0%') && line.includes('did not pass'), line);
    check('all wrong: every item is in the review', (await page.$$('.sp-review > li')).length === n);
    await page.context().close();
  }

  // 3. A fixed mixed pattern: "share" and "myth" throughout, over http; the
  //    score and the results file match what the content files give.
  {
    const page = await newPage();
    await page.goto(quizUrl('schools'));
    const hash = await page.getAttribute('ol.sp-quiz', 'data-sp-hash');
    const n = await questionCount(page);
    const given = await answerAll(page, (id, kind) => (kind === 'myth' ? 'myth' : 'share'));
    const want = given.filter((g) => expected[g.id].expected === g.value).length;
    const pct = Math.round((100 * want) / n);
    const line = await resultLine(page);
    check('mixed: score computed from content', line.includes(`${want} of ${n}`) && line.includes(`${pct}%`), `${line} (want ${want} of ${n})`);
    check('mixed: pass or fail by the pass mark', line.includes(want * 100 >= 80 * n ? 'You passed' : 'did not pass'), line);
    await page.fill('#sp-name', 'Sam Learner');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('text=Download my results')]);
    const r = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
    check('results file: format', r.format === 'sharepack-result/1', r.format);
    check('results file: pack and hash', r.pack === 'schools' && r.content_hash === hash, [r.pack, r.content_hash]);
    check('results file: learner name', r.learner === 'Sam Learner', r.learner);
    check('results file: times', !Number.isNaN(Date.parse(r.started)) && !Number.isNaN(Date.parse(r.finished)) && r.finished >= r.started);
    check('results file: one entry per question', Array.isArray(r.items) && r.items.length === n);
    const ok = r.items.every((it, i) => it.id === given[i].id && it.kind === given[i].kind && it.answer === given[i].value &&
      it.expected === expected[it.id].expected && it.correct === (it.answer === it.expected) && Number.isInteger(it.seconds) && it.seconds >= 0);
    check('results file: answers as given', ok, r.items.slice(0, 2));
    check('results file: score', r.score === want && r.max === n && r.percent === pct && r.pass_mark === 80 && r.passed === (want * 100 >= 80 * n), [r.score, r.max, r.percent, r.passed]);
    check('results file: no other keys', Object.keys(r).sort().join() === 'content_hash,finished,format,items,learner,max,pack,pass_mark,passed,percent,score,started', Object.keys(r));
    await axeCheck(page, 'results screen');
    // The certificate and the record print on their own; the certificate on one A4 page.
    await page.evaluate(() => document.body.classList.add('sp-print-certificate'));
    await page.emulateMedia({ media: 'print' });
    const cert = await page.pdf({ format: 'A4' });
    check('certificate prints on one page', pdfPages(cert) === 1, `${pdfPages(cert)} pages`);
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

  // 5. Resume after reload; "Start over" clears; a changed pack starts afresh.
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
    await page.reload();
    check('resume: same question after reload', (await current(page)).id === before.id);
    check('resume: feedback still shown', await page.isVisible('li.sp-item:not([hidden]) .sp-feedback'));
    check('resume: progress text', (await page.textContent('.sp-progress-text')) === `Question 4 of ${n}`, await page.textContent('.sp-progress-text'));
    check('resume: score kept', (await page.textContent('.sp-score')).includes('3 of 4'), await page.textContent('.sp-score'));
    await axeCheck(page, 'mid-quiz with feedback');
    await page.click('text=Start over');
    check('start over: back to question 1', (await page.textContent('.sp-progress-text')) === `Question 1 of ${n}`);
    check('start over: score cleared', (await page.textContent('.sp-score')).includes('0 of 0'));
    await page.reload();
    check('start over: cleared for good', (await page.textContent('.sp-progress-text')) === `Question 1 of ${n}`);
    // Answer two, then change the content and rebuild the site in place.
    for (let i = 0; i < 2; i++) {
      await answerOne(page, (id) => expected[id].expected);
      await page.click('li.sp-item:not([hidden]) .sp-next');
    }
    const changed = path.join(work, 'changed');
    fs.cpSync(path.join(ROOT, 'content'), path.join(changed, 'content'), { recursive: true });
    for (const d of ['themes', 'scenarios']) {
      if (fs.existsSync(path.join(ROOT, d))) fs.cpSync(path.join(ROOT, d), path.join(changed, d), { recursive: true });
    }
    const v = path.join(changed, 'content/vignettes', fs.readdirSync(path.join(changed, 'content/vignettes'))[0]);
    fs.writeFileSync(v, fs.readFileSync(v, 'utf8').replace('\n## Why', '\nA new fact has come to light.\n\n## Why'));
    build(changed);
    await page.reload();
    check('changed pack: does not resume stale answers', (await page.textContent('.sp-progress-text')) === `Question 1 of ${n}` &&
      (await page.textContent('.sp-score')).includes('0 of 0'));
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
