// Branching scenarios in a real browser: every path through each scenario
// of a project gives the score its graded choices call for (1 expected,
// 0.5 acceptable, 0 unsafe) and passes only with no unsafe choice; each
// attempt's own order of choices, kept on reload; "Start over" asks first;
// a keyboard-only run; resume after reload; the results file; axe-core and
// 320 px.
// Prints "browser: N passed, N failed".
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, activeIs, axeCheck, check, noOverflow, report, setup, tabTo } from './lib.mjs';

// The default pack, or another project (the golden one has a small case).
const project = process.env.SHAREPACK_PROJECT ? path.resolve(ROOT, process.env.SHAREPACK_PROJECT) : ROOT;
const { site, origin, newPage, finish } = await setup(project);
const MAX_PATHS = 200;

const POINTS = { expected: 1, acceptable: 0.5, unsafe: 0 };
// An expected choice's button: data-sp-grade, or on pages from before
// grades data-sp-expected="true".
const EXPECTED = 'li[data-sp-grade="expected"] > button, li[data-sp-expected="true"] > button';

// The graph, read from the page's markup (not from the player).
async function graph(page) {
  return page.evaluate(() => {
    const grade = (li) => li.dataset.spGrade || (li.dataset.spExpected === 'true' ? 'expected' : 'unsafe');
    const art = document.querySelector('article.sp-scenario');
    const steps = {};
    art.querySelectorAll('section.sp-step').forEach((sec) => {
      steps[sec.dataset.spStep] = {
        ending: sec.hasAttribute('data-sp-ending'),
        choices: [...sec.querySelectorAll('ol.sp-choices > li')].map((li) => ({
          letter: li.dataset.spChoice, go: li.dataset.spGo, grade: grade(li), expected: grade(li) === 'expected',
          label: li.querySelector('a').textContent,
        })),
      };
    });
    return { start: art.dataset.spStart, passMark: Number(art.dataset.spPassMark || 80), steps };
  });
}
// Each step's choice letters in the order the page shows them.
async function shownOrder(page) {
  return page.evaluate(() => [...document.querySelectorAll('section.sp-step')].map((sec) =>
    [...sec.querySelectorAll('ol.sp-choices > li')].map((li) => li.dataset.spChoice).join('')).join('/'));
}
// The README's scenario scoring for a path.
function scoreOf(p, passMark) {
  const points = p.decisions.reduce((n, d) => n + POINTS[d.grade], 0);
  const max = p.decisions.length;
  const unsafe = p.decisions.some((d) => d.grade === 'unsafe');
  return { points, max, percent: Math.round((100 * points) / max), unsafe, passed: !unsafe && points * 100 >= passMark * max };
}
// "Start over", then the answer to the question it asks.
async function startOver(page, answer = 'Yes, start over') {
  await page.click('.sp-bar button:has-text("Start over")');
  await page.waitForSelector('dialog.sp-confirm[open]');
  await page.click(`dialog.sp-confirm button:has-text("${answer}")`);
  await page.waitForSelector('dialog.sp-confirm', { state: 'detached' });
}

// Every path from start to an ending, as lists of [step, choice].
function paths(g) {
  const out = [];
  const walk = (step, sofar) => {
    if (out.length >= MAX_PATHS) return;
    const s = g.steps[step];
    if (s.ending) { out.push({ decisions: sofar, ending: step }); return; }
    s.choices.forEach((c) => walk(c.go, sofar.concat([{ step, ...c }])));
  };
  walk(g.start, []);
  return out;
}

async function play(page, p) {
  for (const d of p.decisions) {
    const visible = await page.evaluate(() => document.querySelector('section.sp-step:not([hidden])').dataset.spStep);
    if (visible !== d.step) return `expected step ${d.step}, saw ${visible}`;
    await page.click(`section.sp-step:not([hidden]) li[data-sp-choice="${d.letter}"] > button`);
    await page.waitForSelector('section.sp-step:not([hidden]) .sp-feedback:not([hidden])');
    await page.click('section.sp-step:not([hidden]) .sp-next');
  }
  return null;
}

