/* sharepack LMS bridge: when a page was launched by a SCORM LMS, reports to
 * it (SCORM 1.2 window.API or SCORM 2004 window.API_1484_11, found the
 * standard way by searching parent and opener windows). Without an LMS,
 * window.SharepackLMS is null and the pages behave as they always do.
 * The quiz and scenario scripts call it; it never contacts anything else. */
(function () {
  'use strict';
  function search(win) {
    for (var hops = 0; win && hops < 500; hops++) {
      try {
        if (win.API_1484_11) return { v: '2004', api: win.API_1484_11 };
        if (win.API) return { v: '1.2', api: win.API };
        if (!win.parent || win.parent === win) return null;
        win = win.parent;
      } catch (e) {
        return null; /* a frame of another site: stop here */
      }
    }
    return null;
  }
  var found = search(window);
  try { if (!found && window.opener) found = search(window.opener); } catch (e) { found = null; }
  if (!found) { window.SharepackLMS = null; return; }

  var api = found.api;
  var v12 = found.v === '1.2';
  /* A page marked data-sp-graded="false" (a scenario in a package whose
   * quiz is the graded SCO) reports completion only: any score it sent
   * could hide a failed quiz under the LMS's grading method. */
  var graded = !document.querySelector('[data-sp-graded="false"]');
  var started = Date.now();
  var open = false;
  function call(name12, name2004, a, b) {
    try {
      var f = api[v12 ? name12 : name2004];
      return f ? String(f.call(api, a === undefined ? '' : a, b)) : '';
    } catch (e) { return ''; }
  }
  function get(k) { return call('LMSGetValue', 'GetValue', k); }
  function set(k, val) { return call('LMSSetValue', 'SetValue', k, String(val)) === 'true'; }
  /* Moodle checks 2004 responses against CMIShortIdentifier, ^[\w.]{1,250}$:
   * "no-share" is refused there, so it goes as "no_share". */
  function ident(x) { return String(x).replace(/[^\w.]/g, '_').slice(0, 250); }
  function pad(n, w) { n = String(n); while (n.length < w) n = '0' + n; return n; }
  /* 1.2: HHHH:MM:SS.SS; 2004: ISO 8601 duration. */
  function duration(ms) {
    var s = Math.max(0, Math.round(ms / 10) / 100);
    var h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), sec = s - h * 3600 - m * 60;
    if (v12) return pad(h, 4) + ':' + pad(m, 2) + ':' + pad(sec.toFixed(2), 5);
    return 'PT' + h + 'H' + m + 'M' + sec.toFixed(2).replace(/\.00$/, '') + 'S';
  }

  var lms = {
    version: found.v,
    /* The pass mark the LMS sets, as a percentage, or null. */
    passMark: function () {
      var s = v12 ? get('cmi.student_data.mastery_score') : get('cmi.scaled_passing_score');
      var n = parseFloat(s);
      if (isNaN(n)) return null;
      return v12 ? n : Math.round(n * 100);
    },
    start: function () {
      open = call('LMSInitialize', 'Initialize', '') === 'true';
      if (!open) return false;
      if (v12) {
        var st = get('cmi.core.lesson_status');
        if (st === 'not attempted' || st === '') set('cmi.core.lesson_status', 'incomplete');
      } else if (get('cmi.completion_status') !== 'completed') {
        set('cmi.completion_status', 'incomplete');
      }
      return true;
    },
    /* Progress saved in the LMS, so a learner can resume there. */
    suspendData: function () { return open ? get('cmi.suspend_data') : ''; },
    saveSuspendData: function (s) {
      if (!open || (v12 && s.length > 4096) || s.length > 64000) return false;
      set(v12 ? 'cmi.core.lesson_location' : 'cmi.location', s.length ? 'in-progress' : '');
      return set('cmi.suspend_data', s);
    },
    /* One answer: id, description, response and correct response as
     * choice letters ('a', 'b') for 1.2 and identifiers for 2004; correct,
     * or neutral (neither right nor wrong) when it.neutral is set. */
    interaction: function (it) {
      if (!open) return;
      var n = parseInt(get('cmi.interactions._count'), 10) || 0;
      var p = 'cmi.interactions.' + n + '.';
      set(p + 'id', it.id);
      set(p + 'type', 'choice');
      if (v12) {
        set(p + 'student_response', it.letter);
        set(p + 'correct_responses.0.pattern', it.correctLetter);
        set(p + 'result', it.neutral ? 'neutral' : it.correct ? 'correct' : 'wrong');
        set(p + 'latency', duration(it.seconds * 1000));
        var d = new Date();
        set(p + 'time', pad(d.getHours(), 2) + ':' + pad(d.getMinutes(), 2) + ':' + pad(d.getSeconds(), 2));
      } else {
        set(p + 'description', it.description.slice(0, 250));
        set(p + 'learner_response', ident(it.response));
        set(p + 'correct_responses.0.pattern', ident(it.correctResponse));
        set(p + 'result', it.neutral ? 'neutral' : it.correct ? 'correct' : 'incorrect');
        set(p + 'latency', duration(it.seconds * 1000));
        set(p + 'timestamp', new Date().toISOString().slice(0, 19));
      }
    },
    /* One part of the score as an objective (id first, as SCORM asks):
     * its percent and passed or failed. An objective of that id already
     * there (from an earlier session) is updated, not repeated. */
    objective: function (id, percent, passed) {
      if (!open) return;
      var n = parseInt(get('cmi.objectives._count'), 10) || 0, i = 0;
      while (i < n && get('cmi.objectives.' + i + '.id') !== id) i++;
      var p = 'cmi.objectives.' + i + '.';
      if (i === n) set(p + 'id', id);
      set(p + 'score.min', 0);
      set(p + 'score.max', 100);
      set(p + 'score.raw', Math.round(percent));
      if (v12) {
        set(p + 'status', passed ? 'passed' : 'failed');
      } else {
        set(p + 'score.scaled', (Math.round(percent) / 100).toFixed(2));
        set(p + 'success_status', passed ? 'passed' : 'failed');
        set(p + 'completion_status', 'completed');
      }
    },
    /* The score as a percentage (Moodle grades from raw only). */
    score: function (percent) {
      if (!open || !graded) return;
      var pre = v12 ? 'cmi.core.score.' : 'cmi.score.';
      set(pre + 'min', 0);
      set(pre + 'max', 100);
      set(pre + 'raw', Math.round(percent));
      if (!v12) set('cmi.score.scaled', (Math.round(percent) / 100).toFixed(2));
    },
    /* passed: true, false, or null when there is no pass mark (taken as
     * null on an ungraded page, so success_status stays unknown). */
    complete: function (passed) {
      if (!open) return;
      if (!graded) passed = null;
      if (v12) {
        set('cmi.core.lesson_status', passed === null ? 'completed' : passed ? 'passed' : 'failed');
      } else {
        set('cmi.completion_status', 'completed');
        if (passed !== null) set('cmi.success_status', passed ? 'passed' : 'failed');
      }
    },
    commit: function () { if (open) call('LMSCommit', 'Commit', ''); },
    /* Session time, commit, and the end of the session. */
    finish: function () {
      if (!open) return;
      set(v12 ? 'cmi.core.session_time' : 'cmi.session_time', duration(Date.now() - started));
      if (!v12) set('cmi.exit', lms.done ? 'normal' : 'suspend');
      else set('cmi.core.exit', lms.done ? '' : 'suspend');
      call('LMSCommit', 'Commit', '');
      call('LMSFinish', 'Terminate', '');
      open = false;
    },
    done: false
  };
  window.addEventListener('pagehide', function () { lms.finish(); });
  /* The LMS records one try per attempt: once this one has ended, a
   * results screen's "Try again" would start a round it never hears of.
   * Each such button (quiz or scenario, however it was drawn) becomes a
   * sentence saying how to start an attempt the LMS will record. */
  function noRetry() {
    var P = window.SharepackPlayer;
    if (!lms.done || !P) return;
    var bs = document.querySelectorAll('.sp-actions button');
    for (var i = 0; i < bs.length; i++) {
      if (bs[i].textContent !== P.t('result.try_again')) continue;
      var p = document.createElement('p');
      p.className = 'sp-lms-retry';
      p.textContent = P.t('lms.retry');
      bs[i].parentNode.parentNode.insertBefore(p, bs[i].parentNode.nextSibling);
      bs[i].parentNode.removeChild(bs[i]);
    }
  }
  new MutationObserver(noRetry).observe(document.documentElement, { childList: true, subtree: true });
  window.SharepackLMS = lms;
})();
