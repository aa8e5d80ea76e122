/* sharepack xAPI sender: when the pack was built with --xapi-endpoint, or
 * the page was launched with the standard xAPI launch parameters (endpoint,
 * auth, actor), sends a statement for each answer and for completion to
 * that Learning Record Store, in the shape `sharepack report` reads
 * (generator/report_xapi.h). Otherwise window.SharepackXAPI is null and
 * nothing is ever sent. */
(function () {
  'use strict';
  function meta(name) {
    var m = document.querySelector('meta[name="' + name + '"]');
    return m ? m.getAttribute('content') : null;
  }
  /* The endpoint and its auth come from one place (README, "xAPI"): both
   * from the build (meta elements), or, only when the build set none, both
   * from the launch address. So a key written into the pages is never sent
   * to an address a link names, and a launch address cannot choose whose
   * record a built-in key writes: its actor is used only with its own
   * endpoint. The page's Content-Security-Policy allows the same. */
  var q = new URLSearchParams(window.location.search);
  var built = meta('sp-xapi-endpoint');
  var endpoint = built || q.get('endpoint');
  var auth = built ? meta('sp-xapi-auth') : q.get('auth');
  var actor = null;
  try {
    if (!/^https?:$/.test(new URL(endpoint).protocol)) endpoint = null;
  } catch (e) { endpoint = null; }
  if (!endpoint) { window.SharepackXAPI = null; return; }
  if (endpoint.charAt(endpoint.length - 1) !== '/') endpoint += '/';
  try { actor = built ? null : JSON.parse(q.get('actor')); } catch (e) { actor = null; }
  if (!actor || typeof actor !== 'object' || Array.isArray(actor)) {
    /* No learner given: an anonymous one, stable in this browser. */
    var id = null;
    try { id = window.localStorage.getItem('sharepack:xapi-learner'); } catch (e) { id = null; }
    if (!id) {
      id = uuid();
      try { window.localStorage.setItem('sharepack:xapi-learner', id); } catch (e) { /* no storage */ }
    }
    actor = { objectType: 'Agent', account: { homePage: new URL(endpoint).origin, name: id } };
  }
  var VERB = 'http://adlnet.gov/expapi/verbs/';
  /* The page's language and words (generator/render_strings.h); 'und'
   * (undetermined) on a page that does not say. */
  var S = document.getElementById('sp-strings') || document.createElement('i');
  var LANG = S.getAttribute('data-sp-locale') || 'und';
  function word(k) { return S.getAttribute('data-xapi.' + k) || k; }

  function uuid() {
    var b = new Uint8Array(16);
    window.crypto.getRandomValues(b);
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    var h = Array.prototype.map.call(b, function (x) { return (x + 256).toString(16).slice(1); }).join('');
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }
  function lang(text) { var o = {}; o[LANG] = text; return o; }
  /* The language map of a title: this page's, and each other language's
   * the page gives for the item of that id, with tail after it. */
  function names(id, text, tail) {
    var o = lang(text);
    S.querySelectorAll('[data-sp-for]').forEach(function (e) {
      if (e.getAttribute('data-sp-for') === id) o[e.getAttribute('data-sp-locale')] = e.textContent + (tail || '');
    });
    return o;
  }
  /* An activity's item id: what follows the last ':' of its urn. */
  function idOf(parent) { return parent.id.slice(parent.id.lastIndexOf(':') + 1); }
  function kept(k, value) {
    try {
      if (value === undefined) return window.localStorage.getItem(k);
      if (value === null) window.localStorage.removeItem(k); else window.localStorage.setItem(k, value);
    } catch (e) { /* no storage: this page's attempt only */ }
    return value;
  }
  /* One registration per attempt, so that a report counts attempts: kept
   * per activity in this browser, so that a reload goes on with the same
   * attempt; the attempt's end or a new attempt (begin) drops it. */
  var registrations = {};
  function registration(parent) {
    var k = 'sharepack:xapi-registration:' + parent.id;
    registrations[k] = registrations[k] || kept(k) || kept(k, uuid());
    return registrations[k];
  }
  function forget(parent) {
    var k = 'sharepack:xapi-registration:' + parent.id;
    delete registrations[k];
    kept(k, null);
  }
  /* The content hash the page gives the element with this data-sp-id
   * (a question), or the pack's or scenario's own (id null). */
  function hashOf(id) {
    var found = null;
    document.querySelectorAll(id === null ? '[data-sp-pack][data-sp-hash], [data-sp-scenario][data-sp-hash]' :
      'li[data-sp-id][data-sp-hash]').forEach(function (e) {
      if (id === null || e.getAttribute('data-sp-id') === id) found = found || e.getAttribute('data-sp-hash');
    });
    return found;
  }
  /* Every statement's context: the attempt, the language, and the agency
   * when the learner chose one on the page (quiz.js keeps the choice). */
  function context(parent, extra) {
    var c = { registration: registration(parent), language: LANG }, ext = extra || {};
    var agency = document.getElementById('sp-agency');
    if (agency && agency.value) ext['urn:sharepack:agency'] = agency.value;
    if (Object.keys(ext).length) c.extensions = ext;
    return c;
  }
  function send(statement) {
    statement.id = uuid();
    statement.actor = actor;
    statement.timestamp = new Date().toISOString();
    var headers = { 'Content-Type': 'application/json', 'X-Experience-API-Version': '1.0.3' };
    if (auth) headers.Authorization = auth;
    try {
      window.fetch(endpoint + 'statements', { method: 'POST', headers: headers, body: JSON.stringify(statement),
        keepalive: true }).catch(function () { /* the LRS is out of reach: the quiz goes on */ });
    } catch (e) { /* no fetch: nothing to do */ }
  }
  function duration(seconds) { return 'PT' + Math.max(0, Math.round(seconds)) + 'S'; }

  window.SharepackXAPI = {
    /* One answer. parent: { id, title } of the pack or scenario; item:
     * { id, title }, or { id, key, tail, title } when its title is that of
     * item key with tail after it; choices: [[id, label], ...]; response and correct:
     * choice ids; points (0 to 1) when the answer scores other than 1 for
     * a correct response and 0 otherwise. */
    answered: function (parent, item, choices, response, correct, seconds, points) {
      var success = correct.indexOf(response) >= 0;
      var definition = {
        type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
        name: names(item.key || item.id, item.title, item.tail),
        interactionType: 'choice',
        correctResponsesPattern: correct,
        choices: choices.map(function (c) { return { id: c[0], description: lang(c[1]) }; })
      };
      var hash = hashOf(item.id);
      if (hash) definition.extensions = { 'urn:sharepack:content-hash': hash };
      var ctx = context(parent);
      ctx.contextActivities = { parent: [{ objectType: 'Activity', id: parent.id }] };
      send({
        verb: { id: VERB + 'answered', display: lang(word('answered')) },
        object: { objectType: 'Activity', id: parent.id + ':' + item.id, definition: definition },
        result: { success: success, response: response, duration: duration(seconds),
          score: { raw: points === undefined ? (success ? 1 : 0) : points, min: 0, max: 1 } },
        context: ctx
      });
    },
    /* The end: completed, then passed or failed when there is a pass mark
     * (passed is true, false or null). scaled (0 to 1) is the overall
     * score when it is not score / max (a weighted one). */
    completed: function (parent, score, max, passed, scaled) {
      if (scaled === undefined) scaled = max ? score / max : 0;
      var result = { completion: true, score: { raw: score, min: 0, max: max, scaled: Math.round(100 * scaled) / 100 } };
      var object = { objectType: 'Activity', id: parent.id, definition: {
        type: 'http://adlnet.gov/expapi/activities/assessment', name: names(idOf(parent), parent.title) } };
      var hash = hashOf(null), ext = hash ? { 'urn:sharepack:content-hash': hash } : {};
      send({ verb: { id: VERB + 'completed', display: lang(word('completed')) }, object: object, result: result,
        context: context(parent, ext) });
      if (passed !== null) {
        var r2 = { completion: true, success: passed, score: result.score };
        send({ verb: { id: VERB + (passed ? 'passed' : 'failed'), display: lang(word(passed ? 'passed' : 'failed')) },
          object: object, result: r2, context: context(parent, ext) });
      }
      forget(parent);
    },
    /* A new attempt at parent starts: the next statement has a new
     * registration. */
    begin: function (parent) { forget(parent); }
  };
})();
