// The quiz page at scale, shared by tests/browser/bigquiz.test.mjs (which
// checks what can be checked without a clock) and tests/bench/quiz-first.mjs
// (which `make bench` runs to measure the time, never asserted).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

// The starter project in dir with n more "myth or fact?" statements, which
// its one pack (no include list) all holds.
export function bigProject(sharepack, dir, n) {
  execFileSync(sharepack, ['new', '-q', dir]);
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

// Opens url in a new page of newPage's browser and returns what instrument
// noted: at (ms from navigation to the first question on screen), shown,
// and with probe, frames and most.
export async function loadQuiz(newPage, url, probe) {
  const page = await newPage();
  await page.addInitScript(instrument, probe);
  await page.goto(url);
  await page.waitForFunction(() => window.__q && window.__q.at !== undefined);
  const q = await page.evaluate(() => window.__q);
  await page.context().close();
  return q;
}
