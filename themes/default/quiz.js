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
  var el = P.el, now = P.now, button = P.button;

  var pack = list.getAttribute('data-sp-pack');
  var hash = list.getAttribute('data-sp-hash');
  var passMark = parseInt(list.getAttribute('data-sp-pass-mark'), 10);
  var packTitle = list.getAttribute('data-sp-title') || pack;
  var organisation = list.getAttribute('data-sp-organisation') || '';
  var key = 'sharepack:' + pack + ':' + hash;
  var CHOICES = {
    myth: [['myth', 'Myth'], ['fact', 'Fact']],
    vignette: [['share', 'Share'], ['no-share', 'Do not share']]
  };
  /* The two parts of a pack, each scored on its own. */
  var PARTS = [['cases', 'Cases'], ['myths', 'Myths and facts']];
  function partOf(kind) { return kind === 'myth' ? 'myths' : 'cases'; }
  /* data-sp-weights="cases:1,myths:1"; a part not named there weighs 1. */
  var weights = { cases: 1, myths: 1 };
  (list.getAttribute('data-sp-weights') || '').split(',').forEach(function (pair) {
    var kv = pair.split(':'), w = parseFloat(kv[1]);
    if (Object.prototype.hasOwnProperty.call(weights, kv[0].trim()) && isFinite(w) && w >= 0) weights[kv[0].trim()] = w;
  });

  var items = {};
  var ids = [];
  Array.prototype.forEach.call(list.querySelectorAll('li.sp-item'), function (li) {
    var id = li.getAttribute('data-sp-id');
    ids.push(id);
    items[id] = {
      li: li,
      id: id,
      kind: li.getAttribute('data-sp-kind'),
      expected: li.getAttribute('data-sp-expected'),
      title: li.querySelector('.sp-question').textContent,
      why: li.querySelector('.sp-why')
    };
  });
  if (!ids.length) return;
  var entries = ids.map(function (id) { return { id: id, kind: items[id].kind, answer: items[id].expected }; });

  function at(kind, value) { return CHOICES[kind].map(function (c) { return c[0]; }).indexOf(value); }
  function label(kind, value) { var i = at(kind, value); return i < 0 ? value : CHOICES[kind][i][1]; }

  /* ---- the LMS, when the page was launched by one (lms.js) ---- */
  var lms = P.lms();
  if (lms && lms.passMark() !== null) passMark = lms.passMark();
  function letter(kind, value) { var i = at(kind, value); return i < 0 ? '' : 'abcdef'.charAt(i); }
  function choiceAt(kind, l) { var c = CHOICES[kind][l.charCodeAt(0) - 97]; return c ? c[0] : null; }
  /* Progress in the LMS's suspend data: compact, to fit SCORM 1.2's 4096. */
  function encode() {
    return JSON.stringify({ v: 2, r: state.seed, o: state.order.map(function (x) { return ids.indexOf(x); }),
      a: state.order.map(function (x) { var a = state.answers[x]; return a ? letter(items[x].kind, a.answer) : '-'; }).join(''),
      s: state.order.map(function (x) { var a = state.answers[x]; return a ? a.seconds : 0; }),
      c: state.current, t: state.started, f: state.finished });
  }
  function decode(text) {
    try {
      var d = JSON.parse(text);
      if (!d || !d.o || d.o.length !== ids.length) return null;
      var s = { v: 2, seed: typeof d.r === 'number' ? d.r : null, order: d.o.map(function (i) { return ids[i]; }),
        answers: {}, current: d.c, started: d.t, finished: d.f, name: '' };
      if (!s.order.every(function (x) { return items[x]; })) return null;
      s.order.forEach(function (x, i) {
        var l = d.a.charAt(i);
        if (l && l !== '-') {
          var ans = choiceAt(items[x].kind, l);
          s.answers[x] = { answer: ans, correct: ans === items[x].expected, seconds: d.s[i] || 0 };
        }
      });
      return s;
    } catch (e) { return null; }
  }
  /* ---- xAPI, when configured (xapi.js) ---- */
  var xapi = window.SharepackXAPI || null;
  var activity = { id: 'urn:sharepack:pack:' + pack, title: packTitle };
  function xapiAnswered(id) {
    var it = items[id], a = state.answers[id];
    if (xapi) xapi.answered(activity, { id: id, title: it.title }, CHOICES[it.kind], a.answer, [it.expected], a.seconds);
  }
  function xapiCompleted(t) {
    if (!xapi || state.sent) return;
    state.sent = true;
    save();
    xapi.completed(activity, t.score, t.max, t.passed, t.overall / 100);
  }

  function report(id) {
    xapiAnswered(id);
    if (!lms) return;
    var it = items[id], a = state.answers[id];
    P.lmsAnswer(lms, { id: id, description: it.title, response: a.answer, correctResponse: it.expected,
      letter: letter(it.kind, a.answer), correctLetter: letter(it.kind, it.expected),
      correct: a.correct, seconds: a.seconds }, encode());
  }
  function reportEnd() {
    var t = tally();
    xapiCompleted(t);
    if (!lms) return;
    P.lmsFinish(lms, t.overall, t.passed, encode(), Object.keys(t.parts).map(function (p) {
      return { id: p, percent: 100 * t.parts[p].score / t.parts[p].max, passed: t.parts[p].passed };
    }));
  }

  /* ---- state, saved after every change ---- */
  var state;
  /* A new attempt with a new seed, and the order made from it. */
  function fresh() {
    var seed = P.newSeed();
    return { v: 2, seed: seed, order: P.order(entries, seed), answers: {}, current: 0, started: now(),
      finished: null, name: state ? state.name : '' };
  }
  var saved = P.store(key);
  /* Saved progress, upgraded when it is in the first layout (no "v": the
   * order it kept came from no seed, so the seed is null). */
  function load() {
    var s = saved.load(function (x) {
      return x.order && x.order.length === ids.length && x.order.every(function (id) { return items[id]; });
    });
    if (s && !s.v) { s.v = 2; s.seed = null; }
    return s;
  }
  function save() { saved.save(state); }

  function score() {
    var s = 0;
    state.order.forEach(function (id) { if (state.answers[id] && state.answers[id].correct) s++; });
    return s;
  }
  function answered() { return Object.keys(state.answers).length; }
  /* Each part with items: right, out of, percent, passed; the overall
   * figure (exact weighted mean of the parts' exact percentages); passed
   * only when every part is. */
  function tally() {
    var t = { parts: {}, score: 0, max: 0, passed: true }, sum = 0, wsum = 0;
    PARTS.forEach(function (p) {
      var mine = state.order.filter(function (id) { return partOf(items[id].kind) === p[0]; });
      if (!mine.length) return;
      var s = mine.filter(function (id) { return state.answers[id] && state.answers[id].correct; }).length;
      var part = { score: s, max: mine.length, percent: P.percent(s, mine.length), passed: s * 100 >= passMark * mine.length };
      t.parts[p[0]] = part;
      t.score += s;
      t.max += mine.length;
      t.passed = t.passed && part.passed;
      sum += weights[p[0]] * 100 * s / mine.length;
      wsum += weights[p[0]];
    });
    t.overall = wsum ? sum / wsum : 100 * t.score / t.max;
    return t;
  }

  /* ---- the quiz frame ---- */
  list.classList.add('sp-js');
  var intro = document.querySelector('.sp-intro');
  if (intro) intro.textContent = 'Answer one question at a time. After each answer you see whether it matches ' +
    'the guidance and why. To pass, reach ' + passMark + '% in each part of the quiz.';
  var bar = el('div', { 'class': 'sp-bar' });
  var progressText = el('p', { 'class': 'sp-progress-text' });
  /* Hidden from screen readers: the text beside it says the same. */
  var progress = el('progress', { max: String(ids.length), value: '0', 'aria-hidden': 'true' });
  var scoreText = el('p', { 'class': 'sp-score' });
  var restart = el('button', { type: 'button', 'class': 'sp-secondary' }, 'Start over');
  bar.appendChild(progressText);
  bar.appendChild(progress);
  bar.appendChild(scoreText);
  bar.appendChild(restart);
  list.parentNode.insertBefore(bar, list);
  var live = P.liveRegion();
  list.parentNode.insertBefore(live, list);

  ids.forEach(function (id) {
    var it = items[id];
    var li = it.li;
    var details = li.querySelector('details.sp-answer');
    var prompt = li.querySelector('.sp-prompt');
    /* The bar says "Question N of M"; the page's own number would repeat it. */
    var num = li.querySelector('.sp-qnum');
    if (num) num.hidden = true;
    var form = el('form', { 'class': 'sp-form', novalidate: '' });
    var fs = el('fieldset');
    fs.appendChild(el('legend', {}, prompt ? prompt.textContent : 'Your answer'));
    CHOICES[it.kind].forEach(function (c) {
      var rid = 'sp-' + id + '-' + c[0];
      var row = el('div', { 'class': 'sp-choice' });
      row.appendChild(el('input', { type: 'radio', name: 'sp-' + id, id: rid, value: c[0] }));
      row.appendChild(el('label', { 'for': rid }, c[1]));
      fs.appendChild(row);
    });
    form.appendChild(fs);
    var hint = el('p', { 'class': 'sp-hint', id: 'sp-hint-' + id });
    form.appendChild(hint);
    form.appendChild(el('button', { type: 'submit' }, 'Check answer'));
    var feedback = el('div', { 'class': 'sp-feedback', tabindex: '-1', hidden: '' });
    var verdict = el('p', { 'class': 'sp-verdict' });
    feedback.appendChild(verdict);
    /* The reasoning, rules and source move from the <details> block. */
    Array.prototype.slice.call(details.children).forEach(function (c) {
      if (c.tagName !== 'SUMMARY') feedback.appendChild(c);
    });
    var next = el('button', { type: 'button', 'class': 'sp-next' }, 'Next question');
    feedback.appendChild(next);
    details.parentNode.replaceChild(form, details);
    li.appendChild(feedback);
    if (prompt) prompt.hidden = true;
    it.form = form; it.hint = hint; it.feedback = feedback; it.verdict = verdict; it.next = next;

    form.addEventListener('change', function () { hint.textContent = ''; });
    form.addEventListener('submit', function (ev) {
      ev.preventDefault();
      var chosen = form.querySelector('input:checked');
      if (!chosen) {
        hint.textContent = 'Choose an answer first.';
        form.querySelector('input').focus();
        return;
      }
      var a = chosen.value;
      state.answers[id] = {
        answer: a,
        correct: a === it.expected,
        seconds: clock.seconds()
      };
      save();
      report(id);
      showFeedback(it, true);
    });
    next.addEventListener('click', function () {
      state.current++;
      if (state.current >= state.order.length) state.finished = state.finished || now();
      save();
      if (lms) P.lmsSave(lms, encode());
      render(true);
    });
  });

  var results = el('section', { 'class': 'sp-results', hidden: '', 'aria-labelledby': 'sp-results-title' });
  list.parentNode.insertBefore(results, list.nextSibling);

  function showFeedback(it, announce) {
    var a = state.answers[it.id];
    Array.prototype.forEach.call(it.form.querySelectorAll('input'), function (r) {
      r.checked = r.value === a.answer;
      r.disabled = true;
    });
    it.form.querySelector('button').hidden = true;
    it.hint.textContent = '';
    it.verdict.textContent = '';
    it.verdict.appendChild(el('strong', {}, a.correct ? 'Right.' : 'Not quite.'));
    it.verdict.appendChild(document.createTextNode(' You answered ' + label(it.kind, a.answer) +
      '; the expected answer is ' + label(it.kind, it.expected) + '.'));
    it.verdict.className = 'sp-verdict ' + (a.correct ? 'sp-right' : 'sp-wrong');
    var last = state.order.indexOf(it.id) === state.order.length - 1;
    it.next.textContent = last ? 'See your results' : 'Next question';
    it.feedback.hidden = false;
    updateBar();
    if (announce) {
      live.textContent = it.verdict.textContent;
      it.feedback.focus();
    }
  }

  function resetItem(it) {
    Array.prototype.forEach.call(it.form.querySelectorAll('input'), function (r) {
      r.checked = false;
      r.disabled = false;
    });
    it.form.querySelector('button').hidden = false;
    it.hint.textContent = '';
    it.feedback.hidden = true;
  }

  function updateBar() {
    var n = Math.min(state.current + 1, state.order.length);
    progressText.textContent = state.current >= state.order.length ? 'All ' + state.order.length +
      ' questions answered' : 'Question ' + n + ' of ' + state.order.length;
    progress.value = answered();
    scoreText.textContent = answered() ? 'Score so far: ' + score() + ' of ' + answered() + ' answered' : 'No answers yet';
  }

  var clock = P.timer();
  function render(moveFocus) {
    ids.forEach(function (id) { items[id].li.hidden = true; });
    results.hidden = true;
    updateBar();
    if (state.current >= state.order.length) {
      list.hidden = true;
      showResults(moveFocus);
      return;
    }
    list.hidden = false;
    var it = items[state.order[state.current]];
    it.li.hidden = false;
    if (state.answers[it.id]) showFeedback(it, false);
    else resetItem(it);
    clock.restart();
    if (moveFocus) P.focus(it.li.querySelector('.sp-question'));
  }

  /* ---- results ---- */
  function record() {
    var t = tally();
    var out = { format: 'sharepack-result/2', pack: pack, content_hash: hash, started: state.started,
      finished: state.finished, seed: state.seed, order: state.order.slice(),
      attempt: state.finished ? P.attemptCode(state.seed, hash, state.finished) : null,
      items: state.order.map(function (id) {
        var a = state.answers[id] || {};
        return { id: id, kind: items[id].kind, answer: a.answer || null, expected: items[id].expected,
          correct: !!a.correct, seconds: a.seconds || 0 };
      }),
      parts: t.parts, weights: weights, score: t.score, max: t.max, percent: Math.round(t.overall),
      pass_mark: passMark, passed: t.passed };
    if (state.name) out.learner = state.name;
    if (organisation) out.organisation = organisation;
    return out;
  }
  /* "Cases: 12 of 14 (86%)", one per part with items. */
  function partLines(r) {
    return PARTS.filter(function (p) { return r.parts[p[0]]; }).map(function (p) {
      var x = r.parts[p[0]];
      return p[1] + ': ' + x.score + ' of ' + x.max + ' (' + x.percent + '%)';
    });
  }
  /* The reason beside a question in the record: the first paragraph of
   * its "Why", with the next one when the first is only a verdict. */
  function reason(why) {
    var ps = why ? why.querySelectorAll('p') : [];
    if (!ps.length) return why ? why.textContent : '';
    return ps[0].textContent + (ps[0].textContent.length < 40 && ps[1] ? ' ' + ps[1].textContent : '');
  }
  function add(parent, tag, attrs, text) { return parent.appendChild(el(tag, attrs, text)); }

  /* The top of the results: the overall line, the parts, a link to the
   * certificate or the record, and what the learner can do next. */
  function summary(r, lines) {
    add(results, 'p', { 'class': 'sp-result-line ' + (r.passed ? 'sp-right' : 'sp-wrong') },
      'You answered ' + r.score + ' of ' + r.max + ' as the guidance expects: ' + r.percent + '% overall. ' +
      (r.passed ? 'You passed' : 'You did not pass this time') + ' (pass mark ' + passMark + '% in each part).');
    var parts = add(results, 'ul', { 'class': 'sp-parts' });
    PARTS.filter(function (p) { return r.parts[p[0]]; }).forEach(function (p, i) {
      var ok = r.parts[p[0]].passed;
      add(parts, 'li', { 'class': ok ? 'sp-right' : 'sp-wrong' }, lines[i] + (ok ? ': reaches' : ': below') + ' the pass mark');
    });
    add(add(results, 'p', { 'class': 'sp-go' }), 'a', { href: r.passed ? '#sp-certificate' : '#sp-record' },
      r.passed ? 'Go to your certificate' : 'Go to the record of this attempt');
    var actions = add(results, 'div', { 'class': 'sp-actions' });
    actions.appendChild(button('Download my results', '', download));
    actions.appendChild(button('Print my record of decisions', 'sp-secondary', function () { printPart('sp-print-record'); }));
    actions.appendChild(button('Try again', 'sp-secondary', function () {
      state = fresh();
      save();
      render(true);
    }));
  }
  /* Every item answered differently from the guidance, with its reasoning. */
  function review(r) {
    var wrong = r.items.filter(function (i) { return !i.correct; });
    if (!wrong.length) return;
    add(results, 'h3', {}, 'Answers to look at again');
    var ul = add(results, 'ul', { 'class': 'sp-review' });
    wrong.forEach(function (i) {
      var li = add(ul, 'li');
      add(li, 'p', { 'class': 'sp-review-title' }, items[i.id].title);
      add(li, 'p', {}, 'You answered ' + (i.answer ? label(i.kind, i.answer) : 'nothing') +
        '; the expected answer is ' + label(i.kind, i.expected) + '.');
      if (items[i.id].why) li.appendChild(items[i.id].why.cloneNode(true));
    });
  }
  /* Golden rule 7: keep a record of the decision and the reasons for it.
   * Returns the function that refills its facts when the name changes. */
  function recordOf(r, lines, when) {
    var rec = add(results, 'div', { 'class': 'sp-record', id: 'sp-record', tabindex: '-1' });
    add(rec, 'h3', {}, r.passed ? 'Record of decisions' : 'Record of this attempt: NOT PASSED');
    var facts = add(rec, 'dl', { 'class': 'sp-record-facts' });
    function fill() {
      facts.textContent = '';
      [['Name', state.name || 'Not given'], ['Organisation', organisation], ['Pack', packTitle], ['Date', when],
        ['Scores', lines.join('; ') + '; overall ' + r.percent + '%'], ['Pass mark', passMark + '% in each part'],
        ['Result', r.passed ? 'Passed' : 'NOT PASSED'], ['Attempt code', r.attempt]].forEach(function (f) {
        if (!f[1]) return;
        add(facts, 'dt', {}, f[0]);
        add(facts, 'dd', {}, f[1]);
      });
    }
    fill();
    var table = add(rec, 'table');
    var head = add(add(table, 'thead'), 'tr');
    ['Question', 'Your decision', 'Expected', 'Right or wrong', 'Reason'].forEach(function (t) {
      add(head, 'th', { scope: 'col' }, t);
    });
    var body = add(table, 'tbody');
    r.items.forEach(function (i) {
      var tr = add(body, 'tr');
      add(tr, 'td', {}, items[i.id].title);
      add(tr, 'td', {}, i.answer ? label(i.kind, i.answer) : '-');
      add(tr, 'td', {}, label(i.kind, i.expected));
      add(tr, 'td', { 'class': i.correct ? 'sp-right' : 'sp-wrong' }, i.correct ? 'Right' : 'Wrong');
      add(tr, 'td', {}, reason(items[i.id].why));
    });
    return fill;
  }
  /* The certificate, which only a pass gives. Returns the function that
   * refills it when the name changes. */
  function certificateOf(r, lines, when) {
    var cert = add(results, 'div', { 'class': 'sp-certificate-form', id: 'sp-certificate', tabindex: '-1' });
    add(cert, 'h3', {}, 'Certificate');
    var box = add(cert, 'div', { 'class': 'sp-certificate', 'aria-live': 'polite' });
    function fill() {
      box.textContent = '';
      add(box, 'p', { 'class': 'sp-cert-kicker' }, 'Certificate of achievement');
      add(box, 'p', { 'class': 'sp-cert-name' }, state.name || 'Your name');
      if (organisation) add(box, 'p', { 'class': 'sp-cert-org' }, organisation);
      add(box, 'p', {}, 'passed ' + packTitle + ' on ' + when + '.');
      add(box, 'p', {}, lines.join('. ') + '. Pass mark ' + passMark + '% in each part.');
      add(box, 'p', { 'class': 'sp-cert-code' }, 'Attempt code ' + r.attempt);
    }
    fill();
    cert.appendChild(button('Print certificate', 'sp-secondary', function () { printPart('sp-print-certificate'); }));
    return fill;
  }

  function showResults(moveFocus) {
    reportEnd();
    var r = record(), lines = partLines(r), when = P.dateInWords(r.finished || now());
    results.textContent = '';
    results.hidden = false;
    var h = add(results, 'h2', { id: 'sp-results-title', tabindex: '-1' }, 'Your results');
    summary(r, lines);
    review(r);
    var nameBox = add(results, 'div', { 'class': 'sp-name-form' });
    add(nameBox, 'label', { 'for': 'sp-name' }, 'Your name, as it should appear on your ' +
      (r.passed ? 'certificate and record' : 'record') + ' (it stays on this device)');
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

  restart.addEventListener('click', function () {
    P.confirmStep(restart, 'Start over? This clears your answers and your name on this device.', 'Yes, start over', function () {
      saved.forget();
      state = fresh();
      state.name = '';
      save();
      ids.forEach(function (id) { resetItem(items[id]); });
      live.textContent = 'Your answers were cleared. Starting again from question 1.';
      render(true);
    });
  });

  state = (lms && decode(lms.suspendData())) || load() || fresh();
  save();
  render(false);
})();
