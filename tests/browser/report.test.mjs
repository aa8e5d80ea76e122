// The trainer's report in Chromium: every page of the report of the Rasch
// simulation (tests/report/rasch.py) passes axe at 320 px with no
// horizontal overflow, and again in print media, where its tables fit the
// width of A4; each chart is an SVG image with a title and a description.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, SHAREPACK, axeCheck, check, noOverflow, report, setup } from './lib.mjs';

const RASCH = path.join(ROOT, 'tests/report/rasch.py');
const fixture = fs.mkdtempSync(path.join(os.tmpdir(), 'sharepack-report-'));
const project = path.join(fixture, 'project');
const trainer = path.join(fixture, 'report');
execFileSync('python3', [RASCH, 'project', project]);
const { site, origin, newPage, finish } = await setup(project, { '/report/': trainer });

try {
  execFileSync('python3', [RASCH, 'simulate', project, site, path.join(fixture, 'sim')]);
  execFileSync(SHAREPACK, ['report', '-q', '--db', path.join(fixture, 'db.sqlite'), '-o', trainer,
    path.join(fixture, 'sim', 'results')], { cwd: project });
  const pages = [];
  const walk = (d) => fs.readdirSync(d, { withFileTypes: true }).forEach((e) => {
    const p = path.join(d, e.name);
    if (e.isDirectory()) walk(p); else if (e.name.endsWith('.html')) pages.push(path.relative(trainer, p));
  });
  walk(trainer);
  pages.sort();
  check('the report has an overview, a pack page and a scenario page', pages.length === 3, pages);

  const narrow = await newPage({ viewport: { width: 320, height: 640 } });
  for (const p of pages) {
    await narrow.goto(`${origin}/report/${p}`);
    await noOverflow(narrow, `report ${p}`);
    await axeCheck(narrow, `report ${p} at 320 px`);
    const charts = await narrow.evaluate(() => [...document.querySelectorAll('svg')].map((s) => ({
      role: s.getAttribute('role'),
      title: (s.querySelector(':scope > title') || {}).textContent || '',
      desc: (s.querySelector(':scope > desc') || {}).textContent || '',
      table: !!s.parentElement.querySelector('table'),
    })));
    check(`report ${p}: charts`, charts.length >= 2, charts.length);
    check(`report ${p}: each chart an image with a title, a description and its table beside it`,
      charts.every((c) => c.role === 'img' && c.title && c.desc && c.table), charts);
  }
  await narrow.context().close();

  // The printable width of A4 (210 mm less 15 mm margins each side).
  const paper = await newPage({ viewport: { width: 680, height: 1000 } });
  for (const p of pages) {
    await paper.goto(`${origin}/report/${p}`);
    await paper.emulateMedia({ media: 'print' });
    await axeCheck(paper, `report ${p} in print`);
    const widest = await paper.evaluate(() => Math.max(document.documentElement.scrollWidth,
      ...[...document.querySelectorAll('table, svg')].map((e) => e.getBoundingClientRect().right)));
    check(`report ${p}: tables and charts fit the width of A4 in print`, widest <= 680, widest);
    const pdf = await paper.pdf({ format: 'A4' });
    check(`report ${p}: prints`, pdf.length > 1000);
  }
  await paper.context().close();
} finally {
  await finish();
  fs.rmSync(fixture, { recursive: true, force: true });
}
report('browser');
