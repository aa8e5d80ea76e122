/* sharepack branching scenario player: plays a scenario page (its steps as
 * linked sections) one step at a time, with feedback on every decision, the
 * path so far, a score at the end, resume after reload and a results file.
 * Plain JavaScript, no network: progress stays in this browser. A decision
 * scores one point when the choice is one the guidance expects; the score
 * is out of the decisions on the learner's path. */
(function () {
  'use strict';
  var art = document.querySelector('article.sp-scenario');
  if (!art) return;
  var id = art.getAttribute('data-sp-scenario');
  var hash = art.getAttribute('data-sp-hash');
  var start = art.getAttribute('data-sp-start');
  var title = art.querySelector('h1').textContent;
  var key = 'sharepack:scenario:' + id + ':' + hash;
  var steps = {};
  Array.prototype.forEach.call(art.querySelectorAll('section.sp-step'), function (sec) {
    var s = { sec: sec, id: sec.getAttribute('data-sp-step'), ending: sec.hasAttribute('data-sp-ending'), choices: [] };
    Array.prototype.forEach.call(sec.querySelectorAll('ol.sp-choices > li'), function (li) {
      s.choices.push({
        li: li,
        letter: li.getAttribute('data-sp-choice'),
        go: li.getAttribute('data-sp-go'),
        expected: li.getAttribute('data-sp-expected') === 'true',
        label: li.querySelector('a').textContent,
        why: li.querySelector('.sp-why')
      });
    });
    steps[s.id] = s;
  });
  if (!steps[start]) return;

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    for (var k in attrs) if (Object.prototype.hasOwnProperty.call(attrs, k)) e.setAttribute(k, attrs[k]);
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function now() { return new Date().toISOString(); }
  function fresh() { return { path: [], current: start, pending: null, started: now(), finished: null }; }
  function load() {
    try {
      var s = JSON.parse(window.localStorage.getItem(key));
      if (s && steps[s.current] && Array.isArray(s.path)) return s;
    } catch (e) { /* no storage, or damaged: start afresh */ }
    return null;
  }
  function save() { try { window.localStorage.setItem(key, JSON.stringify(state)); } catch (e) { /* no storage */ } }
  function choiceOf(stepId, letter) {
    var c = steps[stepId].choices;
    for (var i = 0; i < c.length; i++) if (c[i].letter === letter) return c[i];
    return null;
  }
  function score() { return state.path.filter(function (p) { return p.correct; }).length; }

  /* ---- the LMS, when the page was launched by one (lms.js) ---- */
  var lms = window.SharepackLMS && window.SharepackLMS.start() ? window.SharepackLMS : null;
  function expectedLetters(stepId) {
    return steps[stepId].choices.filter(function (o) { return o.expected; }).map(function (o) { return o.letter; });
  }
  /* ---- xAPI, when configured (xapi.js) ---- */
  var xapi = window.SharepackXAPI || null;
  var activity = { id: 'urn:sharepack:scenario:' + id, title: title };
  function report(p) {
    if (xapi) {
      xapi.answered(activity, { id: 'step-' + p.step, title: title + ': ' + p.step },
        steps[p.step].choices.map(function (o) { return [o.letter, o.label]; }), p.choice,
        expectedLetters(p.step), p.seconds);
    }
    if (!lms) return;
    var want = expectedLetters(p.step);
    lms.interaction({ id: 'step-' + p.step, description: title, response: p.choice,
      correctResponse: want[0], letter: p.choice, correctLetter: want[0], correct: p.correct, seconds: p.seconds });
    lms.score(state.path.length ? (100 * score()) / state.path.length : 0);
    lms.saveSuspendData(JSON.stringify(state));
    lms.commit();
  }
  function reportEnd() {
    if (xapi && !state.sent) {
      state.sent = true;
      save();
      xapi.completed(activity, score(), state.path.length, null);
    }
    if (!lms || lms.done) return;
    lms.score(state.path.length ? (100 * score()) / state.path.length : 0);
    lms.complete(null);
    lms.saveSuspendData(JSON.stringify(state));
    lms.done = true;
    lms.finish();
  }
  function fromLms() {
    if (!lms) return null;
    try {
      var s = JSON.parse(lms.suspendData());
      if (s && steps[s.current] && Array.isArray(s.path)) return s;
    } catch (e) { /* nothing saved there */ }
    return null;
  }

  art.classList.add('sp-js');
  var live = el('div', { 'class': 'sp-visually-hidden', 'aria-live': 'polite', role: 'status' });
  art.appendChild(live);
  var bar = el('div', { 'class': 'sp-bar' });
  var status = el('p', { 'class': 'sp-progress-text' });
  var restart = el('button', { type: 'button', 'class': 'sp-secondary' }, 'Start over');
  bar.appendChild(status);
  bar.appendChild(restart);
  var firstStep = art.querySelector('section.sp-step');
  art.insertBefore(bar, firstStep);
  var pathBox = el('section', { 'class': 'sp-path', 'aria-labelledby': 'sp-path-title' });
  pathBox.appendChild(el('h2', { id: 'sp-path-title' }, 'Your path so far'));
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

  var shownAt = Date.now();
  function choose(s, c) {
    if (state.pending) return;
    state.pending = c.letter;
    state.path.push({ step: s.id, choice: c.letter, correct: c.expected,
      seconds: Math.max(0, Math.round((Date.now() - shownAt) / 1000)) });
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
    var verdict = el('p', { 'class': 'sp-verdict ' + (c.expected ? 'sp-right' : 'sp-wrong') });
    verdict.appendChild(el('strong', {}, c.expected ? 'As the guidance expects.' : 'Not what the guidance expects.'));
    var better = s.choices.filter(function (o) { return o.expected; }).map(function (o) { return o.label; });
    verdict.appendChild(document.createTextNode(' You chose: ' + c.label + '.' +
      (c.expected ? '' : ' The guidance expects: ' + better.join('; or ') + '.')));
    s.feedback.appendChild(verdict);
    if (c.why) s.feedback.appendChild(c.why.cloneNode(true));
    var next = el('button', { type: 'button', 'class': 'sp-next' }, 'Continue');
    next.addEventListener('click', function () {
      state.current = c.go;
      state.pending = null;
      if (steps[state.current].ending) state.finished = now();
      save();
      if (lms && !lms.done) { lms.saveSuspendData(JSON.stringify(state)); lms.commit(); }
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
      pathList.appendChild(el('li', { 'class': p.correct ? 'sp-right' : 'sp-wrong' },
        'Decision ' + (i + 1) + ': ' + (c ? c.label : p.choice) + ' (' +
        (p.correct ? 'as the guidance expects' : 'not what the guidance expects') + ')'));
    });
    pathBox.hidden = state.path.length === 0;
  }

  function record() {
    var max = state.path.length, s = score();
    return {
      format: 'sharepack-result/1',
      scenario: id,
      content_hash: hash,
      started: state.started,
      finished: state.finished,
      items: state.path.map(function (p) {
        return { id: p.step, kind: 'decision', answer: p.choice,
          expected: expectedLetters(p.step).join(''),
          correct: p.correct, seconds: p.seconds };
      }),
      ending: state.current,
      score: s,
      max: max,
      percent: max ? Math.round((100 * s) / max) : 0
    };
  }

  function download() {
    var blob = new Blob([JSON.stringify(record(), null, 2) + '\n'], { type: 'application/json' });
    var a = el('a', { href: URL.createObjectURL(blob), download: 'sharepack-' + id + '-results.json', hidden: '' }, 'Download');
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.parentNode.removeChild(a); }, 1000);
  }

  function showResults() {
    reportEnd();
    var r = record();
    results.textContent = '';
    results.appendChild(el('h2', { id: 'sp-results-title' }, 'Your result'));
    results.appendChild(el('p', { 'class': 'sp-result-line' }, 'You made ' + r.score + ' of ' + r.max +
      ' decisions as the guidance expects: ' + r.percent + '%.'));
    var actions = el('div', { 'class': 'sp-actions' });
    var dl = el('button', { type: 'button' }, 'Download my results');
    dl.addEventListener('click', download);
    var again = el('button', { type: 'button', 'class': 'sp-secondary' }, 'Try again');
    again.addEventListener('click', function () { reset('Starting the case again.'); });
    actions.appendChild(dl);
    actions.appendChild(again);
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
      status.textContent = 'The end of the case: ' + score() + ' of ' + state.path.length +
        ' decisions as the guidance expects';
      showResults();
    } else {
      status.textContent = 'Decision ' + (state.path.length + (state.pending ? 0 : 1)) + '. Score so far: ' +
        score() + ' of ' + state.path.length;
      if (state.pending) {
        showFeedback(s, moveFocus);
        return;
      }
      s.choices.forEach(function (o) { o.button.disabled = false; o.button.removeAttribute('aria-pressed'); });
      s.feedback.hidden = true;
    }
    shownAt = Date.now();
    if (moveFocus) {
      var h = s.sec.querySelector('h2');
      h.setAttribute('tabindex', '-1');
      h.focus();
    }
  }

  function reset(message) {
    try { window.localStorage.removeItem(key); } catch (e) { /* no storage */ }
    state = fresh();
    save();
    live.textContent = message;
    render(true);
  }
  restart.addEventListener('click', function () { reset('Your choices were cleared. Starting again.'); });

  var state = fromLms() || load() || fresh();
  save();
  render(false);
})();
