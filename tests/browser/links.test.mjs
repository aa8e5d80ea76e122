// Issue 10 in a real browser: links and the Content-Security-Policy.
// fixtures/links holds the link forms (java&#9;script:,
// java&#10;script:, &#1;javascript:, fi&#9;le:///etc/passwd, plain, mixed
// case and entity-encoded javascript:, data:, vbscript:, file:, a reference
// link and an autolink) in every kind of page: guidance, briefing, pack
// page, quiz question and its reasoning, a Lua vignette's case and why, a
// scenario's intro, step and choice feedback. On every page, from a folder
// (file://), over http and inside a SCORM frame hosted by scorm-again, the
// test shows everything (hidden parts, <details>), clicks every link and
// every place a hostile link was, and sees no dialog and no navigation
// outside the site. Then the policy: on every page of the fixture and of
// the default pack, first in the head, as each kind of page needs it; in
// force from file://, http and a frame (an inline script and a javascript:
// URL are refused); and no page reports a violation while the quiz and the
// scenario are played to the end (lib.mjs watches every page).
// Prints "browser: N passed, N failed".
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, SHAREPACK, check, report, setup } from './lib.mjs';

const FIXTURE = path.join(ROOT, 'tests/browser/fixtures/links');
const pkgs = fs.mkdtempSync(path.join(os.tmpdir(), 'sharepack-links-'));
// A SCORM 1.2 LMS as in lms.test.mjs: the SCO in a frame, the API beside it.
fs.writeFileSync(path.join(pkgs, 'lms.html'), `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Test LMS</title><script src="/lib/scorm12.js"></script><script>window.API = new Scorm12API({ logLevel: 5 });</script>
</head><body><iframe title="The course" id="sco" style="width:100%;height:900px"></iframe>
<script>document.getElementById('sco').src = new URLSearchParams(location.search).get('sco');</script></body></html>`);
const zip = path.join(pkgs, 'links.zip');
execFileSync(SHAREPACK, ['package', '-q', '--theme-dir', path.join(ROOT, 'themes/default'), '-o', zip, '.'], { cwd: FIXTURE });
execFileSync('python3', ['-m', 'zipfile', '-e', zip, path.join(pkgs, 'scorm')]);

const { site, origin, newPage, finish, browser } = await setup(FIXTURE, {
  '/pkg/': pkgs, '/lib/': path.join(ROOT, 'tests/node_modules/scorm-again/dist'),
});

function pagesOf(dir) {
  const out = [];
  const walk = (d) => fs.readdirSync(d, { withFileTypes: true }).forEach((e) => {
    const p = path.join(d, e.name);
    if (e.isDirectory()) walk(p); else if (e.name.endsWith('.html')) out.push(path.relative(dir, p));
  });
  walk(dir);
  return out.sort();
}
const pages = pagesOf(site);
const KINDS = ['index.html', 'guidance/', 'briefings/', 'packs/links-pack/index.html', 'packs/links-pack/quiz.html', 'scenarios/'];
check('the fixture makes every kind of page', KINDS.every((k) => pages.some((p) => p.startsWith(k))), pages);

// Shows every part of the page a learner could reach (the players hide
// what is not yet asked; <details> hold answers and feedback) and marks
// every link and every place a hostile one was: returns how many, and the
// address each link resolves to.
function expose() {
  document.querySelectorAll('[hidden]').forEach((e) => { e.hidden = false; });
  document.querySelectorAll('details').forEach((d) => { d.open = true; });
  const all = [...document.querySelectorAll('a, span')].filter((e) => e.tagName === 'A' ||
    /^(hostile \d+|javascript:alert\(12\))$/.test(e.textContent));
  all.forEach((e, i) => e.setAttribute('data-test-target', i));
  return { count: all.length, hostile: all.filter((e) => e.tagName === 'SPAN').length,
    hrefs: all.filter((e) => e.href).map((e) => e.href) };
}

