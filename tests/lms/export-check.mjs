// Checks a GIFT export with an independent GIFT parser (gift-pegjs) against
// a Moodle XML export of the same pack (parsed by python3 in tier-lms.sh and
// passed here as JSON): the same questions, answers and feedback.
// Usage: node export-check.mjs FILE.gift FILE.json; prints one line per
// problem and exits non-zero on any.
import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { parse } = require('gift-pegjs');
const all = parse(fs.readFileSync(process.argv[2], 'utf8'));
const gift = all.filter((q) => q.type !== 'Category');
const categories = all.filter((q) => q.type === 'Category').map((q) => q.title);
const xml = JSON.parse(fs.readFileSync(process.argv[3], 'utf8'));
const problems = [];
if (gift.length !== xml.length) problems.push(`GIFT has ${gift.length} questions, Moodle XML ${xml.length}`);
const strip = (s) => s.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
gift.forEach((q, i) => {
  const x = xml[i];
  if (!x) return;
  if (q.type !== 'MC') problems.push(`${x.id}: GIFT type ${q.type}`);
  if (q.title !== x.name) problems.push(`${x.id}: title ${q.title} != ${x.name}`);
  if (strip(q.stem.text) !== strip(x.text)) problems.push(`${x.id}: question text differs`);
  const answers = q.choices.map((c) => c.text.text);
  if (answers.join('|') !== x.answers.join('|')) problems.push(`${x.id}: answers ${answers} != ${x.answers}`);
  const right = q.choices.findIndex((c) => c.isCorrect);
  if (right !== x.right || q.choices.filter((c) => c.isCorrect).length !== 1) problems.push(`${x.id}: correct answer differs`);
  q.choices.forEach((c, j) => {
    if (!c.feedback || strip(c.feedback.text) !== strip(x.feedback[j])) problems.push(`${x.id}: feedback ${j} differs`);
  });
});
// The category as Moodle files it (the $CATEGORY line is read as it is),
// the ID number and the general feedback, as in Moodle XML.
if (xml.length && (categories.length !== 1 || categories[0] !== xml[0].category)) {
  problems.push(`category ${JSON.stringify(categories)} != ${JSON.stringify(xml[0].category)}`);
}
gift.forEach((q, i) => {
  const x = xml[i];
  if (!x) return;
  if (q.id !== x.id) problems.push(`${x.id}: GIFT ID number ${q.id}`);
  if (!q.globalFeedback || strip(q.globalFeedback.text) !== strip(x.general || '')) {
    problems.push(`${x.id}: general feedback differs`);
  }
});
problems.forEach((p) => console.log(p));
process.exit(problems.length ? 1 : 0);
