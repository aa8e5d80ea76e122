// The players in Welsh, and progress that survives a change of language
// (issue 15), in a real browser. The scripts take every word from the page
// (generator/render_strings.c). Until the build makes Welsh pages of its
// own, a second build of the default project whose theme gives the Welsh
// catalogue's words under English's code stands in for one, served under
// /cy/ and marked lang="cy" and cy-GB: the same quiz and case, with the
// same ids and hashes, in other words. A learner starts the Welsh quiz,
// answers three questions, goes to the English page and finds question 4
// with the three answers kept; the branching case likewise after two
// decisions. No storage key holds the language. xAPI statements carry the
// page's language, and names as language maps of both.
// Prints "browser: N passed, N failed".
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, SHAREPACK, axeCheck, check, report, setup } from './lib.mjs';

const cyWork = fs.mkdtempSync(path.join(os.tmpdir(), 'sharepack-cy-'));
const cySite = path.join(cyWork, 'site');
const cyTheme = path.join(cyWork, 'theme');
fs.mkdirSync(path.join(cyTheme, 'strings'), { recursive: true });
fs.copyFileSync(path.join(ROOT, 'themes/default/strings/cy.yaml'), path.join(cyTheme, 'strings/en.yaml'));
execFileSync(SHAREPACK, ['build', '-q', '-o', cySite, '--theme-dir', cyTheme, '.'], { cwd: ROOT });
const PACK = 'police-and-justice';
const CASE = 'police-missing-child';
for (const page of [`packs/${PACK}/quiz.html`, `scenarios/${CASE}.html`]) {
  const file = path.join(cySite, page);
  const html = fs.readFileSync(file, 'utf8');
  fs.writeFileSync(file, html.replace('<html lang="en">', '<html lang="cy">')
    .replace('<div id="sp-strings" hidden="" data-sp-locale="en-GB"', '<div id="sp-strings" hidden="" data-sp-locale="cy-GB"'));
}

const { origin, newPage, finish, statements } = await setup(ROOT, { '/cy/': cySite });
const EN = (p) => `${origin}/${p}`;
const CY = (p) => `${origin}/cy/${p}`;
const QUIZ = `packs/${PACK}/quiz.html`;
const SCEN = `scenarios/${CASE}.html`;

// Page furniture the players draw, which must not be English on a Welsh page.
const ENGLISH = ['Check answer', 'Start over', 'Next question', 'Question ', 'Score so far', 'You answered',
  'No answers yet', 'Right.', 'Not quite.', 'Continue', 'Your path so far', 'Decision ', 'You chose'];
const english = (text) => ENGLISH.filter((w) => text.includes(w));

const current = (page) => page.evaluate(() => {
  const li = document.querySelector('li.sp-item:not([hidden])');
  return li && { id: li.dataset.spId, kind: li.dataset.spKind };
});
async function answerOne(page) {
  await page.click('li.sp-item:not([hidden]) .sp-choice input');
  await page.click('li.sp-item:not([hidden]) .sp-form button[type=submit]');
  await page.waitForSelector('li.sp-item:not([hidden]) .sp-feedback:not([hidden])');
}
const sharepackKeys = (page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('sharepack:')));

