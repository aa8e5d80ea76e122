// `make bench`'s quiz row (issue 14): how long a quiz page of N questions
// takes in Debian's chromium from navigation to its first question on
// screen, the best of five loads, for each N given. Prints one line per N:
// "quiz N: FIRST ms (all five)". Nothing is asserted.
// Usage: node tests/bench/quiz-first.mjs SHAREPACK N...
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setup } from '../browser/lib.mjs';
import { bigProject, loadQuiz } from '../browser/bigquiz-lib.mjs';

const [sharepack, ...sizes] = process.argv.slice(2);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sharepack-quiz-first-'));
const dirs = sizes.map((n) => bigProject(path.resolve(sharepack), path.join(tmp, `p${n}`), Number(n)));
const { origin, build, newPage, finish } = await setup(dirs[0]);
try {
  for (const [i, n] of sizes.entries()) {
    if (i) build(dirs[i]);
    const times = [];
    for (let r = 0; r < 5; r++) times.push((await loadQuiz(newPage, `${origin}/packs/information-sharing/quiz.html`, false)).at);
    console.log(`quiz ${n}: ${Math.round(Math.min(...times))} ms (${times.map(Math.round).join(', ')})`);
  }
} finally {
  await finish();
  fs.rmSync(tmp, { recursive: true, force: true });
}
