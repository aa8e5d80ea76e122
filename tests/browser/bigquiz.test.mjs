// The quiz page at scale (issue 14): packs of 1,000 and 3,000 questions.
// The first question must be on screen in time that does not grow with the
// square of the questions (hiding every item of a laid-out <ol> made
// Chromium renumber the list once per item), and no frame before it may
// show the whole list (the no-JavaScript view flashing). Times are printed,
// never asserted as such: only that 3,000 questions take less than 3 times
// as long as 1,000 (the square would be 9 times).
// Prints "browser: N passed, N failed".
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SHAREPACK, check, report, setup } from './lib.mjs';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sharepack-bigquiz-'));
// The starter project with n more "myth or fact?" statements, which its one
// pack (no include list) all holds.
function project(n) {
  const dir = path.join(tmp, `p${n}`);
  execFileSync(SHAREPACK, ['new', '-q', dir]);
  for (let i = 0; i < n; i++) {
    const v = i % 2 ? 'myth' : 'fact';
    fs.writeFileSync(path.join(dir, 'content/myths', `gen-${i}.md`), `---
kind: myth
title: "Statement ${i} about sharing information to safeguard a child"
verdict: ${v}
source: "Working Together to Safeguard Children 2023, paragraph 31"
---
**This is a ${v}.** The reasoning for statement ${i}, long enough to look like a real one,
with a [link](https://www.gov.uk/) and *emphasis*.

A second paragraph for statement ${i}.
`);
  }
  return dir;
}

// Before any script of the page: after DOMContentLoaded (the deferred
// scripts have run), the first animation frame forces layout and notes the
// time and how many questions have a box. With probe set, every frame until
// then also counts the questions with a box: a frame with more than one is
// one the learner could see flash.
function instrument(probe) {
  window.__q = { most: 0, frames: 0 };
  const shown = () => [...document.querySelectorAll('li.sp-item')].filter((li) => li.getBoundingClientRect().height > 0).length;
  if (probe) {
    const frame = () => {
      if (window.__q.at) return;
      window.__q.frames++;
      window.__q.most = Math.max(window.__q.most, shown());
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  }
  document.addEventListener('DOMContentLoaded', () => {
    window.__q.dcl = performance.now();
    requestAnimationFrame(() => {
      window.__q.at = performance.now();
      window.__q.shown = shown();
    });
  });
}

async function load(newPage, url, probe) {
  const page = await newPage();
  await page.addInitScript(instrument, probe);
  await page.goto(url);
  await page.waitForFunction(() => window.__q && window.__q.at !== undefined);
  const q = await page.evaluate(() => window.__q);
  await page.context().close();
  return q;
}

const sizes = [1000, 3000];
const dirs = sizes.map(project);
const { site, origin, build, newPage, finish } = await setup(dirs[0]);
try {
  const url = `${origin}/packs/information-sharing/quiz.html`;
  const ms = {};
  for (const [i, n] of sizes.entries()) {
    if (i) build(dirs[i]);
    const total = fs.readFileSync(path.join(site, 'packs/information-sharing/quiz.html'), 'utf8').split('<li class="sp-item').length - 1;
    check(`${n}: the quiz page holds every question`, total === n + 4, total);
    // The best of three: the machine is shared.
    const times = [];
    for (let r = 0; r < 3; r++) {
      const q = await load(newPage, url, false);
      check(`${n}: one question on screen once the scripts have run`, q.shown === 1, q.shown);
      times.push(q.at);
    }
    ms[n] = Math.min(...times);
    const p = await load(newPage, url, true);
    check(`${n}: no frame before the first question shows more than one`, p.most <= 1, p);
    console.log(`quiz page, ${n} questions: first question on screen after ${Math.round(ms[n])} ms ` +
      `(${times.map(Math.round).join(', ')}); ${p.frames} frame(s) before it, at most ${p.most} question(s) shown`);
  }
  check('3,000 questions take less than 3 times as long as 1,000', ms[3000] < 3 * ms[1000], ms);
} catch (e) {
  check('browser tests ran to the end', false, e.stack || String(e));
} finally {
  await finish();
  fs.rmSync(tmp, { recursive: true, force: true });
}
report('browser');
