// The learner's quiz in a real browser: Debian's chromium driven by
// playwright-core. Builds the default pack, then answers quizzes as a learner
// would (mouse and keyboard), and checks scores against the expected answers
// read straight from the content files, resume, results files, network
// silence, accessibility (axe-core), 320 px layout and printing.
// Prints "browser: N passed, N failed".
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = process.env.SHAREPACK_BIN ? path.resolve(ROOT, process.env.SHAREPACK_BIN) : path.join(ROOT, 'build');
const SHAREPACK = path.join(BIN, 'sharepack');
const AXE = path.join(ROOT, 'tests/node_modules/axe-core/axe.min.js');
const SHOTS = path.join(ROOT, 'build/screenshots');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sharepack-browser-'));

let passed = 0;
let failed = 0;
function check(name, cond, detail) {
  if (cond) { passed++; return; }
  failed++;
  console.log(`FAIL: ${name}${detail !== undefined ? `: ${typeof detail === 'string' ? detail : JSON.stringify(detail)}` : ''}`);
}

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
const other = { share: 'no-share', 'no-share': 'share', myth: 'fact', fact: 'myth' };

// ---- a site and a server that records every request ----
const site = path.join(work, 'site');
execFileSync(SHAREPACK, ['build', '-q', '-o', site, '.'], { cwd: ROOT });
const served = [];
const server = http.createServer((req, res) => {
  served.push(req.url);
  const file = path.join(site, decodeURIComponent(new URL(req.url, 'http://x').pathname));
  if (!file.startsWith(site) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
    res.writeHead(404); res.end(); return;
  }
  const type = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript' }[path.extname(file)] || 'application/octet-stream';
  res.writeHead(200, { 'content-type': type });
  res.end(fs.readFileSync(file));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});

// Every request any page makes must be for the site's own files.
const foreign = [];
const failedRequests = [];
async function newPage(opts = {}) {
  const context = await browser.newContext({ acceptDownloads: true, ...opts });
  const page = await context.newPage();
  page.on('request', (r) => {
    const u = r.url();
    if (!(u.startsWith(origin + '/') || u.startsWith('file://' + site + '/') || u.startsWith('blob:') || u === 'about:blank')) foreign.push(u);
  });
  page.on('requestfailed', (r) => failedRequests.push(r.url()));
  page.on('pageerror', (e) => check('no script error', false, String(e)));
  return page;
}

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
  return page.evaluate(() => document.querySelectorAll('li.sp-item').length);
}

async function axeCheck(page, name) {
  await page.addScriptTag({ path: AXE });
  const res = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  });
  check(`axe: ${name}`, res.length === 0, res);
}

async function noOverflow(page, name) {
  const w = await page.evaluate(() => document.documentElement.scrollWidth);
  check(`320px: ${name} has no horizontal overflow`, w <= 320, `scrollWidth ${w}`);
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
    const activeIs = (sel) => page.evaluate((s) => document.activeElement && document.activeElement.matches(s), sel);
    async function tabTo(sel, max = 60) {
      for (let i = 0; i < max; i++) {
        if (await activeIs(sel)) return true;
        await page.keyboard.press('Tab');
      }
      return activeIs(sel);
    }
    let ok = true;
    let visibleFocus = true;
    for (let k = 0; k < n && ok; k++) {
      const q = await current(page);
      const want = expected[q.id].expected;
      ok = await tabTo('li.sp-item:not([hidden]) input[type=radio]');
      // Arrow keys move within the radio group; stop on the expected one.
      for (let i = 0; i < 4 && ok; i++) {
        if (await activeIs(`input[value="${want}"]`)) break;
        await page.keyboard.press('ArrowDown');
      }
      await page.keyboard.press('Space');
      ok = ok && await tabTo('li.sp-item:not([hidden]) .sp-form button[type=submit]');
      const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
      visibleFocus = visibleFocus && outline !== 'none';
      await page.keyboard.press('Enter');
      ok = ok && await activeIs('li.sp-item:not([hidden]) .sp-feedback');
      ok = ok && await tabTo('li.sp-item:not([hidden]) .sp-next');
      await page.keyboard.press('Enter');
    }
    check('keyboard: every question answered by keyboard', ok);
    check('keyboard: focus is visible on buttons', visibleFocus);
    check('keyboard: focus moves to the results', await activeIs('#sp-results-title'));
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
    fs.cpSync(path.join(ROOT, 'themes'), path.join(changed, 'themes'), { recursive: true });
    const v = path.join(changed, 'content/vignettes', fs.readdirSync(path.join(changed, 'content/vignettes'))[0]);
    fs.writeFileSync(v, fs.readFileSync(v, 'utf8').replace('\n## Why', '\nA new fact has come to light.\n\n## Why'));
    execFileSync(SHAREPACK, ['build', '-q', '-o', site, '.'], { cwd: changed });
    await page.reload();
    check('changed pack: does not resume stale answers', (await page.textContent('.sp-progress-text')) === `Question 1 of ${n}` &&
      (await page.textContent('.sp-score')).includes('0 of 0'));
    execFileSync(SHAREPACK, ['build', '-q', '-o', site, '.'], { cwd: ROOT });
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

  // 9. Nothing but the site's own files was ever requested, and all exist.
  check('network: no request to any other site', foreign.length === 0, foreign.slice(0, 5));
  check('network: no failed request', failedRequests.length === 0, failedRequests.slice(0, 5));
  check('network: the server saw only site files', served.every((u) => !u.includes('..')));

  // 10. The budget: quiz script and stylesheet under 40 KB together.
  const size = fs.statSync(path.join(site, 'assets/quiz.js')).size + fs.statSync(path.join(site, 'assets/style.css')).size;
  check('budget: quiz.js + style.css under 40 KB', size < 40 * 1024, `${size} bytes`);
} catch (e) {
  check('browser tests ran to the end', false, e.stack || String(e));
} finally {
  await browser.close();
  server.close();
  fs.rmSync(work, { recursive: true, force: true });
}
console.log(`browser: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