// ---- the quiz in Welsh ----
{
  const page = await newPage();
  await page.goto(CY(QUIZ));
  await page.waitForSelector('.sp-bar');
  const bar = await page.textContent('.sp-bar');
  check('Welsh quiz: the progress in Welsh', bar.includes('Cwestiwn 1 o 32'), bar);
  check('Welsh quiz: no score yet, in Welsh', bar.includes('Dim atebion eto'), bar);
  check('Welsh quiz: "Dechrau eto" (start over)', (await page.textContent('.sp-bar button')) === 'Dechrau eto');
  const submit = await page.textContent('li.sp-item:not([hidden]) .sp-form button[type=submit]');
  check('Welsh quiz: "Gwirio\'r ateb" (check answer)', submit === 'Gwirio\'r ateb', submit);
  const intro = await page.textContent('.sp-intro');
  check('Welsh quiz: the introduction in Welsh, with the pass mark', intro.startsWith('Atebwch un cwestiwn ar y tro') &&
    intro.includes('80%'), intro);
  const labels = await page.$$eval('li.sp-item:not([hidden]) .sp-choice label', (ls) => ls.map((l) => l.textContent));
  check('Welsh quiz: the answers in Welsh', ['Rhannu,Peidio â rhannu', 'Myth,Ffaith'].includes(labels.join()), labels);
  await page.click('li.sp-item:not([hidden]) .sp-form button[type=submit]');
  const hint = await page.textContent('li.sp-item:not([hidden]) .sp-hint');
  check('Welsh quiz: "choose an answer first" in Welsh', hint === 'Dewiswch ateb yn gyntaf.', hint);
  const q1 = await current(page);
  await answerOne(page);
  const verdict = await page.textContent('li.sp-item:not([hidden]) .sp-verdict');
  check('Welsh quiz: the verdict in Welsh', /^(Cywir\.|Ddim yn hollol\.) Eich ateb oedd .+; yr ateb disgwyliedig yw .+\.$/.test(verdict), verdict);
  const next = await page.textContent('li.sp-item:not([hidden]) .sp-next');
  check('Welsh quiz: "Y cwestiwn nesaf" (next question)', next === 'Y cwestiwn nesaf', next);
  const score = await page.textContent('.sp-score');
  check('Welsh quiz: the score so far in Welsh', /^Sgôr hyd yma: [01] o'r 1 a atebwyd$/.test(score), score);
  const shown = await page.evaluate(() => [...document.querySelectorAll('.sp-bar, li.sp-item:not([hidden]) .sp-form, ' +
    'li.sp-item:not([hidden]) .sp-feedback > .sp-verdict, li.sp-item:not([hidden]) .sp-next')].map((e) => e.textContent).join(' | '));
  check('Welsh quiz: none of the players\' English on the page', english(shown).length === 0, english(shown));
  check('Welsh quiz: the results file would name the language', await page.evaluate(() => window.SharepackPlayer.lang) === 'cy-GB');
  await page.click('.sp-bar button');
  const dialog = await page.textContent('dialog.sp-confirm');
  check('Welsh quiz: the start-over question and its buttons in Welsh', dialog.includes('Dechrau eto? Bydd hyn yn clirio') &&
    dialog.includes('Ie, dechrau eto') && dialog.includes('Canslo'), dialog);
  await page.click('dialog.sp-confirm .sp-secondary');
  await axeCheck(page, 'Welsh quiz with feedback');
  check('Welsh quiz: the first question answered', !!q1);
  await page.context().close();
}

// ---- the switch: three answers in Welsh, then the English page ----
{
  const page = await newPage();
  await page.goto(CY(QUIZ));
  await page.waitForSelector('.sp-bar');
  const asked = [];
  for (let i = 0; i < 3; i++) {
    asked.push((await current(page)).id);
    await answerOne(page);
    await page.click('li.sp-item:not([hidden]) .sp-next');
  }
  const fourth = (await current(page)).id;
  const saved = await page.evaluate(() => {
    const k = Object.keys(localStorage).find((x) => /^sharepack:police-and-justice:[0-9a-f]{16}$/.test(x));
    return k && { key: k, state: JSON.parse(localStorage.getItem(k)) };
  });
  check('switch: the Welsh page saved three answers', saved && Object.keys(saved.state.answers).length === 3, saved);
  await page.goto(EN(QUIZ));
  await page.waitForSelector('.sp-bar');
  const now = await current(page);
  check('switch: the English page carries on at question 4', now && now.id === fourth, [now, fourth]);
  const bar = await page.textContent('.sp-bar');
  check('switch: in English, "Question 4 of 32"', bar.includes('Question 4 of 32'), bar);
  check('switch: in English, the score counts the three answers', /Score so far: \d of 3 answered/.test(bar), bar);
  const after = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)), saved.key);
  check('switch: the same three answers, to the same questions', asked.every((id) =>
    after.answers[id] && after.answers[id].answer === saved.state.answers[id].answer) &&
    Object.keys(after.answers).length === 3 && after.order.join() === saved.state.order.join(), after.answers);
  check('switch: no notice of lost or changed answers', (await page.$('.sp-notice')) === null);
  const keys = await sharepackKeys(page);
  check('switch: no storage key names a language', keys.every((k) => !/(^|:)(cy|en)(-GB)?(:|$)/.test(k)), keys);
  // Back in Welsh, the English answer given meanwhile is kept too.
  await answerOne(page);
  await page.click('li.sp-item:not([hidden]) .sp-next');
  await page.goto(CY(QUIZ));
  await page.waitForSelector('.sp-bar');
  const back = await page.textContent('.sp-bar');
  check('switch: back in Welsh, question 5 with four answers', back.includes('Cwestiwn 5 o 32') && back.includes("o'r 4 a atebwyd"), back);
  await page.context().close();
}

