// xAPI statements from a real browser: a site built with --xapi-endpoint
// (and the same pages given the endpoint by launch parameters) sends one
// "answered" statement per answer and "completed" plus "passed"/"failed" at
// the end to a stand-in LRS on 127.0.0.1. Each statement is checked with the
// published xapi-validation library, and the responses against the choices
// (which that library does not check). The endpoint and its key come from
// one place: a page built with both, opened with a launch address naming
// another listener, sends nothing there, and its policy allows only its own
// endpoint. Prints "browser: N passed, N failed".
import http from 'node:http';
import { createRequire } from 'node:module';
import { check, report, setup } from './lib.mjs';

const require = createRequire(import.meta.url);
const validate = require('xapi-validation').default;
const { origin, build, newPage, finish, statements, violations } = await setup();

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
  // What `sharepack report` reads (generator/report_xapi.h): one
  // registration for the attempt, the language, the content hashes.
  const regs = new Set(parsed.map((s) => s.context && s.context.registration));
  check(`${name}: one registration (a UUID) for the attempt`, regs.size === 1 && UUID.test([...regs][0]), [...regs]);
  check(`${name}: the language in every context`, parsed.every((s) => s.context.language === 'en-GB'));
  return parsed;
}
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const HASH = 'urn:sharepack:content-hash';
const AGENCY = 'urn:sharepack:agency';
// The content hashes the page gives: its pack's or scenario's, and each question's.
async function pageHashes(page) {
  return page.evaluate(() => ({
    own: document.querySelector('[data-sp-pack][data-sp-hash], [data-sp-scenario][data-sp-hash]').dataset.spHash,
    items: Object.fromEntries([...document.querySelectorAll('li[data-sp-id]')].map((li) => [li.dataset.spId, li.dataset.spHash])),
  }));
}
function ends(list) { return list.filter((s) => !s.verb.id.endsWith('/answered')); }

try {
  build(undefined, ['--xapi-endpoint', `${origin}/xapi/`, '--xapi-auth', 'Basic dGVzdDp0ZXN0']);
  const page = await newPage();
  await page.goto(`${origin}/packs/police-and-justice/quiz.html`);
  await page.selectOption('#sp-agency', 'police');
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
  const hashes = await pageHashes(page);
  check('quiz: each answer carries its question\'s content hash', quiz.filter((s) => s.verb.id.endsWith('/answered')).every((s) =>
    s.object.definition.extensions[HASH] === hashes.items[s.object.id.split(':').pop()] && /^[0-9a-f]{16}$/.test(s.object.definition.extensions[HASH])));
  check('quiz: completed and passed or failed carry the pack\'s content hash', ends(quiz).length === 2 &&
    ends(quiz).every((s) => s.context.extensions[HASH] === hashes.own), ends(quiz).map((s) => s.context));
  check('quiz: the agency chosen in every statement', quiz.every((s) => s.context.extensions[AGENCY] === 'police'));
  await page.reload();
  await page.waitForTimeout(300);
  check('quiz: completion is not sent twice on reload', statements.length === 0, statements.length);
  // A new attempt is a new registration; a reload part-way keeps it.
  await page.click('text=Try again');
  for (let i = 0; i < 2; i++) {
    // The reload waits for the statement: it would cut its request short.
    if (i) await arrived(1), await page.reload();
    await page.click('li.sp-item:not([hidden]) input + label');
    await page.click('li.sp-item:not([hidden]) .sp-form button[type=submit]');
    await page.click('li.sp-item:not([hidden]) .sp-next');
  }
  await arrived(2);
  const retry = statements.splice(0).map((s) => JSON.parse(s.body));
  check('quiz: a new attempt has a new registration, kept over a reload', retry.length === 2 &&
    retry[0].context.registration === retry[1].context.registration &&
    retry[0].context.registration !== quiz[0].context.registration, retry.map((s) => s.context.registration));
  await page.context().close();

  // A launch address naming another endpoint, key and learner, on a page
  // built with its own: a listener of the test's stands for the other LRS.
  const other = [];
  const listener = http.createServer((req, res) => {
    other.push({ method: req.method, url: req.url, headers: req.headers });
    res.writeHead(200, { 'access-control-allow-origin': '*', 'access-control-allow-headers': '*' });
    res.end('[]');
  });
  await new Promise((r) => listener.listen(0, '127.0.0.1', r));
  const elsewhere = `http://127.0.0.1:${listener.address().port}/xapi/`;
  const them = JSON.stringify({ objectType: 'Agent', name: 'Someone else', mbox: 'mailto:else@example.org' });
  const p4 = await newPage();
  await p4.goto(`${origin}/packs/health/quiz.html?endpoint=${encodeURIComponent(elsewhere)}` +
    `&auth=${encodeURIComponent('Basic bGF1bmNoOmtleQ==')}&actor=${encodeURIComponent(them)}`);
  await p4.click('li.sp-item:not([hidden]) input + label');
  await p4.click('li.sp-item:not([hidden]) .sp-form button[type=submit]');
  await arrived(1);
  const mine = statements.splice(0);
  check('launch address over a built-in key: nothing reaches the endpoint it names', other.length === 0, other);
  check('launch address over a built-in key: the statement goes to the built-in endpoint with its key', mine.length === 1 &&
    mine[0].headers.authorization === 'Basic dGVzdDp0ZXN0', mine.map((s) => s.headers.authorization));
  check('launch address over a built-in key: its actor does not name the record', mine.length === 1 &&
    JSON.parse(mine[0].body).actor.account && !JSON.parse(mine[0].body).actor.mbox, mine.map((s) => JSON.parse(s.body).actor));
  const policy = await p4.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  check('built-in endpoint: the page may connect to it alone', policy.endsWith(`; connect-src ${origin}/xapi/`), policy);
  const refused = await p4.evaluate(async (u) => {
    try { await fetch(u, { method: 'POST', body: '{}' }); return false; } catch (e) { return true; }
  }, `${elsewhere}statements`);
  check('built-in endpoint: the policy refuses any other, a script\'s own request included', refused && other.length === 0);
  // That refusal was the test's own doing, not the page's.
  await p4.waitForTimeout(300);
  const ours = violations.filter((v) => v.includes(elsewhere.slice(0, -6)));
  check('built-in endpoint: the refusal is reported as a violation', ours.length > 0);
  violations.splice(0, violations.length, ...violations.filter((v) => !ours.includes(v)));
  await p4.context().close();
  listener.close();

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
  const scenHashes = await pageHashes(p2);
  check('scenario: completed carries the scenario\'s content hash', ends(scenStatements).length >= 1 &&
    ends(scenStatements).every((s) => s.context.extensions[HASH] === scenHashes.own));
  check('scenario: no agency where none was asked', scenStatements.every((s) => !(s.context.extensions || {})[AGENCY]));
  await p2.context().close();

  // A launch address that is not an http(s) one is no endpoint.
  for (const bad of ['javascript:alert(1)//', 'file:///etc/passwd', 'data:text/plain,x', 'statements']) {
    const p5 = await newPage();
    await p5.goto(`${origin}/packs/health/quiz.html?endpoint=${encodeURIComponent(bad)}&auth=x`);
    check(`launch endpoint ${bad}: no xAPI at all`, await p5.evaluate(() => window.SharepackXAPI === null));
    await p5.context().close();
  }

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
