/* sharepack quiz: turns the quiz page's list of questions (answers in
 * <details>) into a one-at-a-time quiz, in an order of its own for each
 * attempt, with feedback, score, resume, results file, record and
 * certificate; scored as the README's "Scoring" says. Plain JavaScript, no
 * network: progress stays in this browser. Needs player.js. */
(function () {
  'use strict';
  var P = window.SharepackPlayer;
  var list = document.querySelector('ol.sp-quiz');
  if (!P || !list) return;
  var el = P.el, add = P.add, now = P.now, button = P.button, t = P.t, data = list.dataset;

  var pack = data.spPack;
  var hash = data.spHash;
  var passMark = parseInt(data.spPassMark, 10);
  var packTitle = data.spTitle || pack;
  var organisation = data.spOrganisation || '';
  /* No language in it: the quiz's page in another language carries on. */
  var key = 'sharepack:' + pack + ':' + hash;
  var CHOICES = {
    myth: [['myth', t('answer.myth')], ['fact', t('answer.fact')]],
    vignette: [['share', t('answer.share')], ['no-share', t('answer.no_share')]]
  };
  /* The two parts of a pack, each scored on its own. */
  var PARTS = [['cases', t('part.cases')], ['myths', t('part.myths')]];
  /* data-sp-weights="cases:1,myths:1"; a part not named there weighs 1. */
  var weights = { cases: 1, myths: 1 };
  (data.spWeights || '').split(',').forEach(function (pair) {
    var kv = pair.split(':'), k = kv[0].trim(), w = parseFloat(kv[1]);
    if (P.own(weights, k) && isFinite(w) && w >= 0) weights[k] = w;
  });

  /* Keyed by content ids, which may be "constructor": no prototype. */
  var items = Object.create(null);
  var ids = [];
  list.querySelectorAll('li.sp-item').forEach(function (li) {
    var d = li.dataset, id = d.spId;
    li.hidden = true;
    ids.push(id);
    items[id] = { li: li, id: id, kind: d.spKind, expected: d.spExpected, hash: (d.spHash || '').slice(0, 8),
      title: li.querySelector('.sp-question').textContent, why: li.querySelector('.sp-why') };
  });
  if (!ids.length) return;
  var entries = ids.map(function (id) { return { id: id, kind: items[id].kind, answer: items[id].expected }; });

  function at(kind, value) { return CHOICES[kind].findIndex(function (c) { return c[0] === value; }); }
  function label(kind, value) { var i = at(kind, value); return i < 0 ? value : CHOICES[kind][i][1]; }
  function answered(kind, a, expected) {
    return t('result.review_line', { answer: a ? label(kind, a) : t('result.nothing'), expected: label(kind, expected) });
  }

  /* ---- the LMS, when the page was launched by one (lms.js) ---- */
  var lms = P.lms();
  if (lms && lms.passMark() !== null) passMark = lms.passMark();
  function letter(kind, value) { return 'abcdef'.charAt(at(kind, value)); }
  function choiceAt(kind, l) { var c = CHOICES[kind][l.charCodeAt(0) - 97]; return c ? c[0] : null; }
  /* Progress in the LMS's suspend data, never longer than scorm.c's
   * worst case (seconds < 10^4); k: 8 characters of hash a question. */
  function encode() {
    function each(f) { return state.order.map(function (x) { return f(state.answers[x], items[x]); }); }
    return JSON.stringify({ v: 3, r: state.seed, o: state.order.map(function (x) { return ids.indexOf(x); }),
      a: each(function (a, it) { return a ? letter(it.kind, a.answer) : '-'; }).join(''),
      s: each(function (a) { return a ? Math.min(a.seconds, 9999) : 0; }), k: each(function (a, it) { return it.hash; }).join(''),
      c: state.current, t: state.started, f: state.finished });
  }
  /* Suspend data in the shape fit() takes, or false: without hashes (v2)
   * its answers cannot be matched to questions. */
  function decode(text) {
    var d = P.parse(text), answers = {};
    if (!d || typeof d.k !== 'string' || typeof d.a !== 'string' || !Array.isArray(d.o)) return false;
    return { v: 2, seed: d.r, answers: answers, current: d.c, started: d.t, finished: d.f,
      order: d.o.map(function (i, n) {
        var x = ids[i], l = d.a.charAt(n);
        if (items[x] && l !== '-') answers[x] = { answer: choiceAt(items[x].kind, l), seconds: d.s && d.s[n], h: d.k.substr(8 * n, 8) };
        return x;
      }) };
  }
  /* ---- xAPI, when configured (xapi.js) ---- */
  var xapi = window.SharepackXAPI;
  var activity = { id: 'urn:sharepack:pack:' + pack, title: packTitle };

  function report(id) {
    var it = items[id], a = state.answers[id];
    if (xapi) xapi.answered(activity, { id: id, title: it.title }, CHOICES[it.kind], a.answer, [it.expected], a.seconds);
    if (lms) P.lmsAnswer(lms, { id: id, description: it.title, response: a.answer, correctResponse: it.expected,
      letter: letter(it.kind, a.answer), correctLetter: letter(it.kind, it.expected),
      correct: a.correct, seconds: a.seconds }, encode());
  }
  function reportEnd() {
    var y = tally();
    if (xapi && !state.sent) {
      state.sent = true;
      save();
      xapi.completed(activity, y.score, y.max, y.passed, y.overall / 100);
    }
    if (!lms) return;
    P.lmsFinish(lms, y.overall, y.passed, encode(), Object.keys(y.parts).map(function (p) {
      return { id: p, percent: 100 * y.parts[p].score / y.parts[p].max, passed: y.parts[p].passed };
    }));
  }

  /* ---- state, saved after every change ---- */
  var state;
  /* A new attempt with a new seed, and the order made from it. */
  function fresh() {
    var seed = P.newSeed();
    if (xapi) xapi.begin(activity);
    return { v: 2, seed: seed, order: P.order(entries, seed), answers: Object.create(null), current: 0, started: now(),
      finished: null, name: state ? state.name : '', agency: state && state.agency };
  }
  var saved = P.store(key);
  function save() { saved.save(state); }
  /* Saved progress (here or from the LMS) made safe to use, or null when
   * it is damaged or asks other questions. Answers are marked again here;
   * one kept with another hash than its question's (changed since) is
   * dropped and counted, and the learner goes back to the first question
   * left unanswered. The first layout (no "v") had no seed. */
  var changed = 0;
  function fit(s) {
    var a = s && s.answers, o = s && s.order, c = s && s.current, kept = Object.create(null), bad = 0, i;
    if (!a || typeof a !== 'object' || !Array.isArray(o) || o.length !== ids.length || c !== (c | 0) || c < 0 ||
        c > ids.length || !ids.every(function (x) { return o.indexOf(x) >= 0; })) return null;
    o.forEach(function (x) {
      var v = P.own(a, x) && a[x], it = items[x];
      if (!v || typeof v !== 'object' || at(it.kind, v.answer) < 0) bad += !!v;
      else if ('h' in v && v.h !== it.hash) changed++;
      else kept[x] = { answer: v.answer, correct: v.answer === it.expected, seconds: v.seconds >= 0 ? Math.round(v.seconds) : 0, h: it.hash };
    });
    for (i = 0; i < c && kept[o[i]]; i++);
    return bad ? null : { v: 2, seed: s.v && s.seed === s.seed >>> 0 ? s.seed : null, order: o, answers: kept, current: i,
      started: P.str(s.started, now()), finished: i < o.length ? null : P.str(s.finished, now()), name: P.str(s.name, ''), agency: s.agency,
      sent: s.sent === true };
  }

  function right(id) { return state.answers[id] && state.answers[id].correct; }
  /* Each part with items: right, out of, percent, passed; the overall
   * figure (exact weighted mean of the parts' exact percentages); passed
   * only when every part is. */
  function tally() {
    var y = { parts: {}, score: 0, max: 0, passed: true }, sum = 0, wsum = 0;
    PARTS.forEach(function (p) {
      var mine = state.order.filter(function (id) { return (items[id].kind === 'myth' ? 'myths' : 'cases') === p[0]; }), n = mine.length;
      if (!n) return;
      var s = mine.filter(right).length;
      var part = y.parts[p[0]] = { score: s, max: n, percent: Math.round(100 * s / n), passed: s * 100 >= passMark * n };
      y.score += s;
      y.max += n;
      y.passed = y.passed && part.passed;
      sum += weights[p[0]] * 100 * s / n;
      wsum += weights[p[0]];
    });
    y.overall = wsum ? sum / wsum : 100 * y.score / y.max;
    return y;
  }

  /* ---- the quiz frame ---- */
  list.classList.add('sp-js');
  var intro = document.querySelector('.sp-intro');
  if (intro) intro.textContent = t('quiz.intro', { pass_mark: passMark });
  var bar = el('div', 'sp-bar');
  var progressText = add(bar, 'p', 'sp-progress-text');
  /* Hidden from screen readers: the text beside it says the same. */
  var progress = add(bar, 'progress', { max: ids.length, value: 0, 'aria-hidden': 'true' });
  var scoreText = add(bar, 'p', 'sp-score');
  var restart = bar.appendChild(button(t('quiz.start_over'), 'sp-secondary', function () {
    P.confirmStep(restart, t('quiz.start_over_confirm'), t('quiz.start_over_yes'), function () {
      saved.forget();
      state = fresh();
      state.name = '';
      save();
      live.textContent = t('quiz.cleared');
      render(true);
    });
  }));
  var live = P.liveRegion();
  list.before(bar, live);

  /* Made when first shown, so the start takes no time per question. */
  function prepare(it) {
    var id = it.id, li = it.li;
    if (it.form) return;
    var details = li.querySelector('details.sp-answer');
    var prompt = li.querySelector('.sp-prompt');
    var form = it.form = el('form', { class: 'sp-form', novalidate: '' });
    var fs = add(form, 'fieldset');
    add(fs, 'legend', {}, prompt ? prompt.textContent : t('quiz.your_answer'));
    CHOICES[it.kind].forEach(function (c) {
      var rid = 'sp-' + id + '-' + c[0];
      var row = add(fs, 'div', 'sp-choice');
      add(row, 'input', { type: 'radio', name: 'sp-' + id, id: rid, value: c[0] });
      add(row, 'label', { for: rid }, c[1]);
    });
    var hint = it.hint = add(form, 'p', { class: 'sp-hint', id: 'sp-hint-' + id });
    add(form, 'button', { type: 'submit' }, t('quiz.check_answer'));
    var feedback = it.feedback = el('div', { class: 'sp-feedback', tabindex: '-1', hidden: '' });
    it.verdict = add(feedback, 'p', 'sp-verdict');
    /* The reasoning, rules and source move from the <details> block. */
    Array.from(details.children).forEach(function (c) {
      if (c.tagName !== 'SUMMARY') feedback.appendChild(c);
    });
    it.next = feedback.appendChild(button(t('quiz.next_question'), 'sp-next', function () {
      state.current++;
      if (state.current >= ids.length) state.finished = state.finished || now();
      save();
      if (lms) P.lmsSave(lms, encode());
      render(true);
    }));
    details.replaceWith(form);
    li.appendChild(feedback);

    form.addEventListener('change', function () { hint.textContent = ''; });
    form.addEventListener('submit', function (ev) {
      ev.preventDefault();
      var chosen = form.querySelector('input:checked');
      if (!chosen) {
        hint.textContent = t('quiz.choose_first');
        form.querySelector('input').focus();
        return;
      }
      var a = chosen.value;
      state.answers[id] = { answer: a, correct: a === it.expected, seconds: clock.seconds(), h: it.hash };
      save();
      report(id);
      showFeedback(it, true);
    });
  }

  var results = el('section', { class: 'sp-results', hidden: '', 'aria-labelledby': 'sp-results-title' });
  list.after(results);

  /* The item's radios and Check button, as answered (a) or not (null). */
  function setForm(it, a) {
    it.form.querySelectorAll('input').forEach(function (r) {
      r.checked = !!a && r.value === a.answer;
      r.disabled = !!a;
    });
    it.form.querySelector('button').hidden = !!a;
    it.hint.textContent = '';
    it.feedback.hidden = !a;
  }
  function showFeedback(it, announce) {
    var a = state.answers[it.id], v = it.verdict;
    setForm(it, a);
    v.textContent = '';
    add(v, 'strong', {}, t(a.correct ? 'quiz.right' : 'quiz.not_quite'));
    v.append(' ' + answered(it.kind, a.answer, it.expected));
    v.className = 'sp-verdict ' + (a.correct ? 'sp-right' : 'sp-wrong');
    it.next.textContent = t(state.current === ids.length - 1 ? 'quiz.see_results' : 'quiz.next_question');
    updateBar();
    if (announce) {
      live.textContent = v.textContent;
      it.feedback.focus();
    }
  }

  function updateBar() {
    var n = ids.length, done = Object.keys(state.answers).length;
    progressText.textContent = state.current >= n ? t('quiz.all_answered') :
      t('quiz.progress', { n: state.current + 1, total: n });
    progress.value = done;
    scoreText.textContent = done ? t('quiz.score_so_far', { right: ids.filter(right).length, done: done }) : t('quiz.no_answers');
  }

  var clock = P.timer();
  /* Hiding every question at each step costs a layout of each. */
  var shown;
  function render(moveFocus) {
    if (shown) shown.hidden = true;
    results.hidden = true;
    updateBar();
    list.hidden = state.current >= ids.length;
    if (list.hidden) return showResults(moveFocus);
    var it = items[state.order[state.current]];
    (shown = it.li).hidden = false;
    prepare(it);
    if (state.answers[it.id]) showFeedback(it, false);
    else setForm(it, null);
    clock.restart();
    if (moveFocus) P.focus(it.li.querySelector('.sp-question'));
  }

  /* ---- results ---- */
  function record() {
    var y = tally();
    var out = { format: 'sharepack-result/2', pack: pack, content_hash: hash, started: state.started,
      finished: state.finished, seed: state.seed, order: state.order.slice(),
      attempt: state.finished ? P.attemptCode(state.seed, hash, state.finished) : null,
      items: state.order.map(function (id) {
        var a = state.answers[id] || {};
        return { id: id, kind: items[id].kind, answer: a.answer || null, expected: items[id].expected,
          correct: !!a.correct, seconds: a.seconds || 0, hash: items[id].li.dataset.spHash };
      }),
      parts: y.parts, weights: weights, score: y.score, max: y.max, percent: Math.round(y.overall),
      pass_mark: passMark, passed: y.passed };
    if (P.lang) out.lang = P.lang;
    if (state.name) out.learner = state.name;
    if (organisation) out.organisation = organisation;
    if (state.agency) out.agency = state.agency;
    return out;
  }
  /* "Cases: 12 of 14 (86%)", one per part with items. */
  function partLines(r) {
    return PARTS.filter(function (p) { return r.parts[p[0]]; }).map(function (p) {
      var x = r.parts[p[0]];
      return t('result.part_line', Object.assign({ part: p[1] }, x));
    });
  }
  /* The reason beside a question in the record: the first paragraph of
   * its "Why", with the next one when the first is only a verdict. */
  function reason(why) {
    var ps = why ? why.querySelectorAll('p') : [];
    if (!ps.length) return why ? why.textContent : '';
    return ps[0].textContent + (ps[0].textContent.length < 40 && ps[1] ? ' ' + ps[1].textContent : '');
  }
  function mark(ok) { return ok ? 'sp-right' : 'sp-wrong'; }

  /* The top of the results: the overall line, the parts, a link to the
   * certificate or the record, and what the learner can do next. */
  function summary(r, lines) {
    add(results, 'p', 'sp-result-line ' + mark(r.passed), t('result.line', Object.assign({
      verdict: t(r.passed ? 'result.passed' : 'result.not_passed') }, r)));
    var parts = add(results, 'ul', 'sp-parts');
    PARTS.filter(function (p) { return r.parts[p[0]]; }).forEach(function (p, i) {
      var ok = r.parts[p[0]].passed;
      add(parts, 'li', mark(ok), t(ok ? 'result.part_reaches' : 'result.part_below', { line: lines[i] }));
    });
    add(add(results, 'p', 'sp-go'), 'a', { href: r.passed ? '#sp-certificate' : '#sp-record' },
      t(r.passed ? 'result.go_certificate' : 'result.go_record'));
    add(results, 'div', 'sp-actions').append(button(t('result.download'), '', download),
      button(t('result.print_record'), 'sp-secondary', function () { printPart('sp-print-record'); }),
      button(t('result.try_again'), 'sp-secondary', function () {
        state = fresh();
        save();
        render(true);
      }));
  }
  /* Every item answered differently from the guidance, with its reasoning. */
  function review(r) {
    var wrong = r.items.filter(function (i) { return !i.correct; });
    if (!wrong.length) return;
    add(results, 'h3', {}, t('result.review'));
    var ul = add(results, 'ul', 'sp-review');
    wrong.forEach(function (i) {
      var li = add(ul, 'li');
      add(li, 'p', 'sp-review-title', items[i.id].title);
      add(li, 'p', {}, answered(i.kind, i.answer, i.expected));
      if (items[i.id].why) li.appendChild(items[i.id].why.cloneNode(true));
    });
  }
  /* Golden rule 7: keep a record of the decision and the reasons for it.
   * Returns the function that refills its facts when the name changes. */
  function recordOf(r, lines, when) {
    var rec = add(results, 'div', { class: 'sp-record', id: 'sp-record', tabindex: '-1' });
    add(rec, 'h3', {}, t(r.passed ? 'record.heading' : 'record.heading_failed'));
    var facts = add(rec, 'dl', 'sp-record-facts');
    function fill() {
      facts.textContent = '';
      [['name', state.name || t('record.not_given')], ['organisation', organisation], ['pack', packTitle], ['date', when],
        ['scores', t('record.scores_value', { lines: lines.join('; '), percent: r.percent })],
        ['pass_mark', t('record.pass_mark_value', { pass_mark: passMark })],
        ['result', t(r.passed ? 'record.passed' : 'record.not_passed')], ['attempt_code', r.attempt]].forEach(function (f) {
        if (!f[1]) return;
        add(facts, 'dt', {}, t('record.' + f[0]));
        add(facts, 'dd', {}, f[1]);
      });
    }
    fill();
    var table = add(rec, 'table');
    var head = add(add(table, 'thead'), 'tr');
    ['question', 'your_decision', 'expected', 'right_or_wrong', 'reason'].forEach(function (k) {
      add(head, 'th', { scope: 'col' }, t('record.' + k));
    });
    var body = add(table, 'tbody');
    r.items.forEach(function (i) {
      var tr = add(body, 'tr');
      add(tr, 'td', {}, items[i.id].title);
      add(tr, 'td', {}, i.answer ? label(i.kind, i.answer) : '-');
      add(tr, 'td', {}, label(i.kind, i.expected));
      add(tr, 'td', mark(i.correct), t(i.correct ? 'record.right' : 'record.wrong'));
      add(tr, 'td', {}, reason(items[i.id].why));
    });
    return fill;
  }
  /* The certificate, which only a pass gives. Returns the function that
   * refills it when the name changes. */
  function certificateOf(r, lines, when) {
    var cert = add(results, 'div', { class: 'sp-certificate-form', id: 'sp-certificate', tabindex: '-1' });
    add(cert, 'h3', {}, t('certificate.heading'));
    var box = add(cert, 'div', { class: 'sp-certificate', 'aria-live': 'polite' });
    function fill() {
      box.textContent = '';
      add(box, 'p', 'sp-cert-kicker', t('certificate.kicker'));
      add(box, 'p', 'sp-cert-name', state.name || t('certificate.your_name'));
      if (organisation) add(box, 'p', 'sp-cert-org', organisation);
      add(box, 'p', {}, t('certificate.passed', { pack: packTitle, date: when }));
      add(box, 'p', {}, t('certificate.scores', { lines: lines.join('. '), pass_mark: passMark }));
      add(box, 'p', 'sp-cert-code', t('certificate.attempt_code', { code: r.attempt }));
    }
    fill();
    cert.appendChild(button(t('certificate.print'), 'sp-secondary', function () { printPart('sp-print-certificate'); }));
    return fill;
  }

  function showResults(moveFocus) {
    reportEnd();
    var r = record(), lines = partLines(r);
    /* In words, in this browser's time zone: "30 November 2026". */
    var when = new Date(r.finished || now()).toLocaleDateString(P.lang || [], { day: 'numeric', month: 'long', year: 'numeric' });
    results.textContent = '';
    results.hidden = false;
    var h = add(results, 'h2', { id: 'sp-results-title', tabindex: '-1' }, t('result.heading'));
    summary(r, lines);
    review(r);
    var nameBox = add(results, 'div', 'sp-name-form');
    add(nameBox, 'label', { for: 'sp-name' }, t(r.passed ? 'result.name_label_passed' : 'result.name_label'));
    var name = add(nameBox, 'input', { type: 'text', id: 'sp-name', autocomplete: 'name' });
    name.value = state.name || '';
    var fills = [recordOf(r, lines, when)];
    if (r.passed) fills.push(certificateOf(r, lines, when));
    name.addEventListener('input', function () {
      state.name = name.value.trim();
      save();
      fills.forEach(function (f) { f(); });
    });
    if (moveFocus) h.focus();
  }

  function printPart(cls) {
    document.body.classList.add(cls);
    window.print();
    document.body.classList.remove(cls);
  }

  function download() { P.download('sharepack-' + pack + '-results.json', record()); }

  var got = lms && lms.suspendData();
  got = got ? decode(got) : saved.load();
  state = got === null ? null : fit(got);
  if (got !== null && !state) P.notice(bar, t('quiz.saved_unusable'));
  else if (changed) P.notice(bar, t('quiz.saved_changed', { n: changed }));
  state = state || fresh();
  /* The optional agency: only one the page's select offers is kept. */
  var agency = document.getElementById('sp-agency') || {};
  agency.value = state.agency;
  state.agency = agency.value || '';
  agency.onchange = function () { state.agency = agency.value; save(); };
  save();
  render(false);
})();
