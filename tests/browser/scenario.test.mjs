// Branching scenarios in a real browser: every path through each scenario
// of a project gives the score its expected choices call for; a keyboard-
// only run; resume after reload; the results file; axe-core and 320 px.
// Prints "browser: N passed, N failed".
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, activeIs, axeCheck, check, noOverflow, report, setup, tabTo } from './lib.mjs';

// The default pack, or another project (the golden one has a small case).
const project = process.env.SHAREPACK_PROJECT ? path.resolve(ROOT, process.env.SHAREPACK_PROJECT) : ROOT;
const { site, origin, newPage, finish } = await setup(project);
const MAX_PATHS = 200;

// The graph, read from the page's markup (not from the player).
async function graph(page) {
  return page.evaluate(() => {
    const art = document.querySelector('article.sp-scenario');
    const steps = {};
    art.querySelectorAll('section.sp-step').forEach((sec) => {
      steps[sec.dataset.spStep] = {
        ending: sec.hasAttribute('data-sp-ending'),
        choices: [...sec.querySelectorAll('ol.sp-choices > li')].map((li) => ({
          letter: li.dataset.spChoice, go: li.dataset.spGo, expected: li.dataset.spExpected === 'true',
          label: li.querySelector('a').textContent,
        })),
      };
    });
    return { start: art.dataset.spStart, steps };
  });
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
      const want = p.decisions.filter((d) => d.expected).length;
      const err = await play(page, p);
      const line = err || await page.textContent('.sp-result-line');
      const pct = Math.round((100 * want) / p.decisions.length);
      check(`${file}: path to ${p.ending} (${p.decisions.map((d) => d.letter).join('')}) scores ${want} of ${p.decisions.length}`,
        !err && line.includes(`${want} of ${p.decisions.length} decisions`) && line.includes(`${pct}%`), line);
      check(`${file}: path ends at ${p.ending}`, await page.isVisible(`#step-${p.ending}`));
      await page.click('text=Start over');
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
    await page.click(`section.sp-step:not([hidden]) li[data-sp-choice="${first.letter}"] > button`);
    await page.reload();
    check('resume: feedback still shown after reload', await page.isVisible('section.sp-step:not([hidden]) .sp-feedback'));
    check('resume: path so far kept', (await page.$$('.sp-path li')).length === 1);
    await axeCheck(page, `${pages[0]} with feedback`);
    await page.click('section.sp-step:not([hidden]) .sp-next');
    await play(page, { decisions: p.decisions.slice(1) });
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('text=Download my results')]);
    const r = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
    const want = p.decisions.filter((d) => d.expected).length;
    check('results file: format and scenario', r.format === 'sharepack-result/1' && r.scenario === pages[0].replace(/\.html$/, ''), [r.format, r.scenario]);
    check('results file: hash', r.content_hash === await page.getAttribute('article.sp-scenario', 'data-sp-hash'));
    check('results file: each decision recorded', r.items.length === p.decisions.length &&
      r.items.every((it, i) => it.id === p.decisions[i].step && it.kind === 'decision' && it.answer === p.decisions[i].letter &&
        it.correct === p.decisions[i].expected && typeof it.expected === 'string' && it.expected.includes(p.decisions[i].expected ? it.answer : it.expected[0])),
    r.items);
    check('results file: score', r.score === want && r.max === p.decisions.length && r.ending === p.ending, [r.score, r.max, r.ending]);
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
      ok = await tabTo(kb, 'section.sp-step:not([hidden]) li[data-sp-expected="true"] > button');
      await kb.keyboard.press('Enter');
      ok = ok && await activeIs(kb, 'section.sp-step:not([hidden]) .sp-feedback');
      ok = ok && await tabTo(kb, 'section.sp-step:not([hidden]) .sp-next');
      await kb.keyboard.press('Enter');
      decisions++;
    }
    check('keyboard: a whole case by keyboard', ok && await kb.isVisible('.sp-results:not([hidden])'));
    const line = await kb.textContent('.sp-result-line');
    check('keyboard: every expected choice scores full marks', line.includes(`${decisions} of ${decisions}`), line);
    await kb.context().close();

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
