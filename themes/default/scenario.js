/* sharepack branching scenario player: plays a scenario page (its steps as
 * linked sections) one step at a time, with feedback on every decision, the
 * path so far, a score at the end, resume after reload and a results file.
 * Plain JavaScript, no network: progress stays in this browser. A decision
 * scores one point when the choice is one the guidance expects; the score
 * is out of the decisions on the learner's path. Needs player.js. */
(function () {
  'use strict';
  var P = window.SharepackPlayer;
  var art = document.querySelector('article.sp-scenario');
  if (!P || !art) return;
  var el = P.el, now = P.now;
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

  function fresh() { return { path: [], current: start, pending: null, started: now(), finished: null }; }
  /* Progress saved here or in the LMS is used only if it fits this scenario. */
  function valid(s) { return steps[s.current] && Array.isArray(s.path); }
  var saved = P.store(key);
  function save() { saved.save(state); }
  function choiceOf(stepId, letter) {
    var c = steps[stepId].choices;
    for (var i = 0; i < c.length; i++) if (c[i].letter === letter) return c[i];
    return null;
  }
  function score() { return state.path.filter(function (p) { return p.correct; }).length; }

  /* ---- the LMS, when the page was launched by one (lms.js) ---- */
  var lms = P.lms();
  /* The percent the LMS gets; unlike the results file, not rounded. */
  function lmsScore() { return state.path.length ? (100 * score()) / state.path.length : 0; }
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
    P.lmsAnswer(lms, { id: 'step-' + p.step, description: title, response: p.choice,
      correctResponse: want[0], letter: p.choice, correctLetter: want[0], correct: p.correct, seconds: p.seconds },
      lmsScore(), JSON.stringify(state));
  }
  function reportEnd() {
    if (xapi && !state.sent) {
      state.sent = true;
      save();
      xapi.completed(activity, score(), state.path.length, null);
    }
    if (lms) P.lmsFinish(lms, lmsScore(), null, JSON.stringify(state));
  }

  art.classList.add('sp-js');
  var live = P.liveRegion();
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

  var clock = P.timer();
  function choose(s, c) {
    if (state.pending) return;
    state.pending = c.letter;
    state.path.push({ step: s.id, choice: c.letter, correct: c.expected,
      seconds: clock.seconds() });
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
      percent: P.percent(s, max)
    };
  }

  function download() { P.download('sharepack-' + id + '-results.json', record()); }

  function showResults() {
    reportEnd();
    var r = record();
    results.textContent = '';
    results.appendChild(el('h2', { id: 'sp-results-title' }, 'Your result'));
    results.appendChild(el('p', { 'class': 'sp-result-line' }, 'You made ' + r.score + ' of ' + r.max +
      ' decisions as the guidance expects: ' + r.percent + '%.'));
    var actions = el('div', { 'class': 'sp-actions' });
    actions.appendChild(P.button('Download my results', '', download));
    actions.appendChild(P.button('Try again', 'sp-secondary', function () { reset('Starting the case again.'); }));
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
    clock.restart();
    if (moveFocus) P.focus(s.sec.querySelector('h2'));
  }

  function reset(message) {
    saved.forget();
    state = fresh();
    save();
    live.textContent = message;
    render(true);
  }
  restart.addEventListener('click', function () { reset('Your choices were cleared. Starting again.'); });

  var state = (lms && P.parse(lms.suspendData(), valid)) || saved.load(valid) || fresh();
  save();
  render(false);
})();