// Opens url (in the SCO frame when framed), clicks every target, and
// reports what happened. allowed(u): an address of the site.
async function clickEverything(name, url, allowed, framed) {
  const page = await newPage();
  const dialogs = [];
  const went = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss().catch(() => {}); });
  page.on('popup', (p) => went.push(`popup ${p.url()}`));
  page.on('framenavigated', (f) => went.push(f.url()));
  const frameOf = async () => {
    if (!framed) return page.mainFrame();
    for (let i = 0; i < 50; i++) {
      const f = page.frames().find((x) => x !== page.mainFrame() && x.url() === url);
      if (f) { await f.waitForLoadState('load'); return f; }
      await page.waitForTimeout(100);
    }
    throw new Error(`no SCO frame for ${url}`);
  };
  const open = async () => {
    await page.goto(framed ? `${origin}/pkg/lms.html?sco=${encodeURIComponent(url)}` : url);
    const f = await frameOf();
    return { f, info: await f.evaluate(expose) };
  };
  let { f, info: first } = await open();
  for (let i = 0; i < first.count; i++) {
    const h = await f.$(`[data-test-target="${i}"]`);
    const link = await h.evaluate((x) => x.tagName === 'A');
    try {
      await h.click({ timeout: 1500 });
    } catch (e) {
      // Out of view (the skip link): a click all the same.
      await h.evaluate((x) => x.click()).catch(() => {});
    }
    if (!link) continue; // text where a hostile link was: nothing to follow
    await page.waitForTimeout(30);
    // Followed a link of the site (this page again included): back to the
    // page under test, shown and marked again.
    let same = false;
    try {
      await f.waitForLoadState('load', { timeout: 3000 });
      same = !f.isDetached() && f.url().split('#')[0] === url && !!(await f.$('[data-test-target]'));
    } catch (e) { same = false; }
    if (!same) ({ f } = await open());
  }
  await page.waitForTimeout(300);
  const outside = went.filter((u) => !allowed(u));
  check(`${name}: links found`, first.count > 0);
  check(`${name}: every link resolves to the site, http(s), mailto or tel`, first.hrefs.every((u) => allowed(u) ||
    /^(https?|mailto|tel):/.test(u)), first.hrefs.filter((u) => !allowed(u)));
  check(`${name}: no dialog after ${first.count} clicks`, dialogs.length === 0, dialogs);
  check(`${name}: no navigation outside the site`, outside.length === 0, outside.slice(0, 5));
  await page.context().close();
  return first.hostile;
}

