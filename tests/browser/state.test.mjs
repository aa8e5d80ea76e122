// Saved progress checked before use (issue 10, point 9), in a real
// browser. fixtures/state has questions whose ids are names every
// JavaScript object inherits ("constructor", "tostring"...) and a branching
// case whose steps are "__proto__" and "constructor". The quiz and the
// player must play them, and must meet damaged, forged or stale progress,
// in localStorage and in an LMS's suspend data (scorm-again, SCORM 1.2),
// with a visible notice and a fresh start or the answers that still fit:
// never a script error (lib.mjs fails on any), never an answer applied to
// a question that changed, never one answer counted twice, never a grade
// taken from what was saved.
// Prints "browser: N passed, N failed".
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, check, report, setup } from './lib.mjs';

const FIXTURE = path.join(ROOT, 'tests/browser/fixtures/state');
const host = fs.mkdtempSync(path.join(os.tmpdir(), 'sharepack-state-'));
// A SCORM 1.2 LMS with the SCO in a frame; window.__preload is what the
// LMS kept from an earlier session.
fs.writeFileSync(path.join(host, 'lms.html'), `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Test LMS</title><script src="/lib/scorm12.js"></script><script>
var api = new Scorm12API({ logLevel: 5 });
if (window.__preload) api.loadFromJSON(window.__preload, '');
window.API = api;
window.lmsState = function () { return api.renderCMIToJSONObject(api.cmi, true).cmi; };
</script></head><body><iframe title="The course" id="sco" style="width:100%;height:900px"></iframe>
<script>document.getElementById('sco').src = new URLSearchParams(location.search).get('sco');</script></body></html>`);
const { work, origin, build, newPage, finish } = await setup(FIXTURE, {
  '/host/': host, '/lib/': path.join(ROOT, 'tests/node_modules/scorm-again/dist'),
});
const QUIZ = `${origin}/packs/state/quiz.html`;
const CASE = `${origin}/scenarios/proto.html`;
const CHANGED = 'saved answers were to questions that have changed since';
const UNUSABLE = 'Your saved progress could not be used';

// The page (or the SCO's frame in the test LMS, with suspend data).
async function open(url, suspend) {
  const page = await newPage();
  if (suspend === undefined) {
    await page.goto(url);
    return { page, f: page.mainFrame() };
  }
  if (suspend !== null) {
    await page.addInitScript((s) => { window.__preload = { cmi: { suspend_data: s, core: { entry: 'resume' } } }; }, suspend);
  }
  await page.goto(`${origin}/host/lms.html?sco=${encodeURIComponent(url)}`);
  let f;
  for (let i = 0; i < 50 && !f; i++) {
    f = page.frames().find((x) => x.url() === url);
    if (!f) await page.waitForTimeout(100);
  }
  await f.waitForSelector('.sp-bar');
  return { page, f };
}
const noticeOf = (f) => f.evaluate(() => {
  const n = document.querySelector('.sp-notice[role="status"]');
  return n && n.offsetParent !== null ? n.textContent : '';
});
const visibleQuestion = (f) => f.evaluate(() => {
  const li = document.querySelector('li.sp-item:not([hidden])');
  return li && { id: li.dataset.spId, kind: li.dataset.spKind, expected: li.dataset.spExpected, text: li.innerText,
    answered: !li.querySelector('.sp-feedback').hidden, enabled: [...li.querySelectorAll('input')].every((r) => !r.disabled) };
});
async function answer(f, value) {
  await f.click(`li.sp-item:not([hidden]) input[value="${value}"] + label`);
  await f.click('li.sp-item:not([hidden]) .sp-form button[type=submit]');
  await f.click('li.sp-item:not([hidden]) .sp-next');
}
// Nothing saved may have changed Object.prototype.
const unpolluted = (f) => f.evaluate(() => ({}).answer === undefined && ({}).current === undefined && ({}).path === undefined);