// ---- the branching case: two decisions in Welsh, then English ----
{
  const page = await newPage();
  await page.goto(CY(SCEN));
  await page.waitForSelector('.sp-bar');
  const status0 = await page.textContent('.sp-progress-text');
  check('Welsh case: "Penderfyniad 1"', status0 === 'Penderfyniad 1', status0);
  check('Welsh case: "Dechrau eto"', (await page.textContent('.sp-bar button')) === 'Dechrau eto');
  for (let i = 0; i < 2; i++) {
    // The expected choices: found, school_call, then informant.
    await page.click('section.sp-step:not([hidden]) li[data-sp-grade="expected"] .sp-choice-button');
    const fb = await page.textContent('section.sp-step:not([hidden]) .sp-feedback .sp-verdict');
    if (i === 0) {
      check('Welsh case: the verdict in Welsh', /^(Fel mae'r canllawiau'n ei ddisgwyl\.|Derbyniol|Anniogel\.) Eich dewis: /.test(fb), fb);
      const cont = await page.textContent('section.sp-step:not([hidden]) .sp-next');
      check('Welsh case: "Parhau" (continue)', cont === 'Parhau', cont);
    }
    await page.click('section.sp-step:not([hidden]) .sp-next');
  }
  const path1 = await page.$$eval('.sp-path li', (ls) => ls.map((l) => l.textContent));
  check('Welsh case: the path in Welsh', path1.length === 2 && path1.every((t, i) => t.startsWith(`Penderfyniad ${i + 1}: `)), path1);
  const step = await page.evaluate(() => document.querySelector('section.sp-step:not([hidden])').dataset.spStep);
  const shown = await page.evaluate(() => [...document.querySelectorAll('.sp-bar, .sp-path')].map((e) => e.textContent).join(' | '));
  check('Welsh case: none of the player\'s English on the page', english(shown).length === 0, english(shown));
  await axeCheck(page, 'Welsh case');
  await page.goto(EN(SCEN));
  await page.waitForSelector('.sp-bar');
  const nowStep = await page.evaluate(() => document.querySelector('section.sp-step:not([hidden])').dataset.spStep);
  check('switch (case): the English page is at the same step', nowStep === step, [nowStep, step]);
  const status = await page.textContent('.sp-progress-text');
  check('switch (case): in English, decision 3 with the two made', /^Decision 3\. Score so far: 2 of 2$/.test(status), status);
  const path2 = await page.$$eval('.sp-path li', (ls) => ls.map((l) => l.textContent));
  check('switch (case): the same path, in English', path2.length === 2 && path2.every((t, i) => t.startsWith(`Decision ${i + 1}: `)), path2);
  check('switch (case): no notice', (await page.$('.sp-notice')) === null);
  const keys = await sharepackKeys(page);
  check('switch (case): no storage key names a language', keys.every((k) => !/(^|:)(cy|en)(-GB)?(:|$)/.test(k)), keys);
  await page.context().close();
}

// ---- xAPI: the page's language, and names in both ----
{
  const actor = encodeURIComponent(JSON.stringify({ objectType: 'Agent', account: { homePage: 'https://example.org', name: 'l1' } }));
  const launch = `?endpoint=${encodeURIComponent(`${origin}/xapi/`)}&actor=${actor}`;
  for (const [name, url, tag, other, verb] of [['English', EN(QUIZ), 'en-GB', 'cy-GB', 'answered'],
    ['Welsh', CY(QUIZ), 'cy-GB', 'en-GB', 'atebwyd']]) {
    statements.length = 0;
    const page = await newPage();
    await page.goto(url + launch);
    await page.waitForSelector('.sp-bar');
    await answerOne(page);
    for (let i = 0; i < 50 && statements.length === 0; i++) await page.waitForTimeout(100);
    const s = statements.length ? JSON.parse(statements[0].body) : null;
    check(`xAPI, ${name} page: context.language ${tag}`, s && s.context.language === tag, s && s.context);
    check(`xAPI, ${name} page: the verb shown in the page's language`, s && s.verb.display[tag] === verb, s && s.verb);
    const names = s && s.object.definition.name;
    const id = s && s.object.id.split(':').pop();
    const titles = await page.evaluate((q) => ({
      here: document.querySelector(`li[data-sp-id="${q}"] .sp-question`).textContent,
      there: [...document.querySelectorAll('#sp-strings [data-sp-for]')].filter((e) => e.dataset.spFor === q).map((e) => e.textContent)[0],
    }), id);
    // The stand-in Welsh page holds the English text: only the real page's
    // names are compared.
    if (name === 'English') check(`xAPI, ${name} page: the question's name in both languages`, names && names[tag] === titles.here &&
      typeof titles.there === 'string' && names[other] === titles.there && titles.there !== titles.here, [names, titles]);
    await page.context().close();
  }
}

await finish();
fs.rmSync(cyWork, { recursive: true, force: true });
report('browser');