try {
  // 1. Every page, every link: from a folder, over http, in a SCORM frame.
  const hostileSeen = { file: 0, http: 0, scorm: 0 };
  for (const p of pages) {
    hostileSeen.file += await clickEverything(`file://${p}`, `file://${site}/${p}`,
      (u) => u.startsWith(`file://${site}/`) || u === 'about:blank', false);
    hostileSeen.http += await clickEverything(`http ${p}`, `${origin}/${p}`,
      (u) => u.startsWith(`${origin}/`) || u === 'about:blank', false);
    hostileSeen.scorm += await clickEverything(`SCORM ${p}`, `${origin}/pkg/scorm/${p}`,
      (u) => u.startsWith(`${origin}/pkg/`) || u === 'about:blank', true);
  }
  // 13 hostile links in each of 23 Markdown fields: guidance 1, briefing
  // 8, pack 1, quiz 6 (a myth, a fact, two cases and their reasons, one
  // from Lua), scenario 7 (intro, step, 3 feedbacks, 2 endings).
  check('every hostile link of the fixture was there to click, in every mode',
    Object.values(hostileSeen).every((n) => n === 13 * 23), hostileSeen);

  // 2. The policy on every page: the fixture's and the default pack's.
  const policy = (connect) => `default-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; connect-src ${connect}`;
  const learning = (p) => /(^|\/)(quiz\.html|scenarios\/)/.test(p);
  const defaultSite = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sharepack-csp-')), 'site');
  execFileSync(SHAREPACK, ['build', '-q', '-o', defaultSite, '.'], { cwd: ROOT });
  const wrong = [];
  for (const [dir, list] of [[site, pages], [defaultSite, pagesOf(defaultSite)]]) {
    for (const p of list) {
      const html = fs.readFileSync(path.join(dir, p), 'utf8');
      const metas = html.match(/<meta http-equiv="Content-Security-Policy" content="[^"]*">/g) || [];
      const head = html.slice(html.indexOf('<head>'), html.indexOf('</head>'));
      const want = `<head>\n<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="${policy(learning(p) ? "'self' https:" : "'none'")}">`;
      if (metas.length !== 1 || !head.startsWith(want)) wrong.push(`${path.basename(dir)}/${p}: ${metas.join(' ')}`);
    }
  }
  check('policy: one, first in the head, on every page of both sites, as its kind needs', wrong.length === 0, wrong.slice(0, 3));
  fs.rmSync(path.dirname(defaultSite), { recursive: true, force: true });

  // 3. The policy in force from a folder, over http and in a SCORM frame:
  //    the site's own scripts run, an inline script and a javascript: URL
  //    do not, and each refusal is reported. A context of its own, so
  //    these deliberate violations are not counted as the pages' own.
  const forced = await browser.newContext();
  for (const [name, url, framed] of [['file://', `file://${site}/packs/links-pack/quiz.html`, false],
    ['http', `${origin}/packs/links-pack/quiz.html`, false], ['SCORM frame', `${origin}/pkg/scorm/packs/links-pack/quiz.html`, true]]) {
    const page = await forced.newPage();
    const dialogs = [];
    page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss().catch(() => {}); });
    await page.goto(framed ? `${origin}/pkg/lms.html?sco=${encodeURIComponent(url)}` : url);
    let f = page.mainFrame();
    for (let i = 0; framed && i < 50; i++) {
      f = page.frames().find((x) => x.url() === url);
      if (f) break;
      await page.waitForTimeout(100);
    }
    await f.waitForSelector('.sp-bar');
    const got = await f.evaluate(async () => {
      const seen = [];
      document.addEventListener('securitypolicyviolation', (e) => seen.push(e.violatedDirective));
      const s = document.createElement('script');
      s.textContent = 'window.inlineRan = true';
      document.body.appendChild(s);
      const a = document.createElement('a');
      a.href = 'javascript:window.urlRan = true; alert(1)';
      a.textContent = 'x';
      document.body.appendChild(a);
      a.click();
      let fetched = 'allowed';
      try { await fetch('http://127.0.0.1:9/x'); } catch (e) { fetched = 'refused'; }
      await new Promise((r) => setTimeout(r, 300));
      return { inline: !!window.inlineRan, url: !!window.urlRan, fetched, seen, player: !!window.SharepackPlayer };
    });
    check(`policy ${name}: the site's own scripts run`, got.player);
    check(`policy ${name}: no inline script, no javascript: URL`, !got.inline && !got.url && dialogs.length === 0, got);
    check(`policy ${name}: each refusal is reported`, got.seen.filter((d) => d.startsWith('script-src')).length >= 2, got.seen);
    check(`policy ${name}: no connection to another address`, got.fetched === 'refused' && got.seen.includes('connect-src'), got);
    await page.close();
  }
  await forced.close();

  // 4. Normal use reports no violation: the fixture's quiz and scenario
  //    played to the end, from a folder and in a SCORM frame (lib.mjs
  //    counts every violation on every page these tests open).
  for (const [name, base, framed] of [['file://', `file://${site}`, false], ['SCORM frame', `${origin}/pkg/scorm`, true]]) {
    const page = await newPage();
    const frameFor = async (url) => {
      if (!framed) { await page.goto(url); return page.mainFrame(); }
      await page.goto(`${origin}/pkg/lms.html?sco=${encodeURIComponent(url)}`);
      let f;
      for (let i = 0; i < 50 && !f; i++) {
        f = page.frames().find((x) => x.url() === url);
        if (!f) await page.waitForTimeout(100);
      }
      await f.waitForSelector('.sp-bar');
      return f;
    };
    let f = await frameFor(`${base}/packs/links-pack/quiz.html`);
    for (let i = 0; i < 10 && !(await f.isVisible('.sp-results')); i++) {
      await f.click('li.sp-item:not([hidden]) .sp-choice label');
      await f.click('li.sp-item:not([hidden]) .sp-form button[type=submit]');
      await f.click('li.sp-item:not([hidden]) .sp-next');
    }
    check(`${name}: the quiz plays to its results`, await f.isVisible('.sp-results .sp-result-line'));
    f = await frameFor(`${base}/scenarios/scenario-links.html`);
    for (let i = 0; i < 5 && !(await f.isVisible('.sp-results')); i++) {
      await f.click('section.sp-step:not([hidden]) li[data-sp-grade="expected"] > button');
      await f.click('section.sp-step:not([hidden]) .sp-next');
    }
    check(`${name}: the scenario plays to its result`, await f.isVisible('.sp-results .sp-result-line'));
    await page.context().close();
  }
} catch (e) {
  check('link tests ran to the end', false, e.stack || String(e));
} finally {
  await finish();
  fs.rmSync(pkgs, { recursive: true, force: true });
}
report('browser');
