/* sharepack player helpers: what quiz.js and scenario.js both need, defined
 * once as window.SharepackPlayer. Plain JavaScript, no network; the page
 * loads it before either player. */
(function () {
  'use strict';

  function own(o, k) { return Object.prototype.hasOwnProperty.call(o, k); }
  /* The page's words (generator/render_strings.h), each {name} from a. */
  var S = document.getElementById('sp-strings') || document.createElement('i');
  function t(k, a) {
    return (S.getAttribute('data-' + k) || k).replace(/\{(\w+)\}/g, function (m, x) { return a && own(a, x) ? a[x] : m; });
  }
  /* An element; attrs is an object of attributes or a class name. */
  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    if (typeof attrs === 'string') attrs = { class: attrs };
    for (var k in attrs) if (own(attrs, k)) e.setAttribute(k, attrs[k]);
    if (text !== undefined) e.textContent = text;
    return e;
  }
  /* The same, added at the end of parent. */
  function add(parent, tag, attrs, text) { return parent.appendChild(el(tag, attrs, text)); }
  function button(text, cls, onclick) {
    var b = el('button', cls ? { type: 'button', class: cls } : { type: 'button' }, text);
    b.addEventListener('click', onclick);
    return b;
  }
  /* Announced by screen readers whenever its text changes. */
  function liveRegion() {
    return el('div', { class: 'sp-visually-hidden', 'aria-live': 'polite', role: 'status' });
  }
  /* Focus on an element that is not a control, such as a heading. */
  function focus(node) {
    node.setAttribute('tabindex', '-1');
    node.focus();
  }

  function now() { return new Date().toISOString(); }
  /* Whole seconds since start (or restart): the time an answer took. */
  function timer() {
    var at = Date.now();
    return {
      restart: function () { at = Date.now(); },
      seconds: function () { return Math.max(0, Math.round((Date.now() - at) / 1000)); }
    };
  }

  /* Saved progress from JSON text: null when there is none, false when it
   * is damaged. Each player checks the rest before use. */
  function parse(text) {
    try { return text ? JSON.parse(text) : null; } catch (e) { return false; }
  }
  /* text when it is a string, else or. */
  function str(text, or) { return typeof text === 'string' ? text : or; }
  /* Tells the learner, visibly and politely to screen readers, before
   * node: saved progress that could not be used. */
  function notice(node, text) {
    var p = el('p', { class: 'sp-notice', role: 'status' });
    node.before(p);
    p.textContent = text;
  }
  /* Progress in this browser's localStorage under key. Storage may be off
   * or full: then nothing is kept and the player still works. */
  function store(key) {
    function call(f, x) { try { return window.localStorage[f](key, x); } catch (e) { return null; } }
    return {
      load: function () { return parse(call('getItem')); },
      save: function (state) { call('setItem', JSON.stringify(state)); },
      forget: function () { call('removeItem'); }
    };
  }

  /* The LMS that launched the page (lms.js), started, or null. */
  function lms() {
    return window.SharepackLMS && window.SharepackLMS.start() ? window.SharepackLMS : null;
  }
  /* The lms* functions take the started LMS (never null).
   * Progress between answers, until the attempt has ended. */
  function lmsSave(api, suspend) {
    if (api.done) return;
    api.saveSuspendData(suspend);
    api.commit();
  }
  /* One answer: the interaction and the progress. No running score: with
   * SCORM 1.2 "mastery score overrides status", Moodle would fail a learner
   * who leaves part-way. */
  function lmsAnswer(api, interaction, suspend) {
    api.interaction(interaction);
    lmsSave(api, suspend);
  }
  /* The end of the attempt, once: the score (a percent), passed or failed
   * (null when there is no pass mark), the parts as objectives ([{ id,
   * percent, passed }], may be absent) and the progress; then the session
   * closes. */
  function lmsFinish(api, score, passed, suspend, objectives) {
    if (api.done) return;
    (objectives || []).forEach(function (o) { api.objective(o.id, o.percent, o.passed); });
    api.score(score);
    api.complete(passed);
    api.saveSuspendData(suspend);
    api.done = true;
    api.finish();
  }

  /* ---- an attempt's own order, from a seed kept with the attempt ---- */
  /* A new seed: a whole number from 0 to 2^32 - 1. */
  function newSeed() {
    try {
      var a = new Uint32Array(1);
      window.crypto.getRandomValues(a);
      return a[0];
    } catch (e) { return Math.floor(Math.random() * 4294967296); }
  }
  /* FNV-1a, 32 bits, of a string's UTF-16 code units. */
  function fnv(text) {
    var h = 0x811c9dc5;
    for (var i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
    return h;
  }
  /* mulberry32: a function giving the same numbers in [0, 1) for a seed. */
  function rng(seed) {
    var a = seed >>> 0;
    return function () {
      a = (a + 0x6D2B79F5) >>> 0;
      var t = Math.imul(a ^ (a >>> 15), a | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  /* A shuffled copy of list (Fisher-Yates, numbers from rand). */
  function shuffle(list, rand) {
    var a = list.slice();
    for (var i = a.length - 1; i > 0; i--) {
      var j = Math.floor(rand() * (i + 1));
      var t = a[i]; a[i] = a[j]; a[j] = t;
    }
    return a;
  }
  var ANSWER_RUN = 3;
  /* How many places in seq extend a run of equal key(entry) past limit. */
  function excess(seq, key, limit) {
    var over = 0, run = 0;
    for (var i = 0; i < seq.length; i++) {
      run = i && seq[i][key] === seq[i - 1][key] ? run + 1 : 1;
      if (run > limit) over++;
    }
    return over;
  }
  /* The longest run of one kind the counts allow: 2, or more when one kind
   * far outnumbers the other. */
  function kindLimit(entries) {
    var n = {}, most = 0;
    entries.forEach(function (e) { most = Math.max(most, n[e.kind] = (n[e.kind] || 0) + 1); });
    return most === entries.length ? Infinity : Math.max(2, Math.ceil(most / (entries.length - most + 1)));
  }
  /* One random order, left to right: each place takes an answer that breaks
   * no run limit and leaves each kind room for the rest (any answer when
   * none does), chosen in proportion to how many of it are left. */
  function attempt(entries, rand, kmax) {
    var pools = {}, kinds = {}, left = {}, seq = [], arun = 0, krun = 0;
    shuffle(entries, rand).forEach(function (e) {
      (pools[e.answer] = pools[e.answer] || []).push(e);
      kinds[e.answer] = e.kind;
      left[e.kind] = (left[e.kind] || 0) + 1;
    });
    function fits(a) {
      var last = seq[seq.length - 1], ka = kinds[a];
      if (!last) return true;
      if ((last.answer === a && arun >= ANSWER_RUN) || (last.kind === ka && krun >= kmax)) return false;
      var run = last.kind === ka ? krun + 1 : 1, total = -1;
      for (var k in left) total += left[k];
      for (k in left) {
        var rest = left[k] - (k === ka ? 1 : 0);
        if (rest > kmax * (total - rest + 1) - (k === ka ? run : 0)) return false;
      }
      return true;
    }
    while (seq.length < entries.length) {
      var open = Object.keys(pools).filter(function (a) { return pools[a].length; });
      var good = open.filter(fits), total = 0, i;
      if (!good.length) good = open;
      for (i = 0; i < good.length; i++) total += pools[good[i]].length;
      var r = rand() * total;
      for (i = 0; i < good.length - 1 && (r -= pools[good[i]].length) >= 0; i++);
      var e = pools[good[i]].pop(), last = seq[seq.length - 1];
      arun = last && last.answer === e.answer ? arun + 1 : 1;
      krun = last && last.kind === e.kind ? krun + 1 : 1;
      left[e.kind]--;
      seq.push(e);
    }
    return seq;
  }
  /* The order of an attempt: the ids of entries ({ id, kind, answer }) in
   * an order made from seed, with no more than 3 in a row of one answer
   * and 2 of one kind (or as few as the counts allow). When no order keeps
   * both (all one answer, say), the best of 30 tries: it always ends. The
   * same entries and seed always give the same order. */
  function order(entries, seed) {
    var rand = rng(seed), kmax = kindLimit(entries), best = [], cost = Infinity;
    for (var t = 0; t < 30 && cost > 0; t++) {
      var seq = attempt(entries, rand, kmax);
      var c = excess(seq, 'answer', ANSWER_RUN) + excess(seq, 'kind', kmax);
      if (c < cost) { best = seq; cost = c; }
    }
    return best.map(function (e) { return e.id; });
  }

  /* An attempt code: 8 characters of Crockford base32 made from the seed,
   * the content hash and the finish time, as the README describes. */
  function attemptCode(seed, hash, finished) {
    var A = '0123456789ABCDEFGHJKMNPQRSTVWXYZ', text = seed + ':' + hash + ':' + finished, out = '';
    [fnv(text), fnv(text + ':')].forEach(function (h) {
      for (var i = 0; i < 4; i++) out += A.charAt((h >>> (5 * i)) & 31);
    });
    return out;
  }

  /* Asks before something that cannot be undone: a modal <dialog> (keyboard
   * and screen readers handle it; Escape cancels) with the question and two
   * buttons, Cancel focused. Never window.confirm, which some locked-down
   * browsers block. opener gets focus back when the learner cancels. */
  function confirmStep(opener, question, yes, onYes) {
    var d = el('dialog', { class: 'sp-confirm', 'aria-labelledby': 'sp-confirm-q' });
    add(d, 'p', { id: 'sp-confirm-q' }, question);
    function close(then) {
      if (d.close) d.close(); else d.removeAttribute('open');
      d.remove();
      then();
    }
    function cancel() { close(function () { opener.focus(); }); }
    d.appendChild(button(yes, '', function () { close(onYes); }));
    var no = d.appendChild(button(t('player.cancel'), 'sp-secondary', cancel));
    d.addEventListener('cancel', function (ev) { ev.preventDefault(); cancel(); });
    document.body.appendChild(d);
    if (d.showModal) d.showModal(); else d.setAttribute('open', '');
    no.focus();
  }

  /* Offers record to the learner as a JSON file called name. */
  function download(name, record) {
    var blob = new Blob([JSON.stringify(record, null, 2) + '\n'], { type: 'application/json' });
    var a = add(document.body, 'a', { href: URL.createObjectURL(blob), download: name, hidden: '' }, t('player.download'));
    a.click();
    /* Revoked later: the browser may still be reading the blob. */
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  }

  window.SharepackPlayer = {
    own: own, t: t, lang: S.getAttribute('data-sp-locale'), el: el, add: add, button: button, liveRegion: liveRegion, focus: focus,
    now: now, timer: timer,
    parse: parse, str: str, notice: notice, store: store,
    lms: lms, lmsAnswer: lmsAnswer, lmsSave: lmsSave, lmsFinish: lmsFinish,
    download: download,
    newSeed: newSeed, fnv: fnv, rng: rng, shuffle: shuffle, order: order,
    attemptCode: attemptCode, confirmStep: confirmStep
  };
})();
