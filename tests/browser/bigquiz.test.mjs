// The quiz page at scale (issue 14): packs of 1,000 and 3,000 questions.
// Once the scripts have run, one question is on screen, and no frame before
// it shows more than one (the no-JavaScript list flashing). How long that
// takes is measured by `make bench` (tests/bench/quiz-first.mjs), not
// asserted here: a time is not a test.
// Prints "browser: N passed, N failed".
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SHAREPACK, check, report, setup } from './lib.mjs';
import { bigProject, loadQuiz } from './bigquiz-lib.mjs';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sharepack-bigquiz-'));
const sizes = [1000, 3000];
const dirs = sizes.map((n) => bigProject(SHAREPACK, path.join(tmp, `p${n}`), n));
const { site, origin, build, newPage, finish } = await setup(dirs[0]);
try {
  const url = `${origin}/packs/information-sharing/quiz.html`;
  for (const [i, n] of sizes.entries()) {
    if (i) build(dirs[i]);
    const total = fs.readFileSync(path.join(site, 'packs/information-sharing/quiz.html'), 'utf8').split('<li class="sp-item').length - 1;
    check(`${n}: the quiz page holds every question`, total === n + 4, total);
    const q = await loadQuiz(newPage, url, false);
    check(`${n}: one question on screen once the scripts have run`, q.shown === 1, q.shown);
    const p = await loadQuiz(newPage, url, true);
    check(`${n}: no frame before the first question shows more than one`, p.most <= 1, p);
    console.log(`quiz page, ${n} questions: first question on screen after ${Math.round(q.at)} ms ` +
      `(not a test: make bench measures it); ${p.frames} frame(s) before it, at most ${p.most} question(s) shown`);
  }
} catch (e) {
  check('browser tests ran to the end', false, e.stack || String(e));
} finally {
  await finish();
  fs.rmSync(tmp, { recursive: true, force: true });
}
report('browser');
