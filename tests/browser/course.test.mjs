// Issue 12, a pack as a course, in a real browser, on a copy of the golden
// project (tests/regress/golden-build) in the default theme: the pack page lists its steps with
// nothing done; a guidance page marked read shows as read on the pack page,
// and unmarking it undoes that; a scenario whose saved attempt finished
// shows as done; the page's text changed and rebuilt shows as not read
// again; with storage blocked the pages still work, with no marks and no
// script error; axe and 320 px on the pages course.js changes.
// Prints "browser: N passed, N failed".
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, axeCheck, check, noOverflow, report, setup } from './lib.mjs';

const project = fs.mkdtempSync(path.join(os.tmpdir(), 'sharepack-course-'));
const golden = path.join(ROOT, 'tests/regress/golden-build');
for (const e of fs.readdirSync(golden)) {
  // Its pages in the default theme, which learners see (the project's
  // minimal theme is for the golden pages).
  if (!['expected', 'args', 'themes'].includes(e)) fs.cpSync(path.join(golden, e), path.join(project, e), { recursive: true });
}
const { origin, build, newPage, finish } = await setup(project);
const PACK = `${origin}/packs/everyone/index.html`;
const RULES = `${origin}/guidance/rules.html`;

// The state text after each step of the course, in order, and the count.
async function states(page) {
  return page.evaluate(() => ({
    steps: [...document.querySelectorAll('ol.sp-course-steps > li')].map((li) => {
      const s = li.querySelector('.sp-course-state');
      return s ? s.textContent : null;
    }),
    done: (document.querySelector('.sp-course-done') || {}).textContent || null,
  }));
}

const page = await newPage({ viewport: { width: 320, height: 800 } });
await page.goto(PACK);
let s = await states(page);
check('pack page: four steps, nothing done', JSON.stringify(s.steps) ===
  JSON.stringify(['Not read yet', 'Not read yet', 'Not done yet', 'Not done yet']), s);
check('pack page: "0 of 4 done"', /^0 of 4 done\b/.test(s.done || ''), s.done);
await axeCheck(page, 'pack page with the course');
await noOverflow(page, 'pack page with the course');

// The learner goes to the first step, marks it read, and comes back.
// A link followed, and the page it leads to loaded, course.js run.
async function follow(p, selector) {
  await p.click(selector);
  await p.waitForLoadState('load');
}
await follow(page, 'ol.sp-course-steps > li:first-child a');
check('the first step is the guidance page', page.url() === RULES, page.url());
const mark = page.getByRole('button', { name: 'Mark as read' });
check('guidance page: a "Mark as read" toggle, not pressed', await mark.getAttribute('aria-pressed') === 'false');
check('guidance page: says it is not read yet', (await page.textContent('.sp-course-mark [role="status"]')) === 'Not read yet.');
await mark.click();
check('guidance page: the toggle is pressed', await mark.getAttribute('aria-pressed') === 'true');
check('guidance page: says it is read', /^Read\b/.test(await page.textContent('.sp-course-mark [role="status"]')));
await axeCheck(page, 'guidance page marked read');
await noOverflow(page, 'guidance page marked read');
await follow(page, 'nav.sp-course-nav[aria-label="The pack Everyone"] >> text=Back to Everyone');
check('"Back to" leads to the pack page', page.url() === PACK, page.url());
s = await states(page);
check('pack page: the guidance is read, nothing else', JSON.stringify(s.steps) ===
  JSON.stringify(['Read', 'Not read yet', 'Not done yet', 'Not done yet']), s);
check('pack page: "1 of 4 done"', /^1 of 4 done\b/.test(s.done || ''), s.done);

// A mark survives a reload; the toggle takes it back.
await page.goto(RULES);
check('guidance page: still read after a reload', await mark.getAttribute('aria-pressed') === 'true');
await mark.click();
await page.goto(PACK);
s = await states(page);
check('pack page: unmarked is not read again', s.steps[0] === 'Not read yet' && /^0 of 4/.test(s.done || ''), s);

// A scenario counts as done from its player's own saved attempt, as
// scenario.js keeps it (sharepack:scenario:ID:HASH, finished once ended).
const step = await page.evaluate(() => ({ ...document.querySelector('li[data-sp-course="scenario"]').dataset }));
await page.evaluate((d) => localStorage.setItem(`sharepack:scenario:${d.spId}:${d.spHash}`,
  JSON.stringify({ v: 2, h: d.spHash, path: [], finished: '2026-11-30T09:00:00.000Z' })), step);
await page.reload();
s = await states(page);
check('pack page: a finished scenario is done', s.steps[2] === 'Done' && /^1 of 4/.test(s.done || ''), s);

// Read, then the page's text changes: it is a page not read yet.
await page.goto(RULES);
await mark.click();
const md = path.join(project, 'content/guidance/rules.md');
fs.writeFileSync(md, fs.readFileSync(md, 'utf8').replace(/\n*$/, '\n\nA sentence added since.\n'));
build();
await page.goto(PACK);
s = await states(page);
check('pack page: a changed page shows as not read', s.steps[0] === 'Not read yet', s);
await page.goto(RULES);
check('guidance page: changed, not read', await mark.getAttribute('aria-pressed') === 'false');
await page.context().close();

// Storage blocked (a locked-down browser): every read throws.
const blocked = await newPage();
await blocked.context().addInitScript(() => {
  Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
});
await blocked.goto(PACK);
s = await states(blocked);
check('no storage: the course is listed, with no marks', s.steps.length === 4 && s.steps.every((x) => x === null) &&
  s.done === null, s);
await blocked.goto(RULES);
check('no storage: no "Mark as read" button', await blocked.locator('.sp-course-mark').count() === 0);
check('no storage: the page still has its links on', await blocked.locator('nav.sp-course-nav a').count() > 0);
await blocked.context().close();

await finish();
fs.rmSync(project, { recursive: true, force: true });
report('browser');
