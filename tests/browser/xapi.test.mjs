// xAPI statements from a real browser: a site built with --xapi-endpoint
// (and the same pages given the endpoint by launch parameters) sends one
// "answered" statement per answer and "completed" plus "passed"/"failed" at
// the end to a stand-in LRS on 127.0.0.1. Each statement is checked with the
// published xapi-validation library, and the responses against the choices
// (which that library does not check). Prints "browser: N passed, N failed".
import { createRequire } from 'node:module';
import { check, report, setup } from './lib.mjs';

const require = createRequire(import.meta.url);
const validate = require('xapi-validation').default;
const { origin, build, newPage, finish, statements } = await setup();

// Statements arrive asynchronously: wait (up to 10 s) until at least want
// have come, then a little longer for any extra ones.
async function arrived(want) {
  for (let i = 0; i < 100 && statements.length < want; i++) await new Promise((r) => setTimeout(r, 100));
  await new Promise((r) => setTimeout(r, 300));
}

function checkStatements(name, list, answers, completion) {
  const parsed = list.map((s) => JSON.parse(s.body));
  const problems = parsed.map((s) => validate(s)).filter((w) => w.length);
  check(`${name}: every statement is valid xAPI`, problems.length === 0, problems.slice(0, 1).map((w) => w.map((x) => x.path.join('.'))));
  check(`${name}: xAPI version header`, list.every((s) => s.headers['x-experience-api-version'] === '1.0.3'));
  const answered = parsed.filter((s) => s.verb.id === 'http://adlnet.gov/expapi/verbs/answered');
  check(`${name}: one "answered" per answer`, answered.length === answers, `${answered.length} of ${answers}`);
  check(`${name}: responses are among the choices`, answered.every((s) => {
    const ids = s.object.definition.choices.map((c) => c.id);
    return ids.includes(s.result.response) && s.object.definition.correctResponsesPattern.every((p) => ids.includes(p)) &&
      s.result.success === s.object.definition.correctResponsesPattern.includes(s.result.response);
  }));
  for (const verb of completion) {
    check(`${name}: a "${verb}" statement`, parsed.filter((s) => s.verb.id.endsWith(`/${verb}`)).length === 1);
  }
  return parsed;
}

try {
  build(undefined, ['--xapi-endpoint', `${origin}/xapi/`, '--xapi-auth', 'Basic dGVzdDp0ZXN0']);
  const page = await newPage();
  await page.goto(`${origin}/packs/police-and-justice/quiz.html`);
  const n = await page.evaluate(() => document.querySelectorAll('li.sp-item').length);
  for (let i = 0; i < n; i++) {
    const kind = await page.evaluate(() => document.querySelector('li.sp-item:not([hidden])').dataset.spKind);
    await page.click(`li.sp-item:not([hidden]) input[value="${kind === 'myth' ? 'myth' : 'share'}"] + label`);
    await page.click('li.sp-item:not([hidden]) .sp-form button[type=submit]');
    await page.click('li.sp-item:not([hidden]) .sp-next');
  }
  await page.waitForSelector('.sp-results:not([hidden])');
  await arrived(n + 2);
  const sent = statements.splice(0);
  const quiz = checkStatements('quiz', sent, n, ['completed']);
  check('quiz: passed or failed stated', quiz.filter((s) => /\/(passed|failed)$/.test(s.verb.id)).length === 1);
  check('quiz: the built-in auth header is sent', sent.every((s) => s.headers.authorization === 'Basic dGVzdDp0ZXN0'));
  await page.reload();
  await page.waitForTimeout(300);
  check('quiz: completion is not sent twice on reload', statements.length === 0, statements.length);
  await page.context().close();

  // Launch parameters instead of build settings: a site built without
  // --xapi-endpoint, launched the way an LMS launches xAPI content.
  build();
  const actor = JSON.stringify({ objectType: 'Agent', name: 'Sam', mbox: 'mailto:sam@example.org' });
  const p2 = await newPage();
  const scen = '/scenarios/school-disclosure.html';
  await p2.goto(`${origin}${scen}?endpoint=${encodeURIComponent(`${origin}/xapi/`)}&auth=${encodeURIComponent('Basic eDp5')}&actor=${encodeURIComponent(actor)}`);
  let decisions = 0;
  for (let i = 0; i < 20; i++) {
    if (await p2.isVisible('.sp-results:not([hidden])')) break;
    await p2.click('section.sp-step:not([hidden]) li[data-sp-grade="expected"] > button, section.sp-step:not([hidden]) li[data-sp-expected="true"] > button');
    await p2.click('section.sp-step:not([hidden]) .sp-next');
    decisions++;
  }
  await arrived(decisions + 1);
  const got = statements.splice(0);
  const scenStatements = checkStatements('scenario (launch parameters)', got, decisions, ['completed']);
  check('scenario: the launch actor is used', scenStatements.every((s) => s.actor.mbox === 'mailto:sam@example.org'));
  check('scenario: the launch auth is used', got.every((s) => s.headers.authorization === 'Basic eDp5'));
  await p2.context().close();

  // Without either, nothing is sent.
  const p3 = await newPage();
  await p3.goto(`${origin}/packs/health/quiz.html`);
  await p3.click('li.sp-item:not([hidden]) input + label');
  await p3.click('li.sp-item:not([hidden]) .sp-form button[type=submit]');
  await p3.waitForTimeout(300);
  check('without an endpoint no statement is sent', statements.length === 0);
  await p3.context().close();
} catch (e) {
  check('xAPI tests ran to the end', false, e.stack || String(e));
} finally {
  await finish();
}
report('browser');
