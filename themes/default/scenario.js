/* sharepack branching scenario player: plays a scenario page (its steps as
 * linked sections) one step at a time, with feedback on every decision, the
 * path so far, a score at the end, resume after reload and a results file.
 * Plain JavaScript, no network: progress stays in this browser. A decision
 * scores 1 (expected), 0.5 (acceptable) or 0 (unsafe), out of the decisions
 * on the learner's path; a path passes only with no unsafe choice and the
 * pass mark reached. Each attempt shows every step's choices in its own
 * order, made from a seed kept with the attempt. Needs player.js. */
(function () {
  'use strict';
  var P = window.SharepackPlayer;
  var art = document.querySelector('article.sp-scenario');
  if (!P || !art) return;
  var el = P.el, now = P.now, t = P.t;
  var id = art.getAttribute('data-sp-scenario');
  var hash = art.getAttribute('data-sp-hash');
  var start = art.getAttribute('data-sp-start');
  /* 80 when the page does not say, as for a pack. */
  var passMark = parseInt(art.getAttribute('data-sp-pass-mark') || '80', 10);
  var organisation = art.getAttribute('data-sp-organisation') || '';
  var title = art.querySelector('h1').textContent;
  /* No language in it: the case's page in another language carries on. */
  var key = 'sharepack:scenario:' + id + ':' + hash;
  var POINTS = { expected: 1, acceptable: 0.5, unsafe: 0 };
  /* data-sp-grade, or the older data-sp-expected (true: expected, false:
   * unsafe) on pages built before grades. */
  function gradeOf(li) {
    var g = li.getAttribute('data-sp-grade');
    if (P.own(POINTS, g)) return g;
    return li.getAttribute('data-sp-expected') === 'true' ? 'expected' : 'unsafe';
  }
  /* Keyed by step ids, which may be "__proto__": no prototype. */
  var steps = Object.create(null);
  Array.prototype.forEach.call(art.querySelectorAll('section.sp-step'), function (sec) {
    var s = { sec: sec, id: sec.getAttribute('data-sp-step'), ending: sec.hasAttribute('data-sp-ending'), choices: [] };
    Array.prototype.forEach.call(sec.querySelectorAll('ol.sp-choices > li'), function (li) {
      s.choices.push({
        li: li,
        letter: li.getAttribute('data-sp-choice'),
        go: li.getAttribute('data-sp-go'),
        grade: gradeOf(li),
        label: li.querySelector('a').textContent,
        why: li.querySelector('.sp-why')
      });
    });
    steps[s.id] = s;
  });
  if (!steps[start]) return;

  function fresh() {
    if (xapi) xapi.begin(activity);
    return { v: 2, h: hash, seed: P.newSeed(), path: [], current: start, pending: null, started: now(), finished: null };
  }
  function choiceOf(stepId, letter) {
    var c = steps[stepId] ? steps[stepId].choices : [];
    for (var i = 0; i < c.length; i++) if (c[i].letter === letter) return c[i];
    return null;
  }
  /* Progress saved here or in the LMS, made safe to use, or null when it
   * does not fit this scenario: saved for other content (h, the hash, when
   * it has one), damaged, or not a path this page's steps make, from the
   * start, each decision a choice of the step it is on and leading to the
   * next, ending at current (or waiting there for Continue: pending). A
   * renamed step breaks the path. Grades are read from this page, never
   * from what was saved. Progress saved before seeds (no "v") gets a new
   * seed for the steps still to come. */
  function fit(s) {
    if (!s || typeof s !== 'object' || !Array.isArray(s.path) || ('h' in s && s.h !== hash)) return null;
    var step = start, pending = null, n = s.path.length, path = [];
    for (var i = 0; i < n; i++) {
      var p = s.path[i], c = p && p.step === step && !steps[step].ending && choiceOf(step, p.choice);
      if (!c) return null;
      path.push({ step: step, choice: c.letter, grade: c.grade, seconds: p.seconds >= 0 ? Math.round(p.seconds) : 0,
        shown: P.str(p.shown, '') });
      if (i === n - 1 && s.pending === c.letter) pending = c.letter;
      else step = c.go;
      if (!steps[step]) return null;
    }
    if (s.current !== step) return null;
    return { v: 2, h: hash, seed: s.v && s.seed === s.seed >>> 0 ? s.seed : P.newSeed(), path: path, current: step,
      pending: pending, started: P.str(s.started, now()), finished: steps[step].ending ? P.str(s.finished, now()) : null,
      sent: s.sent === true };
  }
  var saved = P.store(key);
  function save() { saved.save(state); }
  /* A step's choices in this attempt's order. */
  function shown(s) { return P.shuffle(s.choices, P.rng((state.seed ^ P.fnv(s.id)) >>> 0)); }
  function points() {
    var n = 0;
    state.path.forEach(function (p) { n += POINTS[p.grade]; });
    return n;
  }
  function unsafe() { return state.path.some(function (p) { return p.grade === 'unsafe'; }); }
  function exact() { return state.path.length ? (100 * points()) / state.path.length : 0; }
  function passed() { return !unsafe() && points() * 100 >= passMark * state.path.length; }

  /* ---- the LMS, when the page was launched by one (lms.js) ---- */
  var lms = P.lms();
  if (lms && lms.passMark() !== null) passMark = lms.passMark();
  function expectedLetters(stepId) {
    return steps[stepId].choices.filter(function (o) { return o.grade === 'expected'; }).map(function (o) { return o.letter; });
  }
  /* ---- xAPI, when configured (xapi.js) ---- */
  var xapi = window.SharepackXAPI || null;
  var activity = { id: 'urn:sharepack:scenario:' + id, title: title };
  function report(p) {
    if (xapi) {
      xapi.answered(activity, { id: 'step-' + p.step, key: id, tail: ': ' + p.step, title: title + ': ' + p.step },
        steps[p.step].choices.map(function (o) { return [o.letter, o.label]; }), p.choice,
        expectedLetters(p.step), p.seconds, POINTS[p.grade]);
    }
    if (!lms) return;
    var want = expectedLetters(p.step);
    P.lmsAnswer(lms, { id: 'step-' + p.step, description: title, response: p.choice,
      correctResponse: want[0], letter: p.choice, correctLetter: want[0], correct: p.grade === 'expected',
      neutral: p.grade === 'acceptable', seconds: p.seconds }, JSON.stringify(state));
  }
  function reportEnd() {
    if (xapi && !state.sent) {
      state.sent = true;
      save();
      xapi.completed(activity, points(), state.path.length, passed());
    }
    if (lms) P.lmsFinish(lms, exact(), passed(), JSON.stringify(state));
  }

  art.classList.add('sp-js');
  var live = P.liveRegion();
  art.appendChild(live);
  var bar = el('div', { 'class': 'sp-bar' });
  var status = el('p', { 'class': 'sp-progress-text' });
  var restart = el('button', { type: 'button', 'class': 'sp-secondary' }, t('scenario.start_over'));
  bar.appendChild(status);
  bar.appendChild(restart);
  var firstStep = art.querySelector('section.sp-step');
  art.insertBefore(bar, firstStep);
  var pathBox = el('section', { 'class': 'sp-path', 'aria-labelledby': 'sp-path-title' });
  pathBox.appendChild(el('h2', { id: 'sp-path-title' }, t('scenario.path_heading')));
  var pathList = el('ol');
  pathBox.appendChild(pathList);
  var results = el('section', { 'class': 'sp-results', 'aria-labelledby': 'sp-results-title', hidden: '' });

  Object.keys(steps).forEach(function (sid) {
    var s = steps[sid];
    var restartLink = s.sec.querySelector('.sp-restart-link');
    if (restartLink) restartLink.hidden = true;
    s.choices.forEach(function (c) {
      c.li.querySelector('a').hidden = true;
      c.li.querySelector('details').hidden = true;
      c.button = el('button', { type: 'button', 'class': 'sp-choice-button' }, c.label);
      c.li.insertBefore(c.button, c.li.firstChild);
      c.button.addEventListener('click', function () { choose(s, c); });
    });
    if (!s.ending) {
      s.feedback = el('div', { 'class': 'sp-feedback', tabindex: '-1', hidden: '' });
      s.sec.appendChild(s.feedback);
    }
  });
  var lastSection = art.querySelectorAll('section.sp-step');
  lastSection = lastSection[lastSection.length - 1];
  art.insertBefore(pathBox, lastSection.nextSibling);
  art.insertBefore(results, pathBox.nextSibling);

  /* Puts every step's choices in this attempt's order on the page. */
  function arrange() {
    Object.keys(steps).forEach(function (sid) {
      shown(steps[sid]).forEach(function (c) { c.li.parentNode.appendChild(c.li); });
    });
  }

  var clock = P.timer();
  function choose(s, c) {
    if (state.pending) return;
    state.pending = c.letter;
    state.path.push({ step: s.id, choice: c.letter, grade: c.grade, seconds: clock.seconds(),
      shown: shown(s).map(function (o) { return o.letter; }).join('') });
    save();
    report(state.path[state.path.length - 1]);
    render(true);
  }

  function showFeedback(s, announce) {
    var c = choiceOf(s.id, state.pending);
    s.choices.forEach(function (o) {
      o.button.disabled = true;
      o.button.setAttribute('aria-pressed', o === c ? 'true' : 'false');
    });
    s.feedback.textContent = '';
    var verdict = el('p', { 'class': 'sp-verdict ' + (c.grade === 'expected' ? 'sp-right' : 'sp-wrong') });
    verdict.appendChild(el('strong', {}, t('scenario.verdict_' + c.grade)));
    var better = s.choices.filter(function (o) { return o.grade === 'expected'; }).map(function (o) { return o.label; });
    verdict.appendChild(document.createTextNode(' ' + t('scenario.you_chose', { label: c.label }) +
      (c.grade === 'unsafe' ? ' ' + t('scenario.unsafe_note') : '') +
      (c.grade === 'expected' || !better.length ? '' :
        ' ' + t('scenario.guidance_expects', { choices: better.join(t('scenario.or')) }))));
    s.feedback.appendChild(verdict);
    if (c.why) s.feedback.appendChild(c.why.cloneNode(true));
    var next = el('button', { type: 'button', 'class': 'sp-next' }, t('scenario.continue'));
    next.addEventListener('click', function () {
      state.current = c.go;
      state.pending = null;
      if (steps[state.current].ending) state.finished = now();
      save();
      if (lms) P.lmsSave(lms, JSON.stringify(state));
      render(true);
    });
    s.feedback.appendChild(next);
    s.feedback.hidden = false;
    if (announce) {
      live.textContent = verdict.textContent;
      s.feedback.focus();
    }
  }

  function drawPath() {
    pathList.textContent = '';
    state.path.forEach(function (p, i) {
      var c = choiceOf(p.step, p.choice);
      pathList.appendChild(el('li', { 'class': p.grade === 'expected' ? 'sp-right' : 'sp-wrong' },
        t('scenario.path_entry', { n: i + 1, label: c.label, note: t('scenario.note_' + p.grade) })));
    });
    pathBox.hidden = state.path.length === 0;
  }

  function record() {
    var ending = steps[state.current];
    var out = {
      format: 'sharepack-result/2',
      scenario: id,
      content_hash: hash,
      started: state.started,
      finished: state.finished,
      seed: state.seed,
      attempt: state.finished ? P.attemptCode(state.seed, hash, state.finished) : null,
      items: state.path.map(function (p) {
        return { id: p.step, kind: 'decision', answer: p.choice,
          expected: expectedLetters(p.step).join(''), grade: p.grade, points: POINTS[p.grade],
          correct: p.grade === 'expected', seconds: p.seconds, shown: p.shown || '' };
      }),
      ending: state.current,
      score: points(),
      max: state.path.length,
      percent: Math.round(exact()),
      pass_mark: passMark,
      passed: passed()
    };
    if (P.lang) out.lang = P.lang;
    if (ending.ending && ending.sec.hasAttribute('data-sp-outcome')) out.outcome = ending.sec.getAttribute('data-sp-outcome');
    if (organisation) out.organisation = organisation;
    return out;
  }

  function download() { P.download('sharepack-' + id + '-results.json', record()); }

  function showResults() {
    reportEnd();
    var r = record();
    results.textContent = '';
    results.appendChild(el('h2', { id: 'sp-results-title' }, t('scenario.result_heading')));
    results.appendChild(el('p', { 'class': 'sp-result-line ' + (r.passed ? 'sp-right' : 'sp-wrong') },
      t('scenario.result_line', { score: r.score, max: r.max, percent: r.percent, pass_mark: passMark,
        verdict: t(r.passed ? 'scenario.passed' : unsafe() ? 'scenario.not_passed_unsafe' : 'scenario.not_passed') })));
    if (r.attempt) results.appendChild(el('p', {}, t('scenario.attempt_code', { code: r.attempt })));
    var actions = el('div', { 'class': 'sp-actions' });
    actions.appendChild(P.button(t('result.download'), '', download));
    actions.appendChild(P.button(t('result.try_again'), 'sp-secondary', function () { reset(t('scenario.again')); }));
    results.appendChild(actions);
    results.hidden = false;
  }

  function render(moveFocus) {
    Object.keys(steps).forEach(function (sid) { steps[sid].sec.hidden = true; });
    var s = steps[state.current];
    s.sec.hidden = false;
    drawPath();
    results.hidden = true;
    if (s.ending) {
      status.textContent = t('scenario.end_status', { points: points(), n: state.path.length });
      showResults();
    } else {
      status.textContent = t(state.path.length ? 'scenario.decision_score' : 'scenario.decision',
        { n: state.path.length + (state.pending ? 0 : 1), points: points(), done: state.path.length });
      if (state.pending) {
        showFeedback(s, moveFocus);
        return;
      }
      s.choices.forEach(function (o) { o.button.disabled = false; o.button.removeAttribute('aria-pressed'); });
      s.feedback.hidden = true;
    }
    clock.restart();
    if (moveFocus) P.focus(s.sec.querySelector('h2'));
  }

  function reset(message) {
    saved.forget();
    state = fresh();
    save();
    arrange();
    live.textContent = message;
    render(true);
  }
  restart.addEventListener('click', function () {
    P.confirmStep(restart, t('scenario.start_over_confirm'), t('scenario.start_over_yes'), function () {
      reset(t('scenario.cleared'));
    });
  });

  var got = lms && lms.suspendData();
  got = got ? P.parse(got) : saved.load();
  var state = got === null ? null : fit(got);
  if (got !== null && !state) P.notice(bar, t('scenario.saved_unusable'));
  state = state || fresh();
  save();
  arrange();
  render(false);
})();