const pages = fs.existsSync(path.join(site, 'scenarios')) ? fs.readdirSync(path.join(site, 'scenarios')).sort() : [];
check('there is at least one scenario', pages.length > 0, pages);
try {
  for (const file of pages) {
    const url = `${origin}/scenarios/${file}`;
    const page = await newPage();
    await page.goto(url);
    const g = await graph(page);
    const all = paths(g);
    check(`${file}: has paths`, all.length > 0);
    check(`${file}: every path is played (fewer than ${MAX_PATHS})`, all.length < MAX_PATHS, all.length);
    for (const p of all) {
      const want = scoreOf(p, g.passMark);
      const err = await play(page, p);
      const line = err || await page.textContent('.sp-result-line');
      const name = `${file}: path to ${p.ending} (${p.decisions.map((d) => d.letter).join('')})`;
      check(`${name} scores ${want.points} of ${want.max}`,
        !err && line.includes(`${want.points} of ${want.max} decisions`) && line.includes(`${want.percent}%`), line);
      check(`${name} ${want.passed ? 'passes' : 'does not pass'}${want.unsafe ? ' (an unsafe choice)' : ''}`,
        line.includes(want.passed ? 'You passed' : want.unsafe ? 'an unsafe choice on your path' : 'did not pass'), line);
      check(`${file}: path ends at ${p.ending}`, await page.isVisible(`#step-${p.ending}`));
      await startOver(page);
    }
    await page.context().close();
  }

  if (pages.length) {
    const url = `${origin}/scenarios/${pages[0]}`;
    // Resume after a reload, feedback and all; then the results file.
    const page = await newPage();
    await page.goto(url);
    const g = await graph(page);
    const p = paths(g).sort((a, b) => b.decisions.length - a.decisions.length)[0];
    const first = p.decisions[0];
    check('start: no "0 of 0"', !(await page.textContent('.sp-bar')).includes('0 of 0'), await page.textContent('.sp-bar'));
    const shown = await shownOrder(page);
    await page.click(`section.sp-step:not([hidden]) li[data-sp-choice="${first.letter}"] > button`);
    await page.reload();
    check('resume: feedback still shown after reload', await page.isVisible('section.sp-step:not([hidden]) .sp-feedback'));
    check('resume: path so far kept', (await page.$$('.sp-path li')).length === 1);
    check('resume: the order of choices kept', (await shownOrder(page)) === shown);
    await axeCheck(page, `${pages[0]} with feedback`);
    await page.click('section.sp-step:not([hidden]) .sp-next');
    await play(page, { decisions: p.decisions.slice(1) });
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('text=Download my results')]);
    const r = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
    const want = scoreOf(p, g.passMark);
    check('results file: format and scenario', r.format === 'sharepack-result/2' && r.scenario === pages[0].replace(/\.html$/, ''), [r.format, r.scenario]);
    check('results file: hash', r.content_hash === await page.getAttribute('article.sp-scenario', 'data-sp-hash'));
    check('results file: each decision recorded', r.items.length === p.decisions.length &&
      r.items.every((it, i) => it.id === p.decisions[i].step && it.kind === 'decision' && it.answer === p.decisions[i].letter &&
        it.correct === p.decisions[i].expected && typeof it.expected === 'string' && it.expected.includes(p.decisions[i].expected ? it.answer : it.expected[0])),
    r.items);
    check('results file: grades and points', r.items.every((it, i) => it.grade === p.decisions[i].grade && it.points === POINTS[it.grade]), r.items);
    const steps = shown.split('/');
    const stepIds = Object.keys(g.steps);
    check('results file: the order each step\'s choices were shown in', r.items.every((it) => it.shown === steps[stepIds.indexOf(it.id)]),
      [r.items.map((it) => it.shown), steps]);
    check('results file: score', r.score === want.points && r.max === want.max && r.percent === want.percent && r.ending === p.ending &&
      r.pass_mark === g.passMark && r.passed === want.passed, [r.score, r.max, r.ending, r.passed]);
    check('results file: seed and attempt code', Number.isInteger(r.seed) && /^[0-9A-HJKMNP-TV-Z]{8}$/.test(r.attempt), [r.seed, r.attempt]);
    check('results file: times', !Number.isNaN(Date.parse(r.started)) && !Number.isNaN(Date.parse(r.finished)));
    await axeCheck(page, `${pages[0]} at the end`);
    await page.context().close();

    // Keyboard only: Tab to an expected choice, Enter, Tab to Continue, Enter.
    const kb = await newPage();
    await kb.goto(url);
    let ok = true;
    let decisions = 0;
    for (let i = 0; i < 20 && ok; i++) {
      if (await kb.isVisible('.sp-results:not([hidden])')) break;
      ok = await tabTo(kb, EXPECTED.split(', ').map((x) => `section.sp-step:not([hidden]) ${x}`).join(', '));
      await kb.keyboard.press('Enter');
      ok = ok && await activeIs(kb, 'section.sp-step:not([hidden]) .sp-feedback');
      ok = ok && await tabTo(kb, 'section.sp-step:not([hidden]) .sp-next');
      await kb.keyboard.press('Enter');
      decisions++;
    }
    check('keyboard: a whole case by keyboard', ok && await kb.isVisible('.sp-results:not([hidden])'));
    const line = await kb.textContent('.sp-result-line');
    check('keyboard: every expected choice scores full marks', line.includes(`${decisions} of ${decisions}`) && line.includes('You passed'), line);
    await kb.context().close();

    // Each attempt's own order of choices: two learners differ (over every
    // step of every scenario); "Start over" asks, and only a yes gives a new
    // attempt in a new order.
    const orders = [];
    for (let i = 0; i < 2; i++) {
      const learner = await newPage();
      let all = '';
      for (const file of pages) {
        await learner.goto(`${origin}/scenarios/${file}`);
        all += `${await shownOrder(learner)}|`;
      }
      orders.push(all);
      await learner.context().close();
    }
    check('order: two learners see the choices in different orders', orders[0] !== orders[1], orders);
    const again = await newPage();
    await again.goto(url);
    const before = await shownOrder(again);
    await again.click(`section.sp-step:not([hidden]) ${EXPECTED.split(', ')[0]}, section.sp-step:not([hidden]) ${EXPECTED.split(', ')[1]}`);
    await startOver(again, 'Cancel');
    check('start over: cancel keeps the path and the order', (await again.$$('.sp-path li')).length === 1 &&
      (await shownOrder(again)) === before);
    await startOver(again);
    check('start over: a new attempt', (await again.$$('.sp-path li:visible')).length === 0 && (await shownOrder(again)) !== before);
    await again.context().close();

    // An unsafe choice says at once that the attempt cannot pass.
    const risky = [];
    for (const file of pages) {
      const pg = await newPage();
      await pg.goto(`${origin}/scenarios/${file}`);
      const gr = await graph(pg);
      const path = paths(gr).find((x) => x.decisions.some((d) => d.grade === 'unsafe'));
      if (path) {
        const k = path.decisions.findIndex((d) => d.grade === 'unsafe');
        await play(pg, { decisions: path.decisions.slice(0, k) });
        await pg.click(`section.sp-step:not([hidden]) li[data-sp-choice="${path.decisions[k].letter}"] > button`);
        const fb = await pg.textContent('section.sp-step:not([hidden]) .sp-feedback');
        risky.push(file);
        check(`${file}: an unsafe choice says the attempt cannot pass, and why`, fb.includes('This choice alone means this attempt cannot pass') &&
          (await pg.$('section.sp-step:not([hidden]) .sp-feedback .sp-why')) !== null, fb);
      }
      await pg.context().close();
    }
    check('there is an unsafe choice to try', risky.length > 0);

    // Every scenario page at the start: axe and 320 px.
    const narrow = await newPage({ viewport: { width: 320, height: 640 } });
    for (const file of pages) {
      await narrow.goto(`${origin}/scenarios/${file}`);
      await noOverflow(narrow, file);
      await axeCheck(narrow, `${file} at the start`);
    }
    await narrow.context().close();

    // Without JavaScript: a readable page of linked steps.
    const nojs = await newPage({ javaScriptEnabled: false });
    await nojs.goto(url);
    check('no JavaScript: every step visible', (await nojs.$$('section.sp-step:visible')).length === Object.keys(g.steps).length);
    check('no JavaScript: choices link to steps', (await nojs.$$('ol.sp-choices a[href^="#step-"]')).length > 0);
    await nojs.context().close();

    // From file:// too.
    const local = await newPage();
    await local.goto(`file://${site}/scenarios/${pages[0]}`);
    check('file://: the player starts', await local.isVisible('.sp-choice-button'));
    await local.context().close();
  }
} catch (e) {
  check('scenario browser tests ran to the end', false, e.stack || String(e));
} finally {
  await finish();
}
report('browser');
