// 'sharepack serve' in Chromium, as a writer uses it: a page open in the
// browser shows a saved change by itself; a broken file turns it into the
// error page naming the file and line, and fixing the file brings the page
// back; a page the change did not touch stays as it was (no reload). The
// layout carries a Content-Security-Policy with connect-src 'none', the
// policy every built page has, so the reload only works if serve lets its
// own script connect, and no violation may be reported.
// Prints "browser: N passed, N failed".
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, SHAREPACK, check, report } from './lib.mjs';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sharepack-serve-'));
const project = path.join(work, 'project');
fs.cpSync(path.join(ROOT, 'tests/regress/golden-build'), project, { recursive: true });
fs.cpSync(path.join(ROOT, 'themes'), path.join(project, 'themes'), { recursive: true });
const layout = path.join(project, 'themes/default/layout.html');
fs.writeFileSync(layout, fs.readFileSync(layout, 'utf8').replace('<meta charset="utf-8">',
  '<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="default-src \'self\'; object-src \'none\'; connect-src \'none\'">'));
const rules = path.join(project, 'content/guidance/rules.md');
const broken = path.join(project, 'content/broken.md');

// Starts serve on a free port and resolves with its address.
const server = spawn(SHAREPACK, ['serve', '--port', '0', '.'], { cwd: project, env: { ...process.env, TMPDIR: work } });
let said = '';
server.stderr.on('data', (d) => { said += d; });
const origin = await new Promise((resolve, reject) => {
  let out = '';
  server.stdout.on('data', (d) => {
    out += d;
    const m = out.match(/serving (http:\/\/127\.0\.0\.1:\d+)\//);
    if (m) resolve(m[1]);
  });
  server.on('exit', (code) => reject(new Error(`serve exited ${code}: ${said}`)));
  setTimeout(() => reject(new Error('serve did not start')), 10000);
});

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
const policyComplaints = [];
async function open(url) {
  const page = await browser.newPage();
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) policyComplaints.push(m.text()); });
  page.on('pageerror', (e) => check('serve: no script error', false, String(e)));
  await page.goto(url);
  return page;
}
// Resolves at the page's next load, or fails after 10 s.
const nextLoad = (page) => page.waitForEvent('load', { timeout: 10000 });

try {
  const page = await open(`${origin}/guidance/rules.html`);
  const other = await open(`${origin}/briefings/b.html`);
  await other.evaluate(() => { window.spUntouched = true; });
  check('serve: the page is served', (await page.textContent('h1')).includes('The golden rules'));
  // Give both pages' event streams time to connect.
  await page.waitForTimeout(500);

  let loaded = nextLoad(page);
  fs.appendFileSync(rules, '\nWritten while the page was open.\n');
  await loaded;
  check('serve: the open page shows the change by itself',
    (await page.textContent('main')).includes('Written while the page was open.'));
  await other.waitForTimeout(300);
  check('serve: a page the change did not touch is not reloaded',
    await other.evaluate(() => window.spUntouched === true));

  loaded = nextLoad(page);
  fs.writeFileSync(broken, '---\nkind: myth\ntitle: Broken\nverdict: perhaps\n---\n');
  await loaded;
  check('serve: a broken file shows the error page', (await page.textContent('h1')) === 'The site has errors');
  check('serve: the error page names the file and line',
    (await page.textContent('main')).includes("content/broken.md:4:10: error: unknown verdict 'perhaps'"));
  check('serve: every page becomes the error page',
    await other.evaluate(() => document.querySelector('h1').textContent) === 'The site has errors');

  loaded = nextLoad(page);
  fs.rmSync(broken);
  await loaded;
  check('serve: fixed, the page comes back by itself',
    (await page.textContent('main')).includes('Written while the page was open.'));
  check('serve: no Content-Security-Policy violation', policyComplaints.length === 0, policyComplaints.slice(0, 2));
} catch (e) {
  check('serve: the flow ran to its end', false, String(e));
} finally {
  await browser.close();
  const code = server.exitCode !== null ? server.exitCode : await new Promise((resolve) => {
    server.on('exit', (c) => resolve(c));
    server.kill('SIGINT');
    setTimeout(() => { server.kill('SIGKILL'); }, 5000);
  });
  check('serve: Ctrl-C ends it with status 0', code === 0, `exit ${code}`);
  check('serve: nothing is left behind', fs.readdirSync(work).every((f) => f === 'project'), fs.readdirSync(work));
  fs.rmSync(work, { recursive: true, force: true });
}
report('browser');
