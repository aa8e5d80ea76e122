/* sharepack player helpers: what the quiz (quiz.js) and the scenario player
 * (scenario.js) both need, defined once as window.SharepackPlayer: building
 * elements, keeping progress in this browser, timing an answer, moving
 * focus, reporting to an LMS (lms.js) and saving the results file. Plain
 * JavaScript, no network; the page loads it before either player. */
(function () {
  'use strict';

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    for (var k in attrs) if (Object.prototype.hasOwnProperty.call(attrs, k)) e.setAttribute(k, attrs[k]);
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function button(text, cls, onclick) {
    var b = el('button', cls ? { type: 'button', 'class': cls } : { type: 'button' }, text);
    b.addEventListener('click', onclick);
    return b;
  }
  /* Announced by screen readers whenever its text changes. */
  function liveRegion() {
    return el('div', { 'class': 'sp-visually-hidden', 'aria-live': 'polite', role: 'status' });
  }
  /* Focus on an element that is not a control, such as a heading. */
  function focus(node) {
    node.setAttribute('tabindex', '-1');
    node.focus();
  }

  function now() { return new Date().toISOString(); }
  function percent(score, max) { return max ? Math.round((100 * score) / max) : 0; }
  /* Whole seconds since start (or restart): the time an answer took. */
  function timer() {
    var at = Date.now();
    return {
      restart: function () { at = Date.now(); },
      seconds: function () { return Math.max(0, Math.round((Date.now() - at) / 1000)); }
    };
  }

  /* Saved progress from JSON text, or null when it is missing, damaged or
   * not what valid(progress) accepts. */
  function parse(text, valid) {
    try {
      var s = JSON.parse(text);
      return s && valid(s) ? s : null;
    } catch (e) { return null; }
  }
  /* Progress in this browser's localStorage under key. Storage may be off
   * or full: then nothing is kept and the player still works. */
  function store(key) {
    return {
      load: function (valid) {
        try { return parse(window.localStorage.getItem(key), valid); } catch (e) { return null; }
      },
      save: function (state) {
        try { window.localStorage.setItem(key, JSON.stringify(state)); } catch (e) { /* no storage */ }
      },
      forget: function () {
        try { window.localStorage.removeItem(key); } catch (e) { /* no storage */ }
      }
    };
  }

  /* The LMS that launched the page (lms.js), started, or null. */
  function lms() {
    return window.SharepackLMS && window.SharepackLMS.start() ? window.SharepackLMS : null;
  }
  /* The lms* functions take the started LMS (never null).
   * One answer to the LMS: the interaction, the score so far (a percent)
   * and the progress to resume from. */
  function lmsAnswer(api, interaction, score, suspend) {
    api.interaction(interaction);
    api.score(score);
    api.saveSuspendData(suspend);
    api.commit();
  }
  /* Progress between answers, until the attempt has ended. */
  function lmsSave(api, suspend) {
    if (api.done) return;
    api.saveSuspendData(suspend);
    api.commit();
  }
  /* The end of the attempt, once: the score, passed or failed (null when
   * there is no pass mark) and the progress; then the session closes. */
  function lmsFinish(api, score, passed, suspend) {
    if (api.done) return;
    api.score(score);
    api.complete(passed);
    api.saveSuspendData(suspend);
    api.done = true;
    api.finish();
  }

  /* Offers record to the learner as a JSON file called name. */
  function download(name, record) {
    var blob = new Blob([JSON.stringify(record, null, 2) + '\n'], { type: 'application/json' });
    var a = el('a', { href: URL.createObjectURL(blob), download: name, hidden: '' }, 'Download');
    document.body.appendChild(a);
    a.click();
    /* Revoked later: the browser may still be reading the blob. */
    setTimeout(function () { URL.revokeObjectURL(a.href); a.parentNode.removeChild(a); }, 1000);
  }

  window.SharepackPlayer = {
    el: el, button: button, liveRegion: liveRegion, focus: focus,
    now: now, percent: percent, timer: timer,
    parse: parse, store: store,
    lms: lms, lmsAnswer: lmsAnswer, lmsSave: lmsSave, lmsFinish: lmsFinish,
    download: download
  };
})();
