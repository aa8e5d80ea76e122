// A quiz's progress in the LMS's suspend data at its longest (issue 14):
// SCORM 1.2 keeps 4096 characters, and `sharepack package` refuses a pack
// whose progress could need more, saying how many characters and how many
// questions fit (tests/tier-lms.sh checks the message). Here scorm-again
// plays the LMS: a pack of exactly the most questions the message allows
// resumes from the longest progress the page can write (every answer, every
// time at the cap, the largest seed) and saves it back within 4096; and for
// a pack one question too big, the page's longest progress is exactly the
// length the message names, so the refusal is neither early nor late.
// Prints "browser: N passed, N failed".
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, SHAREPACK, check, report, setup } from './lib.mjs';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sharepack-suspend-'));
// The starter project (4 questions) with n more "myth or fact?" statements.
function project(name, n) {
  const dir = path.join(tmp, name);
  execFileSync(SHAREPACK, ['new', '-q', dir]);
  for (let i = 0; i < n; i++) {
    const v = i % 2 ? 'myth' : 'fact';
    fs.writeFileSync(path.join(dir, 'content/myths', `gen-${i}.md`), `---
kind: myth
title: "Statement ${i}"
verdict: ${v}
source: "Working Together to Safeguard Children 2023, paragraph 31"
---
**This is a ${v}.** Statement ${i}.
`);
  }
  return dir;
}
// package's verdict on dir for SCORM version v: the exit status and stderr.
function pack(dir, v) {
  const r = spawnSync(SHAREPACK, ['package', '-q', '--scorm', v, '-o', path.join(tmp, 'p.zip'), '.'], { cwd: dir, encoding: 'utf8' });
  return { status: r.status, err: r.stderr };
}

// A test LMS of either version with the SCO in a frame, preloaded with
// what it kept from an earlier session.
fs.writeFileSync(path.join(tmp, 'lms.html'), `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Test LMS</title><script src="/lib/scorm12.js"></script><script src="/lib/scorm2004.js"></script><script>
var q = new URLSearchParams(location.search), v12 = q.get('v') === '1.2';
var api = v12 ? new Scorm12API({ logLevel: 5 }) : new Scorm2004API({ logLevel: 5 });
if (window.__preload) api.loadFromJSON(window.__preload, '');
if (v12) window.API = api; else window.API_1484_11 = api;
window.lmsState = function () { return api.renderCMIToJSONObject(api.cmi, true).cmi; };
</script></head><body><iframe title="The course" id="sco" style="width:100%;height:900px"></iframe>
<script>document.getElementById('sco').src = q.get('sco');</script></body></html>`);

const big = pack(project('over', 300), '1.2');
const said = /can take (\d+) characters of suspend data, and SCORM 1\.2 keeps 4096 \(enough for (\d+) questions\)/.exec(big.err);
check('package: SCORM 1.2 refuses 304 questions, naming the worst case and what fits', big.status !== 0 && said, big.err);
const worst = said ? Number(said[1]) : 0;
const most = said ? Number(said[2]) : 0;
const fits = project('fits', most - 4);
check(`package: SCORM 1.2 takes ${most} questions`, pack(fits, '1.2').status === 0);
check(`package: SCORM 1.2 refuses ${most + 1} questions`, pack(project('one-more', most - 3), '1.2').status !== 0);

const { site, origin, build, newPage, finish } = await setup(fits, { '/host/': tmp, '/lib/': path.join(ROOT, 'tests/node_modules/scorm-again/dist') });
const QUIZ = 'packs/information-sharing/quiz.html';

// The longest progress encode() can write for the quiz on the site: in its
// key order, the largest seed, every question answered (the first choice)
// in seconds far over the cap, the current question past the last, and
// both times set. Returns it with the seconds the page keeps (the cap).
function longest() {
  const html = fs.readFileSync(path.join(site, QUIZ), 'utf8');
  const qs = [...html.matchAll(/<li class="sp-item[^"]*" id="[^"]*" data-sp-id="[^"]*" data-sp-kind="([^"]*)" data-sp-expected="[^"]*" data-sp-hash="([0-9a-f]{8})/g)];
  const n = qs.length;
  const at = '2026-11-30T08:00:00.000Z';
  const state = (secs) => ({ v: 3, r: 4294967295, o: qs.map((_, i) => n - 1 - i), a: 'a'.repeat(n), s: qs.map(() => secs),
    k: qs.map((_, i) => qs[n - 1 - i][2]).join(''), c: n, t: at, f: at });
  return { n, given: JSON.stringify(state(123456)), kept: JSON.stringify(state(9999)) };
}

async function resume(v, text) {
  const page = await newPage();
  const preload = v === '1.2' ? { cmi: { suspend_data: text, core: { entry: 'resume' } } } : { cmi: { suspend_data: text, entry: 'resume' } };
  await page.addInitScript((p) => { window.__preload = p; }, preload);
  await page.goto(`${origin}/host/lms.html?v=${v}&sco=${encodeURIComponent(`${origin}/${QUIZ}`)}`);
  const frame = page.frame({ url: (u) => u.pathname.endsWith('/quiz.html') });
  await frame.waitForSelector('.sp-results:not([hidden])');
  const line = await frame.textContent('.sp-result-line');
  const cmi = await page.evaluate(() => window.lmsState());
  await page.context().close();
  return { line, saved: cmi.suspend_data };
}

try {
  {
    const q = longest();
    const r = await resume('1.2', q.given);
    check(`1.2, ${q.n} questions: resumes from the longest progress (every answer kept)`, r.line.startsWith(`You answered `) &&
      r.line.includes(` of ${q.n} as the guidance expects`), r.line);
    check(`1.2, ${q.n} questions: saves it back, seconds capped, as long as it can be`, r.saved === q.kept, [r.saved.length, q.kept.length]);
    check(`1.2, ${q.n} questions: within 4096 characters`, r.saved.length <= 4096, r.saved.length);
    console.log(`suspend data: ${q.n} questions take at most ${r.saved.length} of SCORM 1.2's 4096 characters`);
  }
  {
    build(path.join(tmp, 'over'));
    const q = longest();
    const r = await resume('2004', q.given);
    check(`2004, ${q.n} questions: saves the longest progress`, r.saved === q.kept, [r.saved.length, q.kept.length]);
    check(`${q.n} questions: the worst case package names is the page's own`, r.saved.length === worst, [r.saved.length, worst]);
  }
} catch (e) {
  check('browser tests ran to the end', false, e.stack || String(e));
} finally {
  await finish();
  fs.rmSync(tmp, { recursive: true, force: true });
}
report('browser');