try {
  // 1. Questions named like what objects inherit play as any other, and a
  //    finished attempt reloads as finished.
  {
    const { page, f } = await open(QUIZ);
    const q = await visibleQuestion(f);
    check('quiz: the first question is unanswered at the start', q && !q.answered && q.enabled && !q.text.includes('You answered'), q);
    for (let i = 0; i < 4; i++) {
      const v = await visibleQuestion(f);
      await answer(f, v.expected);
    }
    const line = await f.textContent('.sp-result-line');
    check('quiz: ids such as "constructor" score as any other', line.includes('4 of 4') && line.includes('You passed'), line);
    await page.reload();
    check('quiz: a finished attempt reloads finished, with no notice', (await f.textContent('.sp-result-line')).includes('4 of 4') &&
      !(await noticeOf(f)));
    await page.context().close();
  }

  // 2. Damaged or forged progress in localStorage: each case is written
  //    over a fresh attempt's own progress, then the page is reloaded.
  const quizCases = [
    ['order:["constructor"]', (s) => ({ ...s, order: ['constructor'] }), UNUSABLE],
    ['one question four times, answered', (s) => ({ ...s, order: s.order.map(() => 'constructor'),
      answers: { constructor: { answer: 'myth', correct: true, seconds: 1 } }, current: 4 }), UNUSABLE],
    ['answers:null', (s) => ({ ...s, answers: null }), UNUSABLE],
    ['current:-1', (s) => ({ ...s, current: -1 }), UNUSABLE],
    ['current:"1"', (s) => ({ ...s, current: '1' }), UNUSABLE],
    ['an answer that is no choice', (s) => ({ ...s, answers: { constructor: { answer: 'share', correct: true } } }), UNUSABLE],
    ['an answer that is not an object', (s) => ({ ...s, answers: { [s.order[0]]: 'myth' }, current: 1 }), UNUSABLE],
    ['not JSON', () => '{"order": [', UNUSABLE],
    ['a number', () => '5', UNUSABLE],
    ['past the end with no answers', (s) => ({ ...s, current: 4, finished: '2026-01-01T00:00:00.000Z' }), ''],
    ['"__proto__" keys', (s) => JSON.stringify({ ...s, answers: {} }).replace('"answers":{}',
      '"answers":{"__proto__":{"answer":"myth","correct":true}}').replace('{', '{"__proto__":{"current":3,"answer":"x"},'), ''],
  ];
  for (const [name, edit, want] of quizCases) {
    const { page, f } = await open(QUIZ);
    const key = await f.evaluate(() => `sharepack:${document.querySelector('ol.sp-quiz').dataset.spPack}:${document.querySelector('ol.sp-quiz').dataset.spHash}`);
    const base = await f.evaluate((k) => JSON.parse(localStorage.getItem(k)), key);
    const text = edit(base);
    await f.evaluate(([k, t]) => localStorage.setItem(k, t), [key, typeof text === 'string' ? text : JSON.stringify(text)]);
    await page.reload();
    const notice = await noticeOf(f);
    const q = await visibleQuestion(f);
    check(`quiz, saved ${name}: ${want ? 'a notice, then' : 'no notice,'} question 1 with no answers`,
      (want ? notice.startsWith(want) : !notice) && (await f.textContent('.sp-progress-text')) === 'Question 1 of 4' &&
      (await f.textContent('.sp-score')) === 'No answers yet' && q && !q.answered && !(await f.isVisible('.sp-results')), [notice, q]);
    check(`quiz, saved ${name}: nothing inherited changed`, await unpolluted(f));
    const saved = await f.evaluate((k) => JSON.parse(localStorage.getItem(k)), key);
    check(`quiz, saved ${name}: replaced by usable progress`, saved.order.length === 4 && new Set(saved.order).size === 4 &&
      saved.current === 0, saved);
    await page.context().close();
  }

  // 3. From the LMS, after a package update: answers to unchanged
  //    questions stay, the answer to the changed one goes (no "You
  //    answered Myth" on a question the learner never saw), with a notice.
  {
    const first = await open(QUIZ, null);
    const given = [];
    while (!given.some((g) => g.id === 'constructor') || given.length < 2) {
      const v = await visibleQuestion(first.f);
      await answer(first.f, v.expected);
      given.push(v);
    }
    const suspend = (await first.page.evaluate(() => window.lmsState())).suspend_data;
    await first.page.context().close();
    const changed = path.join(work, 'changed');
    fs.cpSync(FIXTURE, changed, { recursive: true });
    const myth = path.join(changed, 'content/myths/constructor.md');
    fs.writeFileSync(myth, fs.readFileSync(myth, 'utf8').replace('Consent is always needed before sharing',
      'Consent is never worth asking for').replace('verdict: myth', 'verdict: myth\nsource: Updated guidance'));
    build(changed);
    const again = await open(QUIZ, suspend);
    const notice = await noticeOf(again.f);
    check('LMS, a changed question: the notice says which answers went', notice === `1 of your ${CHANGED}: those questions are asked again.`, notice);
    check('LMS, a changed question: the other answers stay', (await again.f.textContent('.sp-score')).includes(`of ${given.length - 1} answered`),
      await again.f.textContent('.sp-score'));
    let seen = null;
    for (let i = 0; i < 4 && !seen; i++) {
      const v = await visibleQuestion(again.f);
      if (v.id === 'constructor') seen = v;
      else if (v.answered) await again.f.click('li.sp-item:not([hidden]) .sp-next');
      else await answer(again.f, v.expected);
    }
    check('LMS, a changed question: asked again, with no answer shown', seen && !seen.answered && seen.enabled &&
      !seen.text.includes('You answered'), seen);
    await again.page.context().close();
    build();
  }

  // 4. Forged suspend data: one answer given for every place in the order
  //    (the o:[0,0,0], a:"aaa" for this pack's four questions, and
  //    the same with hashes) must not count four times, report 100 or
  //    pass; the layout before hashes (v2) cannot be matched to questions
  //    and is not used.
  {
    const probe = await open(QUIZ);
    const k0 = (await probe.f.getAttribute('li.sp-item', 'data-sp-hash')).slice(0, 8);
    await probe.page.context().close();
    const t = '2026-01-01T00:00:00.000Z';
    const forged = [
      ['the issue\'s o:[0,0,0,0], a:"aaaa"', { v: 2, r: 1, o: [0, 0, 0, 0], a: 'aaaa', s: [1, 1, 1, 1], c: 4, t, f: t }],
      ['one question four times, with hashes', { v: 3, r: 1, o: [0, 0, 0, 0], a: 'aaaa', s: [1, 1, 1, 1], k: k0.repeat(4), c: 4, t, f: t }],
      ['a v2 record of the right shape', { v: 2, r: 1, o: [0, 1, 2, 3], a: 'a---', s: [1, 0, 0, 0], c: 1, t, f: null }],
      ['a hash that is not the question\'s', { v: 3, r: 1, o: [0, 1, 2, 3], a: 'a---', s: [1, 0, 0, 0], k: 'x'.repeat(32), c: 1, t, f: null }],
    ];
    for (const [name, data] of forged) {
      const { page, f } = await open(QUIZ, JSON.stringify(data));
      const notice = await noticeOf(f);
      const cmi = await page.evaluate(() => window.lmsState());
      check(`LMS, ${name}: a notice and question 1, no results`, (notice.startsWith(UNUSABLE) || notice.includes(CHANGED)) &&
        (await f.textContent('.sp-progress-text')) === 'Question 1 of 4' && !(await f.isVisible('.sp-results')), notice);
      check(`LMS, ${name}: no score and no pass reported`, !cmi.core.score.raw && cmi.core.lesson_status !== 'passed',
        [cmi.core.score.raw, cmi.core.lesson_status]);
      await page.context().close();
    }
  }

  // 5. The player with steps "__proto__" and "constructor": plays, scores,
  //    and reloads where it was.
  {
    const { page, f } = await open(CASE);
    check('scenario: the "__proto__" step is the start, with its choices', await f.isVisible('#step-__proto__ .sp-choice-button'));
    for (let i = 0; i < 2; i++) {
      await f.click('section.sp-step:not([hidden]) li[data-sp-grade="expected"] > button');
      await f.click('section.sp-step:not([hidden]) .sp-next');
    }
    const line = await f.textContent('.sp-result-line');
    check('scenario: steps named like inherited names score as any other', line.includes('2 of 2 decisions') && line.includes('You passed'), line);
    await page.reload();
    check('scenario: reloads at its ending, path and all', (await f.textContent('.sp-result-line')).includes('2 of 2') &&
      (await f.$$('.sp-path li')).length === 2 && !(await noticeOf(f)));
    await page.context().close();
  }

  // 6. Damaged, forged or stale progress for the scenario, in localStorage.
  const caseCases = [
    ['a renamed step', (s) => ({ ...s, path: [{ step: 'old-name', choice: 'b', grade: 'expected' }], current: 'constructor' }), UNUSABLE],
    ['path:null', (s) => ({ ...s, path: null }), UNUSABLE],
    ['a step that is not there', (s) => ({ ...s, current: 'nowhere' }), UNUSABLE],
    ['current:"constructor" with no path', (s) => ({ ...s, current: 'constructor' }), UNUSABLE],
    ['a choice that is no choice', (s) => ({ ...s, path: [{ step: '__proto__', choice: 'z' }], current: 'constructor' }), UNUSABLE],
    ['feedback pending on the wrong step', (s) => ({ ...s, path: [{ step: '__proto__', choice: 'b' }], pending: 'b', current: 'constructor' }), UNUSABLE],
    ['not JSON', () => '[', UNUSABLE],
    ['another hash', (s) => ({ ...s, h: '0123456789abcdef' }), UNUSABLE],
    ['"__proto__" keys', (s) => JSON.stringify(s).replace('{', '{"__proto__":{"path":[1],"current":"x"},'), ''],
  ];
  for (const [name, edit, want] of caseCases) {
    const { page, f } = await open(CASE);
    const key = await f.evaluate(() => {
      const a = document.querySelector('article.sp-scenario');
      return `sharepack:scenario:${a.dataset.spScenario}:${a.dataset.spHash}`;
    });
    const base = await f.evaluate((k) => JSON.parse(localStorage.getItem(k)), key);
    const text = edit(base);
    await f.evaluate(([k, t]) => localStorage.setItem(k, t), [key, typeof text === 'string' ? text : JSON.stringify(text)]);
    await page.reload();
    const notice = await noticeOf(f);
    check(`scenario, saved ${name}: ${want ? 'a notice, then' : 'no notice,'} the start`, (want ? notice.startsWith(want) : !notice) &&
      await f.isVisible('#step-__proto__ .sp-choice-button:not([disabled])') && (await f.$$('.sp-path li:visible')).length === 0, notice);
    check(`scenario, saved ${name}: nothing inherited changed`, await unpolluted(f));
    await page.context().close();
  }
  // A grade is read from the page, never from what was saved: an unsafe
  // choice saved as "expected" still fails.
  {
    const { page, f } = await open(CASE);
    const key = await f.evaluate(() => {
      const a = document.querySelector('article.sp-scenario');
      return `sharepack:scenario:${a.dataset.spScenario}:${a.dataset.spHash}`;
    });
    await f.evaluate((k) => {
      const s = JSON.parse(localStorage.getItem(k));
      s.path = [{ step: '__proto__', choice: 'a', grade: 'expected', seconds: 3, shown: 'abc' }];
      s.current = 'hasownproperty';
      localStorage.setItem(k, JSON.stringify(s));
    }, key);
    await page.reload();
    const line = await f.textContent('.sp-result-line');
    check('scenario: a forged grade is not believed', line.includes('0 of 1') && line.includes('unsafe choice'), line);
    await page.context().close();
  }

  // 7. The scenario from the LMS: progress saved for other content (its
  //    hash) is not used; its own is.
  {
    const t = '2026-01-01T00:00:00.000Z';
    const probe = await open(CASE);
    const hash = await probe.f.getAttribute('article.sp-scenario', 'data-sp-hash');
    await probe.page.context().close();
    const one = (h) => JSON.stringify({ v: 2, h, seed: 7, path: [{ step: '__proto__', choice: 'b', seconds: 2, shown: 'abc' }],
      current: 'constructor', pending: null, started: t, finished: null });
    const stale = await open(CASE, one('0123456789abcdef'));
    check('LMS scenario, another hash: a notice and the start', (await noticeOf(stale.f)).startsWith(UNUSABLE) &&
      await stale.f.isVisible('#step-__proto__ .sp-choice-button'));
    await stale.page.context().close();
    const good = await open(CASE, one(hash));
    check('LMS scenario, its own progress: resumed at "constructor"', !(await noticeOf(good.f)) &&
      await good.f.isVisible('#step-constructor .sp-choice-button') && (await good.f.$$('.sp-path li')).length === 1);
    await good.page.context().close();
  }
} catch (e) {
  check('saved-progress tests ran to the end', false, e.stack || String(e));
} finally {
  await finish();
  fs.rmSync(host, { recursive: true, force: true });
}
report('browser');
