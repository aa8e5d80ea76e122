// Shared by the browser tests: a tally, a freshly built site served on
// 127.0.0.1 with every request recorded, Debian's chromium, axe-core and the
// 320 px check. Each test file calls setup() and finish().
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = process.env.SHAREPACK_BIN ? path.resolve(ROOT, process.env.SHAREPACK_BIN) : path.join(ROOT, 'build');
export const SHAREPACK = path.join(BIN, 'sharepack');
const AXE = path.join(ROOT, 'tests/node_modules/axe-core/axe.min.js');

let passed = 0;
let failed = 0;
export function check(name, cond, detail) {
  if (cond) { passed++; return; }
  failed++;
  console.log(`FAIL: ${name}${detail !== undefined ? `: ${typeof detail === 'string' ? detail : JSON.stringify(detail)}` : ''}`);
}

// Builds PROJECT (default: the repository) into a temporary site, serves it,
// and starts the browser. Returns what the tests need.
// mounts: { '/prefix/': folder } serves more folders beside the site.
// others: origins beside the site's that pages may reach (a real LRS).
export async function setup(project = ROOT, mounts = {}, others = []) {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sharepack-browser-'));
  const site = path.join(work, 'site');
  // A project without its own theme uses the default one.
  const build = (from = project, extra = []) => execFileSync(SHAREPACK, ['build', '-q', '-o', site, ...extra,
    ...(fs.existsSync(path.join(from, 'themes')) ? [] : ['--theme-dir', path.join(ROOT, 'themes/default')]), '.'], { cwd: from });
  build();
  const served = [];
  const statements = [];
  const server = http.createServer((req, res) => {
    served.push(req.url);
    // A stand-in Learning Record Store at /xapi/, recording what it gets.
    if (req.method === 'POST' && req.url === '/xapi/statements') {
      let body = '';
      req.on('data', (c) => { body += c; });
      req.on('end', () => {
        statements.push({ headers: req.headers, body });
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('[]');
      });
      return;
    }
    const url = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let root = site;
    let rel = url;
    for (const [prefix, dir] of Object.entries(mounts)) {
      if (url.startsWith(prefix)) { root = dir; rel = url.slice(prefix.length - 1); }
    }
    const file = path.join(root, rel);
    if (!file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
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
  // Every page carries a Content-Security-Policy: nothing a test does as a
  // learner may break it (a violation in any frame, or Chromium's own
  // complaint about the policy).
  const violations = [];
  async function newPage(opts = {}) {
    const context = await browser.newContext({ acceptDownloads: true, ...opts });
    await context.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI} on ${e.documentURI}`)));
    const page = await context.newPage();
    page.on('console', (m) => { if (/CSP violation|Content Security Policy/.test(m.text())) violations.push(m.text()); });
    page.on('request', (r) => {
      const u = r.url();
      if (!(u.startsWith(origin + '/') || others.some((o) => u.startsWith(o + '/')) || u.startsWith('file://' + site + '/') || u.startsWith('blob:') || u === 'about:blank')) foreign.push(u);
    });
    // The document each request was made for, to tell a request cut short
    // by its page going away from one that broke.
    const madeFor = new WeakMap();
    page.on('request', (r) => { try { madeFor.set(r, r.frame().url()); } catch { /* no frame */ } });
    const left = (r) => {
      try { return r.frame().isDetached() || r.frame().url() !== madeFor.get(r); } catch { return true; }
    };
    page.on('requestfailed', (r) => {
      const why = (r.failure() || {}).errorText;
      // A navigation the test itself replaced by the next one (a goto while
      // a frame still loads), or a script or style still loading when a
      // click took its page away, is aborted, not broken: a missing file
      // still shows as a 4xx response below.
      if (why === 'net::ERR_ABORTED' && (r.isNavigationRequest() || left(r))) return;
      failedRequests.push(`${r.url()} (${why})`);
    });
    page.on('response', (r) => { if (r.status() >= 400) failedRequests.push(`${r.status()} ${r.url()}`); });
    page.on('pageerror', (e) => check('no script error', false, String(e)));
    return page;
  }
  async function finish() {
    check('network: no request to any other site', foreign.length === 0, foreign.slice(0, 5));
    check('network: no failed request', failedRequests.length === 0, failedRequests.slice(0, 5));
    check('network: the server saw only site files', served.every((u) => !u.includes('..')));
    check('no page reported a Content-Security-Policy violation', violations.length === 0, violations.slice(0, 5));
    await browser.close();
    server.close();
    fs.rmSync(work, { recursive: true, force: true });
  }
  return { work, site, origin, build, newPage, finish, browser, statements, violations };
}

export async function axeCheck(page, name) {
  // Evaluated by the test, not added as an inline <script>, which the
  // pages' policy refuses.
  await page.evaluate(fs.readFileSync(AXE, 'utf8'));
  const res = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  });
  check(`axe: ${name}`, res.length === 0, res);
}

export async function noOverflow(page, name) {
  const w = await page.evaluate(() => document.documentElement.scrollWidth);
  check(`320px: ${name} has no horizontal overflow`, w <= 320, `scrollWidth ${w}`);
}

// Focus helpers for keyboard-only runs.
export async function activeIs(page, sel) {
  return page.evaluate((s) => !!document.activeElement && document.activeElement.matches(s), sel);
}
export async function tabTo(page, sel, max = 60) {
  for (let i = 0; i < max; i++) {
    if (await activeIs(page, sel)) return true;
    await page.keyboard.press('Tab');
  }
  return activeIs(page, sel);
}

export function report(name) {
  console.log(`${name}: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}
