// rank-meeting studio: small vanilla script, progressive: every page works without it.
(function () {
  'use strict';

  // Board: a card opens its explanation in a side panel.
  function boardCards() {
    var panel = document.getElementById('panel');
    if (!panel) return;
    var body = document.getElementById('panel-body');
    document.querySelectorAll('a.card').forEach(function (card) {
      card.addEventListener('click', function (ev) {
        if (ev.ctrlKey || ev.metaKey || ev.shiftKey) return;
        ev.preventDefault();
        fetch(card.getAttribute('href') + '&fragment=1').then(function (r) { return r.text(); }).then(function (html) {
          body.innerHTML = html;
          panel.hidden = false;
          var d = body.querySelector('details'); if (d) d.open = false;
        });
      });
    });
    document.getElementById('close-panel').addEventListener('click', function () { panel.hidden = true; });
    document.addEventListener('keydown', function (ev) { if (ev.key === 'Escape') panel.hidden = true; });
  }

  // Replay: next/back by line, then by step.
  function replay() {
    var root = document.getElementById('replay');
    if (!root) return;
    var steps = Array.prototype.slice.call(root.querySelectorAll('section.step'));
    var where = document.getElementById('where');
    var at = 0;
    function lines(i) { return Array.prototype.slice.call(steps[i].querySelectorAll('.line')); }
    function show(i, revealAll) {
      steps.forEach(function (s, j) { s.hidden = j !== i; });
      lines(i).forEach(function (l) { l.hidden = !revealAll; });
      at = i;
      where.textContent = 'step ' + (i + 1) + ' of ' + steps.length;
      window.scrollTo(0, 0);
    }
    function next() {
      var hidden = lines(at).filter(function (l) { return l.hidden; });
      if (hidden.length) { hidden[0].hidden = false; hidden[0].scrollIntoView({block: 'nearest'}); return; }
      if (at + 1 < steps.length) show(at + 1, false);
    }
    function back() {
      var shown = lines(at).filter(function (l) { return !l.hidden; });
      if (shown.length) { shown[shown.length - 1].hidden = true; return; }
      if (at > 0) show(at - 1, true);
    }
    document.addEventListener('keydown', function (ev) {
      if (['ArrowRight', 'PageDown', ' ', 'Enter', 'n'].indexOf(ev.key) >= 0) { ev.preventDefault(); next(); }
      else if (['ArrowLeft', 'PageUp', 'Backspace', 'p'].indexOf(ev.key) >= 0) { ev.preventDefault(); back(); }
    });
    document.getElementById('next').addEventListener('click', next);
    document.getElementById('back').addEventListener('click', back);
  }

  // My file: placements follow the form; what would help on demand; load a saved YAML file.
  function myFile() {
    var form = document.getElementById('myfile-form');
    if (!form) return;
    var placements = document.getElementById('placements');
    var helps = document.getElementById('helps');
    var error = document.getElementById('form-error');
    var timer = null, serial = 0;
    function post(url, target) {
      var mine = ++serial;
      target.classList.add('busy');
      return fetch(url, {method: 'POST', body: new URLSearchParams(new FormData(form))})
        .then(function (r) { return r.text().then(function (t) { return {ok: r.ok, text: t}; }); })
        .then(function (res) {
          if (url.indexOf('place') >= 0 && mine !== serial) return;
          target.classList.remove('busy');
          if (res.ok) { error.hidden = true; target.innerHTML = res.text; }
          else { error.hidden = false; error.innerHTML = res.text; }
        });
    }
    function place() { post('/myfile/place', placements); helps.innerHTML = ''; }
    function schoolRegion() {
      var unknown = form.school.value === 'unknown';
      form.region.disabled = !unknown;
    }
    form.addEventListener('input', function () { schoolRegion(); clearTimeout(timer); timer = setTimeout(place, 250); });
    form.addEventListener('change', function (ev) {
      if (ev.target.name === 'base') { window.location = '/myfile?scenario=' + encodeURIComponent(ev.target.value); }
    });
    document.getElementById('help').addEventListener('click', function () {
      helps.innerHTML = '<p>Searching the cheapest changes that lift this file&hellip;</p>';
      post('/myfile/help', helps);
    });
    document.getElementById('load').addEventListener('change', function (ev) {
      var file = ev.target.files[0];
      if (!file) return;
      file.text().then(function (text) {
        return fetch('/api/myfile/load', {method: 'POST', body: text, headers: {'Content-Type': 'application/yaml'}});
      }).then(function (r) { return r.json().then(function (j) { return {ok: r.ok, json: j}; }); }).then(function (res) {
        if (!res.ok) { error.hidden = false; error.textContent = res.json.problems.join('\n'); return; }
        Object.keys(res.json).forEach(function (k) { if (form.elements[k]) form.elements[k].value = res.json[k]; });
        error.hidden = true; schoolRegion(); place();
      });
    });
    schoolRegion();
    place();
  }

  // Policy toggles: the form re-renders the page on every change.
  function policy() {
    var form = document.getElementById('policy-form');
    if (!form) return;
    form.addEventListener('change', function () { form.submit(); });
  }

  document.addEventListener('DOMContentLoaded', function () { boardCards(); replay(); myFile(); policy(); });
})();
