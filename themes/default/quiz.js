/* sharepack quiz: turns the quiz page's list of questions (each with its
 * answer in a <details> block) into a one-at-a-time quiz with feedback,
 * score, resume, results file and certificate. Plain JavaScript, no network:
 * progress stays in this browser's localStorage. The scoring rules are the
 * README's: one point per item answered as expected; percent of the maximum;
 * passed when the percent reaches the pass mark. Needs player.js. */
(function () {
  'use strict';
  var P = window.SharepackPlayer;
  var list = document.querySelector('ol.sp-quiz');
  if (!P || !list) return;
  var el = P.el, now = P.now, percent = P.percent, button = P.button;

  var pack = list.getAttribute('data-sp-pack');
  var hash = list.getAttribute('data-sp-hash');
  var passMark = parseInt(list.getAttribute('data-sp-pass-mark'), 10);
  var packTitle = list.getAttribute('data-sp-title') || pack;
  var key = 'sharepack:' + pack + ':' + hash;
  var CHOICES = {
    myth: [['myth', 'Myth'], ['fact', 'Fact']],
    vignette: [['share', 'Share'], ['no-share', 'Do not share']]
  };
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

  function label(kind, value) {
    var c = CHOICES[kind];
    for (var i = 0; i < c.length; i++) if (c[i][0] === value) return c[i][1];
    return value;
  }
  function shuffled(a) {
    a = a.slice();
    for (var i = a.length - 1; i > 0; i--) {
      var j = Math.floor(Math.random() * (i + 1));
      var t = a[i]; a[i] = a[j]; a[j] = t;
    }
    return a;
  }

  /* ---- the LMS, when the page was launched by one (lms.js) ---- */
  var lms = P.lms();
  if (lms && lms.passMark() !== null) passMark = lms.passMark();
  function letter(kind, value) {
    var c = CHOICES[kind];
    for (var i = 0; i < c.length; i++) if (c[i][0] === value) return 'abcdef'.charAt(i);
    return '';
  }
  function choiceAt(kind, l) { var c = CHOICES[kind][l.charCodeAt(0) - 97]; return c ? c[0] : null; }
  /* Progress in the LMS's suspend data: compact, to fit SCORM 1.2's 4096. */
  function encode() {
    return JSON.stringify({ o: state.order.map(function (x) { return ids.indexOf(x); }),
      a: state.order.map(function (x) { var a = state.answers[x]; return a ? letter(items[x].kind, a.answer) : '-'; }).join(''),
      s: state.order.map(function (x) { var a = state.answers[x]; return a ? a.seconds : 0; }),
      c: state.current, t: state.started, f: state.finished });
  }
  function decode(text) {
    try {
      var d = JSON.parse(text);
      if (!d || !d.o || d.o.length !== ids.length) return null;
      var s = { order: d.o.map(function (i) { return ids[i]; }), answers: {}, current: d.c,
        started: d.t, finished: d.f, name: '' };
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
  function xapiCompleted() {
    if (!xapi || state.sent) return;
    state.sent = true;
    save();
    xapi.completed(activity, score(), state.order.length, passed(score(), state.order.length));
  }

  function report(id) {
    xapiAnswered(id);
    if (!lms) return;
    var it = items[id], a = state.answers[id];
    P.lmsAnswer(lms, { id: id, description: it.title, response: a.answer, correctResponse: it.expected,
      letter: letter(it.kind, a.answer), correctLetter: letter(it.kind, it.expected),
      correct: a.correct, seconds: a.seconds }, percent(score(), state.order.length), encode());
  }
  function reportEnd() {
    xapiCompleted();
    if (!lms) return;
    var s = score(), max = state.order.length;
    P.lmsFinish(lms, percent(s, max), passed(s, max), encode());
  }

  /* ---- state, saved after every change ---- */
  var state;
  function fresh(order) {
    return { order: order, answers: {}, current: 0, started: now(), finished: null,
      name: state ? state.name : '' };
  }
  var saved = P.store(key);
  function load() {
    return saved.load(function (s) {
      return s.order && s.order.length === ids.length && s.order.every(function (id) { return items[id]; });
    });
  }
  function save() { saved.save(state); }

  function score() {
    var s = 0;
    state.order.forEach(function (id) { if (state.answers[id] && state.answers[id].correct) s++; });
    return s;
  }
  function answered() { return Object.keys(state.answers).length; }
  function passed(s, max) { return s * 100 >= passMark * max; }

  /* ---- the quiz frame ---- */
  list.classList.add('sp-js');
  var intro = document.querySelector('.sp-intro');
  if (intro) intro.textContent = 'Answer one question at a time. After each answer you see ' +
    'whether it matches the guidance and why. The pass mark is ' + passMark + '%.';
  var bar = el('div', { 'class': 'sp-bar' });
  var progressText = el('p', { id: 'sp-progress-text', 'class': 'sp-progress-text' });
  var progress = el('progress', { max: String(ids.length), value: '0', 'aria-labelledby': 'sp-progress-text' });
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
    scoreText.textContent = 'Score so far: ' + score() + ' of ' + answered() + ' answered';
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
    var num = it.li.querySelector('.sp-qnum');
    if (num) num.textContent = 'Question ' + (state.current + 1) + ' of ' + state.order.length;
    if (state.answers[it.id]) showFeedback(it, false);
    else resetItem(it);
    clock.restart();
    if (moveFocus) P.focus(it.li.querySelector('.sp-question'));
  }

  /* ---- results ---- */
  function record() {
    var s = score(), max = state.order.length;
    var out = {
      format: 'sharepack-result/1',
      pack: pack,
      content_hash: hash,
      started: state.started,
      finished: state.finished,
      items: state.order.map(function (id) {
        var a = state.answers[id] || {};
        return { id: id, kind: items[id].kind, answer: a.answer || null, expected: items[id].expected,
          correct: !!a.correct, seconds: a.seconds || 0 };
      }),
      score: s,
      max: max,
      percent: percent(s, max),
      pass_mark: passMark,
      passed: passed(s, max)
    };
    if (state.name) out.learner = state.name;
    return out;
  }

  function showResults(moveFocus) {
    reportEnd();
    var r = record();
    results.textContent = '';
    results.hidden = false;
    var h = el('h2', { id: 'sp-results-title', tabindex: '-1' }, 'Your results');
    results.appendChild(h);
    results.appendChild(el('p', { 'class': 'sp-result-line ' + (r.passed ? 'sp-right' : 'sp-wrong') },
      'You answered ' + r.score + ' of ' + r.max + ' as the guidance expects: ' + r.percent + '%. ' +
      (r.passed ? 'You passed' : 'You did not pass this time') + ' (pass mark ' + passMark + '%).'));

    var actions = el('div', { 'class': 'sp-actions' });
    actions.appendChild(button('Download my results', '', download));
    actions.appendChild(button('Print my record of decisions', 'sp-secondary', function () { printPart('sp-print-record'); }));
    actions.appendChild(button('Try again', 'sp-secondary', function () {
      state = fresh(shuffled(ids));
      save();
      render(true);
    }));
    results.appendChild(actions);

    var wrong = r.items.filter(function (i) { return !i.correct; });
    if (wrong.length) {
      results.appendChild(el('h3', {}, 'Answers to look at again'));
      var ul = el('ul', { 'class': 'sp-review' });
      wrong.forEach(function (i) {
        var li = el('li');
        li.appendChild(el('p', { 'class': 'sp-review-title' }, items[i.id].title));
        li.appendChild(el('p', {}, 'You answered ' + (i.answer ? label(i.kind, i.answer) : 'nothing') +
          '; the expected answer is ' + label(i.kind, i.expected) + '.'));
        if (items[i.id].why) li.appendChild(items[i.id].why.cloneNode(true));
        ul.appendChild(li);
      });
      results.appendChild(ul);
    }

    /* Golden rule 7: keep a record of the decision and the reasons for it. */
    var rec = el('div', { 'class': 'sp-record' });
    rec.appendChild(el('h3', {}, 'Record of decisions'));
    rec.appendChild(el('p', {}, packTitle + '. Started ' + r.started.slice(0, 10) +
      (state.name ? '. Learner: ' + state.name : '') + '.'));
    var table = el('table');
    var head = el('tr');
    ['Question', 'Your decision', 'Expected', 'Reason'].forEach(function (t) { head.appendChild(el('th', { scope: 'col' }, t)); });
    table.appendChild(el('thead')).appendChild(head);
    var body = el('tbody');
    r.items.forEach(function (i) {
      var tr = el('tr');
      tr.appendChild(el('td', {}, items[i.id].title));
      tr.appendChild(el('td', {}, i.answer ? label(i.kind, i.answer) : '-'));
      tr.appendChild(el('td', {}, label(i.kind, i.expected)));
      var why = items[i.id].why;
      tr.appendChild(el('td', {}, why ? (why.querySelector('p') || why).textContent : ''));
      body.appendChild(tr);
    });
    table.appendChild(body);
    rec.appendChild(table);
    results.appendChild(rec);

    var cert = el('div', { 'class': 'sp-certificate-form' });
    cert.appendChild(el('h3', {}, 'Certificate'));
    cert.appendChild(el('label', { 'for': 'sp-name' }, 'Your name, as it should appear (it stays on this device)'));
    var name = el('input', { type: 'text', id: 'sp-name', autocomplete: 'name' });
    name.value = state.name || '';
    cert.appendChild(name);
    var certBox = el('div', { 'class': 'sp-certificate', 'aria-live': 'polite' });
    function fillCert() {
      certBox.textContent = '';
      certBox.appendChild(el('p', { 'class': 'sp-cert-kicker' }, 'Certificate of completion'));
      certBox.appendChild(el('p', { 'class': 'sp-cert-name' }, state.name || 'Your name'));
      certBox.appendChild(el('p', {}, 'completed ' + packTitle + ' on ' +
        (state.finished || now()).slice(0, 10) + ', answering ' + r.score + ' of ' + r.max +
        ' questions as the guidance expects (' + r.percent + '%; pass mark ' + passMark + '%' +
        (r.passed ? ', passed' : '') + ').'));
    }
    name.addEventListener('input', function () {
      state.name = name.value.trim();
      save();
      fillCert();
    });
    fillCert();
    cert.appendChild(certBox);
    cert.appendChild(button('Print certificate', 'sp-secondary', function () { printPart('sp-print-certificate'); }));
    results.appendChild(cert);
    if (moveFocus) h.focus();
  }

  function printPart(cls) {
    document.body.classList.add(cls);
    window.print();
    document.body.classList.remove(cls);
  }

  function download() { P.download('sharepack-' + pack + '-results.json', record()); }

  restart.addEventListener('click', function () {
    saved.forget();
    state = fresh(ids.slice());
    state.name = '';
    save();
    ids.forEach(function (id) { resetItem(items[id]); });
    live.textContent = 'Your answers were cleared. Starting again from question 1.';
    render(true);
  });

  state = (lms && decode(lms.suspendData())) || load() || fresh(ids.slice());
  save();
  render(false);
})();
