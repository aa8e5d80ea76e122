// English and Welsh pages of the default project in a real browser (issue
// 15): the build writes every page in both, the Welsh under cy/, each with
// a language switch link in its header. The players take every word from
// the page (generator/render_strings.c). Over file://, as a learner opening
// a downloaded site would, a learner starts the Welsh quiz, answers three
// questions, follows the page's own switch link and finds question 4 of the
// English quiz with the three answers kept, and the same back to Welsh; the
// branching case likewise after two decisions, its Welsh page showing the
// translated script's words. No storage key holds the language. Pages of
// both languages pass axe at 320 px with the right lang, hreflang and
// switch link. xAPI statements carry the page's language, and names as
// language maps of both.
// Prints "browser: N passed, N failed".
import { ROOT, axeCheck, check, noOverflow, report, setup } from './lib.mjs';

const { site, origin, newPage, finish, statements } = await setup(ROOT);
const PACK = 'police-and-justice';
const CASE = 'police-missing-child';
const QUIZ = `packs/${PACK}/quiz.html`;
const SCEN = `scenarios/${CASE}.html`;
const EN = (p) => `${origin}/${p}`;
const CY = (p) => `${origin}/cy/${p}`;
const FILE = (p) => `file://${site}/${p}`;

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

// The header's switch link: its text, lang, hreflang and where it goes.
const switchLink = (page) => page.evaluate(() => {
  const a = document.querySelector('header .sp-language a');
  return a && { text: a.textContent, lang: a.getAttribute('lang'), hreflang: a.getAttribute('hreflang'), href: a.href };
});
// Follows the page's own switch link, as a learner would, to the page in
// lang; checks the link says where it goes.
async function switchTo(page, lang, want, name) {
  const a = await switchLink(page);
  check(`${name}: the switch link is marked lang="${lang}" hreflang="${lang}"`, a && a.lang === lang && a.hreflang === lang, a);
  check(`${name}: the switch link goes to the same page in the other language`, a && a.href === want, [a && a.href, want]);
  await Promise.all([page.waitForURL(want), page.click('header .sp-language a')]);
  await page.waitForSelector('.sp-bar');
  check(`${name}: the page reached says lang="${lang}"`, await page.getAttribute('html', 'lang') === lang);
}

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
  const question = await page.textContent('li.sp-item:not([hidden]) .sp-question');
  const englishQuestion = await page.evaluate((id) => [...document.querySelectorAll('#sp-strings [data-sp-for]')]
    .filter((e) => e.dataset.spFor === id && e.lang === 'en').map((e) => e.textContent)[0], (await current(page)).id);
  check('Welsh quiz: the question is the Welsh translation, not the English', typeof englishQuestion === 'string' &&
    question !== englishQuestion && (await page.$('li.sp-item:not([hidden]) .sp-question[lang], li.sp-item:not([hidden]) .sp-choice [lang]')) === null,
    [question, englishQuestion]);
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

// ---- the switch, over file://: three answers in Welsh, the page's link ----
{
  const page = await newPage();
  await page.goto(FILE(`cy/${QUIZ}`));
  await page.waitForSelector('.sp-bar');
  const asked = [];
  for (let i = 0; i < 3; i++) {
    asked.push((await current(page)).id);
    await answerOne(page);
    await page.click('li.sp-item:not([hidden]) .sp-next');
  }
  const fourth = (await current(page)).id;
  const welsh4 = await page.textContent('li.sp-item:not([hidden]) .sp-question');
  const saved = await page.evaluate(() => {
    const k = Object.keys(localStorage).find((x) => /^sharepack:police-and-justice:[0-9a-f]{16}$/.test(x));
    return k && { key: k, state: JSON.parse(localStorage.getItem(k)) };
  });
  check('switch: the Welsh page saved three answers', saved && Object.keys(saved.state.answers).length === 3, saved);
  await switchTo(page, 'en', FILE(QUIZ), 'switch to English');
  const now = await current(page);
  check('switch: the English page carries on at question 4', now && now.id === fourth, [now, fourth]);
  const english4 = await page.textContent('li.sp-item:not([hidden]) .sp-question');
  check('switch: question 4 now asked in English', english4 !== welsh4, [english4, welsh4]);
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
  const fifth = (await current(page)).id;
  await switchTo(page, 'cy', FILE(`cy/${QUIZ}`), 'switch back to Welsh');
  const back = await page.textContent('.sp-bar');
  check('switch: back in Welsh, question 5 with four answers', back.includes('Cwestiwn 5 o 32') && back.includes("o'r 4 a atebwyd"), back);
  check('switch: back in Welsh, the same fifth question', (await current(page)).id === fifth);
  await page.context().close();
}

