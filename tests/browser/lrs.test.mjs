// A real Learning Record Store, end to end: Learning Locker's statement
// service (the npm package xapi-statements, pinned in tests/package.json)
// runs on 127.0.0.1 with its in-memory store (through lrs-server.cjs,
// which gives statements ids that page exactly: it says why). Its
// credentials are checked the way it checks them in production, by asking
// a client-info address, here a listener of the test's that knows one key. Chromium answers a
// quiz (with an agency) and a branching scenario on a site built with
// --xapi-endpoint; `sharepack report --lrs` then reads the statements
// back, pages of 3 forced with SHAREPACK_LRS_LIMIT, and the database must
// hold what the browser answered. A second run adds nothing (since); a
// wrong key fails with the LRS's 401 and never prints the key.
// Prints "browser: N passed, N failed".
import { execFile, execFileSync, fork } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { createRequire } from 'node:module';
import { ROOT, SHAREPACK, check, report, setup } from './lib.mjs';

const require = createRequire(import.meta.url);
const KEY = `Basic ${Buffer.from('sharepack:lrs-test-secret').toString('base64')}`;
const WRONG = `Basic ${Buffer.from('sharepack:not-the-key').toString('base64')}`;

async function freePort() {
  const s = net.createServer();
  await new Promise((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address();
  await new Promise((r) => s.close(r));
  return port;
}

// The client-info address the LRS asks about each request's key: the one
// key it knows is a trusted client allowed everything; any other is none.
const auth = http.createServer((req, res) => {
  if (req.headers.authorization !== KEY) { res.writeHead(404); res.end(); return; }
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ _id: '5a0000000000000000000001', title: 'sharepack tests', isTrusted: true,
    authority: { objectType: 'Agent', mbox: 'mailto:tests@sharepack.invalid' },
    lrs_id: '5a0000000000000000000002', organisation: '5a0000000000000000000003', scopes: ['all'] }));
});
await new Promise((r) => auth.listen(0, '127.0.0.1', r));

const lrsPort = await freePort();
const LRS = `http://127.0.0.1:${lrsPort}`;
const ENDPOINT = `${LRS}/xAPI/`;
const lrsDir = fs.mkdtempSync(path.join(fs.realpathSync('/tmp'), 'sharepack-lrs-'));
// lrs-server.cjs: the package's server, with ids that page exactly (it says why).
const lrs = fork(path.join(path.dirname(new URL(import.meta.url).pathname), 'lrs-server.cjs'), [], {
  cwd: lrsDir,
  silent: true,
  env: {
    PATH: process.env.PATH, EXPRESS_PORT: String(lrsPort), MODELS_REPO: 'memory', STORAGE_REPO: 'local',
    EVENTS_REPO: 'test', AUTH_REPO: 'fetch', LL_CLIENT_INFO_ENDPOINT: `http://127.0.0.1:${auth.address().port}/auth`,
    FS_LOCAL_STORAGE_DIR: lrsDir, EXPRESS_MORGAN_DIRECTORY: path.join(lrsDir, 'logs'), WINSTON_CONSOLE_LEVEL: 'error',
    SERVICE_AWAIT_UPDATES: 'true',
  },
});
let lrsLog = '';
lrs.stdout.on('data', (c) => { lrsLog += c; });
lrs.stderr.on('data', (c) => { lrsLog += c; });
const ready = await Promise.race([
  new Promise((r) => lrs.on('message', (m) => r(m === 'ready'))),
  new Promise((r) => lrs.on('exit', () => r(false))),
  new Promise((r) => setTimeout(() => r(false), 30000)),
]);

// What the LRS holds, read the plain way (for waiting, not for checking).
async function held() {
  const r = await fetch(`${ENDPOINT}statements?limit=1000`, { headers: { Authorization: KEY, 'X-Experience-API-Version': '1.0.3' } });
  return r.ok ? (await r.json()).statements : [];
}
// At least n, and no more coming for half a second.
async function holding(n) {
  let got = [];
  for (let i = 0, last = -1; i < 100 && (got.length < n || got.length !== last); i++) {
    last = got.length;
    await new Promise((r) => setTimeout(r, i ? 500 : 0));
    got = await held();
  }
  return got;
}
// The results database, read with Python's sqlite3 (a test dependency).
function query(db, sql) {
  const py = 'import json, sqlite3, sys\nc = sqlite3.connect(sys.argv[1])\nc.row_factory = sqlite3.Row\n' +
    'print(json.dumps([dict(r) for r in c.execute(sys.argv[2])]))';
  return JSON.parse(execFileSync('python3', ['-c', py, db, sql], { encoding: 'utf8' }));
}
// Run without blocking: the LRS asks this process's listener about keys.
function runReport(db, key) {
  return new Promise((resolve) => execFile(SHAREPACK, ['report', '--db', db, '-o', path.join(lrsDir, 'report'), '--lrs', ENDPOINT,
    '--lrs-auth', key, '--project', ROOT], { encoding: 'utf8', env: { ...process.env, SHAREPACK_LRS_LIMIT: '3' } },
  (err, stdout, stderr) => resolve({ status: err ? err.code : 0, stdout, stderr })));
}

