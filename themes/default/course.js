/* sharepack course: what a learner has done of a pack, kept in this
 * browser. On a guidance or briefing page, a "Mark as read" button (a
 * toggle) records the page as read, keyed by its id and the hash of its
 * text, so a changed page counts as not read again. On a pack page, each
 * step of the course says "Read", "Not read yet", "Done" or "Not done yet"
 * and the course says how many of its steps are done: a scenario or the
 * quiz is done when the player's own saved progress (scenario.js, quiz.js;
 * read here, never written) says it finished. Plain JavaScript, no
 * network; without storage the pages work as before, with no marks. */
(function () {
  'use strict';
  /* localStorage, or null when this browser will not keep anything
   * (turned off, file: pages in some browsers, full). */
  var store = null;
  try {
    var probe = 'sharepack:probe';
    window.localStorage.setItem(probe, '1');
    window.localStorage.removeItem(probe);
    store = window.localStorage;
  } catch (e) { store = null; }
  if (!store) return;

  function get(key) {
    try { return JSON.parse(store.getItem(key)); } catch (e) { return null; }
  }
  function readKey(id, hash) { return 'sharepack:read:' + id + ':' + hash; }
  function isRead(id, hash) {
    var v = get(readKey(id, hash));
    return !!v && typeof v === 'object' && typeof v.read === 'string';
  }
  /* The keys scenario.js and quiz.js save an attempt under; finished is set
   * once the attempt reached its end. */
  function finished(key) {
    var v = get(key);
    return !!v && typeof v === 'object' && typeof v.finished === 'string';
  }
  var DONE = {
    read: function (d) { return isRead(d.spId, d.spHash); },
    scenario: function (d) { return finished('sharepack:scenario:' + d.spId + ':' + d.spHash); },
    quiz: function (d) { return finished('sharepack:' + d.spId + ':' + d.spHash); }
  };

  /* The page's words (generator/render_strings.h), each {name} from a;
   * player.js has the same for the players, which these pages do not load. */
  var S = document.getElementById('sp-strings') || document.createElement('i');
  function t(k, a) {
    return (S.getAttribute('data-' + k) || k).replace(/\{(\w+)\}/g, function (m, x) { return a && x in a ? a[x] : m; });
  }

  function text(tag, cls, content) {
    var e = document.createElement(tag);
    e.className = cls;
    e.textContent = content;
    return e;
  }

  /* ---- a pack page: the state of each step ---- */
  var steps = document.querySelectorAll('ol.sp-course-steps > li[data-sp-course]');
  if (steps.length) {
    var done = 0;
    Array.prototype.forEach.call(steps, function (li) {
      var d = li.dataset, how = DONE[d.spCourse], yes = !!how && how(d);
      done += yes;
      li.appendChild(document.createTextNode(' \u2014 '));
      li.appendChild(text('strong', 'sp-course-state', t(d.spCourse === 'read' ?
        (yes ? 'course.state_read' : 'course.state_not_read') : (yes ? 'course.state_done' : 'course.state_not_done'))));
    });
    var list = steps[0].parentNode;
    list.parentNode.insertBefore(text('p', 'sp-course-done', t('course.steps_done', { done: done, n: steps.length })), list);
  }

  /* ---- a guidance or briefing page: marking it read ---- */
  var art = document.querySelector('article[data-sp-id][data-sp-hash]');
  if (!art) return;
  var key = readKey(art.dataset.spId, art.dataset.spHash);
  var p = text('p', 'sp-course-mark', '');
  var button = text('button', 'sp-secondary', t('course.mark_read'));
  button.type = 'button';
  var state = text('span', 'sp-course-state', '');
  state.setAttribute('role', 'status');
  function show() {
    var yes = isRead(art.dataset.spId, art.dataset.spHash);
    button.setAttribute('aria-pressed', yes ? 'true' : 'false');
    state.textContent = t(yes ? 'course.marked_read' : 'course.not_read_yet');
  }
  button.addEventListener('click', function () {
    try {
      if (button.getAttribute('aria-pressed') === 'true') store.removeItem(key);
      else store.setItem(key, JSON.stringify({ v: 1, read: new Date().toISOString() }));
    } catch (e) { /* full or taken away since: the mark stays as it was */ }
    show();
  });
  p.appendChild(button);
  p.appendChild(document.createTextNode(' '));
  p.appendChild(state);
  art.appendChild(p);
  show();
})();