// ---- the branching case, over file://: two decisions in Welsh, then English ----
{
  const page = await newPage();
  await page.goto(FILE(`cy/${SCEN}`));
  await page.waitForSelector('.sp-bar');
  // The Welsh page shows the translated script (scenarios/cy/), not the
  // English one marked as English: only its cited source stays English.
  const h1 = await page.textContent('article.sp-scenario h1');
  check('Welsh case: the title is the Welsh script\'s', h1.startsWith('Mae bachgen 15 oed yn mynd ar goll'), h1);
  const step1 = await page.textContent('section.sp-step:not([hidden]) .sp-step-text');
  check('Welsh case: the first step\'s text is the Welsh script\'s', step1.includes('Mae mam Rhys Pryce, 15 oed'), step1);
  const marked = await page.$$eval('article.sp-scenario [lang]', (es) => es.map((e) => e.className || e.tagName));
  check('Welsh case: nothing in the case marked as in another language but its source', marked.length === 1 &&
    (await page.$('article.sp-scenario .sp-provenance [lang="en"]')) !== null, marked);
  const status0 = await page.textContent('.sp-progress-text');
  check('Welsh case: "Penderfyniad 1"', status0 === 'Penderfyniad 1', status0);
  check('Welsh case: "Dechrau eto"', (await page.textContent('.sp-bar button')) === 'Dechrau eto');
  const chosen = [];
  for (let i = 0; i < 2; i++) {
    // The expected choices: found, school_call, then informant.
    chosen.push(await page.getAttribute('section.sp-step:not([hidden]) li[data-sp-grade="expected"]', 'data-sp-go'));
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
  check('Welsh case: the path names the Welsh choices', path1[0] && path1[0].includes('Dweud wrth y gwasanaethau cymdeithasol plant'), path1);
  const step = await page.evaluate(() => document.querySelector('section.sp-step:not([hidden])').dataset.spStep);
  check('Welsh case: two decisions lead to the third step', step === chosen[1], [step, chosen]);
  const shown = await page.evaluate(() => [...document.querySelectorAll('.sp-bar, .sp-path')].map((e) => e.textContent).join(' | '));
  check('Welsh case: none of the player\'s English on the page', english(shown).length === 0, english(shown));
  await switchTo(page, 'en', FILE(SCEN), 'switch (case) to English');
  const nowStep = await page.evaluate(() => document.querySelector('section.sp-step:not([hidden])').dataset.spStep);
  check('switch (case): the English page is at the same step', nowStep === step, [nowStep, step]);
  const status = await page.textContent('.sp-progress-text');
  check('switch (case): in English, decision 3 with the two made', /^Decision 3\. Score so far: 2 of 2$/.test(status), status);
  const path2 = await page.$$eval('.sp-path li', (ls) => ls.map((l) => l.textContent));
  check('switch (case): the same path, in English', path2.length === 2 && path2.every((t, i) => t.startsWith(`Decision ${i + 1}: `)) &&
    path2[0].includes("Tell children's social care today"), path2);
  check('switch (case): no notice', (await page.$('.sp-notice')) === null);
  const keys = await sharepackKeys(page);
  check('switch (case): no storage key names a language', keys.every((k) => !/(^|:)(cy|en)(-GB)?(:|$)/.test(k)), keys);
  await switchTo(page, 'cy', FILE(`cy/${SCEN}`), 'switch (case) back to Welsh');
  const again = await page.evaluate(() => document.querySelector('section.sp-step:not([hidden])').dataset.spStep);
  const status2 = await page.textContent('.sp-progress-text');
  check('switch (case): back in Welsh, the same step and decision 3', again === step && status2.startsWith('Penderfyniad 3'), [again, status2]);
  await page.context().close();
}

// ---- pages of both languages: lang, hreflang, the switch link, axe at 320 px ----
{
  const pages = ['index.html', `packs/${PACK}/index.html`, QUIZ, SCEN, 'guidance/golden-rules-2024.html',
    'briefings/golden-rules-2024-7-minute.html'];
  const narrow = await newPage({ viewport: { width: 320, height: 640 } });
  for (const p of pages) {
    for (const [lang, other, url, there] of [['cy', 'en', CY(p), EN(p)], ['en', 'cy', EN(p), CY(p)]]) {
      const name = `${lang === 'cy' ? 'Welsh' : 'English'} ${p}`;
      await narrow.goto(url);
      check(`${name}: <html lang="${lang}">`, await narrow.getAttribute('html', 'lang') === lang);
      const a = await switchLink(narrow);
      check(`${name}: a switch link to the ${other} page, marked lang and hreflang "${other}"`, a && a.lang === other &&
        a.hreflang === other && a.href === there, a);
      const alt = await narrow.$$eval('link[rel=alternate][hreflang]', (ls) => ls.map((l) => `${l.hreflang} ${l.href}`).sort());
      check(`${name}: alternate links to both versions`, alt.join() === [`cy ${CY(p)}`, `en ${EN(p)}`].join(), alt);
      await noOverflow(narrow, name);
      await axeCheck(narrow, `${name} at 320 px`);
    }
  }
  await narrow.context().close();
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
    check(`xAPI, ${name} page: the question's name in both languages`, names && names[tag] === titles.here &&
      typeof titles.there === 'string' && names[other] === titles.there && titles.there !== titles.here, [names, titles]);
    await page.context().close();
  }
}

await finish();
report('browser');