check('the LRS (xapi-statements) started on 127.0.0.1', ready, lrsLog.slice(0, 500));
const { origin, build, newPage, finish } = await setup(ROOT, {}, [LRS]);
try {
  if (!ready) throw new Error('no LRS');
  build(undefined, ['--xapi-endpoint', ENDPOINT, '--xapi-auth', KEY]);

  // A quiz, answered fully with an agency: each answer as it was given.
  const page = await newPage();
  await page.goto(`${origin}/packs/police-and-justice/quiz.html`);
  await page.selectOption('#sp-agency', 'youth-justice');
  const n = await page.evaluate(() => document.querySelectorAll('li.sp-item').length);
  const quizHashes = await page.evaluate(() => Object.fromEntries([...document.querySelectorAll('li.sp-item')]
    .map((li) => [li.dataset.spId, li.dataset.spHash])));
  const answered = {};
  for (let i = 0; i < n; i++) {
    const q = await page.evaluate(() => {
      const li = document.querySelector('li.sp-item:not([hidden])');
      return { id: li.dataset.spId, kind: li.dataset.spKind };
    });
    // A mix of answers, right and wrong.
    const value = q.kind === 'myth' ? (i % 2 ? 'myth' : 'fact') : (i % 3 ? 'share' : 'no-share');
    answered[q.id] = value;
    await page.click(`li.sp-item:not([hidden]) input[value="${value}"] + label`);
    await page.click('li.sp-item:not([hidden]) .sp-form button[type=submit]');
    await page.click('li.sp-item:not([hidden]) .sp-next');
  }
  await page.waitForSelector('.sp-results:not([hidden])');
  // Leaving the page would cut the last statements' requests short.
  await holding(n + 2);

  // A scenario, to its end: each decision's step and choice letter.
  await page.goto(`${origin}/scenarios/school-disclosure.html`);
  const decided = {};
  let decisions = 0;
  for (let i = 0; i < 20 && !(await page.isVisible('.sp-results:not([hidden])')); i++) {
    const step = await page.getAttribute('section.sp-step:not([hidden])', 'data-sp-step');
    const choice = page.locator('section.sp-step:not([hidden]) li[data-sp-grade] > button').nth(i % 2);
    decided[step] = await choice.evaluate((b) => b.closest('li').dataset.spChoice);
    await choice.click();
    await page.click('section.sp-step:not([hidden]) .sp-next');
    decisions++;
  }
  const steps = Object.keys(decided).length;
  // answered per question or decision, completed, and passed or failed
  // (the scenario's when it is graded).
  const stored = await holding(n + 2 + decisions + 1);
  const want = stored.length;
  check('the LRS holds every statement the pages sent', want >= n + 2 + decisions + 1 && want <= n + 2 + decisions + 2,
    `${want} for ${n} answers and ${decisions} decisions`);
  await page.context().close();

  const db = path.join(lrsDir, 'results.sqlite');
  const first = await runReport(db, KEY);
  check('report --lrs: exit 0', first.status === 0, first.stderr + first.stdout);
  check('report --lrs: says how many were added', first.stdout.includes(`LRS ${ENDPOINT}: ${want} statements added, 0 already stored`),
    first.stdout);
  const pages = fs.readFileSync(fs.readdirSync(path.join(lrsDir, 'logs')).map((f) => path.join(lrsDir, 'logs', f))[0], 'utf8')
    .split('\n').filter((l) => l.includes('GET /xAPI/statements?') && l.includes('limit=3')).length;
  check('report --lrs: pages of 3 followed ("more")', pages >= Math.ceil((n + 2) / 3) + Math.ceil((steps + 2) / 3), pages);

  const [quiz] = query(db, "SELECT * FROM attempt WHERE parent = 'police-and-justice'");
  check('quiz: one attempt, its registration, agency and language', quiz && quiz.key.startsWith('xapi:') &&
    quiz.agency === 'youth-justice' && quiz.parent_kind === 'pack' && quiz.lang === 'en-GB', quiz);
  const qa = query(db, `SELECT a.* FROM answer a JOIN attempt t ON t.id = a.attempt WHERE t.parent = 'police-and-justice'`);
  check('quiz: the stored answers are what the browser answered', qa.length === n && qa.every((a) => answered[a.item] === a.response),
    [qa.length, n, qa.filter((a) => answered[a.item] !== a.response).slice(0, 2)]);
  check('quiz: each answer with its question\'s content hash', qa.every((a) => a.item_hash === quizHashes[a.item]));
  check('quiz: the attempt finished, with its score', quiz && quiz.finished && quiz.max === n, quiz);
  const sa = query(db, `SELECT a.* FROM answer a JOIN attempt t ON t.id = a.attempt WHERE t.parent = 'school-disclosure'`);
  check('scenario: the stored decisions are the browser\'s', sa.length === steps && sa.every((a) => decided[a.item] === a.response),
    [sa, decided]);

  const counts = () => query(db, 'SELECT (SELECT count(*) FROM answer) AS a, (SELECT count(*) FROM attempt) AS t, ' +
    '(SELECT count(*) FROM source) AS s')[0];
  const before = counts();
  const again = await runReport(db, KEY);
  check('second run: exit 0, nothing added', again.status === 0 &&
    again.stdout.includes(`LRS ${ENDPOINT}: 0 statements added, 0 already stored`), again.stdout + again.stderr);
  check('second run: the database is unchanged', JSON.stringify(counts()) === JSON.stringify(before), [before, counts()]);
  const since = query(db, "SELECT value FROM state WHERE key LIKE 'lrs-since %urn:sharepack:pack:police-and-justice'");
  check('second run: since is the latest stored time', since.length === 1 &&
    since[0].value === stored.filter((s) => s.object.id.startsWith('urn:sharepack:pack:')).map((s) => s.stored).sort().pop(), since);

  const wrong = await runReport(db, WRONG);
  check('a wrong key: non-zero exit, the LRS\'s 401 and URL named', wrong.status !== 0 && /http:\/\/127\.0\.0\.1:\d+\/xAPI\/statements\?.*: error: the LRS answered HTTP 401/.test(wrong.stderr),
    wrong.stderr);
  check('a wrong key: the key is never printed', !(wrong.stderr + wrong.stdout).includes(WRONG.slice(6)) &&
    !(first.stderr + first.stdout).includes(KEY.slice(6)));
  check('a wrong key: nothing changed', JSON.stringify(counts()) === JSON.stringify(before));

  // Addresses refused before any request, the key never in a message.
  const cli = (args) => new Promise((resolve) => execFile(SHAREPACK, ['report', '--db', db, '--project', ROOT, ...args],
    { encoding: 'utf8' }, (err, stdout, stderr) => resolve({ status: err ? err.code : 0, out: stdout + stderr })));
  const ftp = await cli(['--lrs', `ftp://127.0.0.1:${lrsPort}/xAPI/`]);
  check('an ftp address: refused', ftp.status === 1 && ftp.out.includes(': error: an LRS address must start with http:// or https://'), ftp);
  const inUrl = await cli(['--lrs', `http://sharepack:lrs-test-secret@127.0.0.1:${lrsPort}/xAPI/`]);
  check('a key inside the address: refused, not printed', inUrl.status === 1 && inUrl.out.includes('--lrs: error: the LRS address has a user') &&
    !inUrl.out.includes('lrs-test-secret'), inUrl);
  const broken = await cli(['--lrs', ENDPOINT, '--lrs-auth', `${KEY}\r\nX-Other: 1`]);
  check('a key with a line break: refused, not printed', broken.status === 1 && broken.out.includes('line break') &&
    !broken.out.includes(KEY.slice(6)), broken);
  const alone = await cli(['--lrs-auth', KEY]);
  check('--lrs-auth without --lrs: a usage error', alone.status === 2 && alone.out.includes('--lrs-auth goes with --lrs'), alone);
  check('refused addresses: nothing changed', JSON.stringify(counts()) === JSON.stringify(before));
} catch (e) {
  check('LRS tests ran to the end', false, e.stack || String(e));
} finally {
  await finish();
  lrs.kill();
  auth.close();
  fs.rmSync(lrsDir, { recursive: true, force: true });
}
report('browser');
