#pragma once
// The HTML report's only script, inline and fetching nothing: filters, the "done" ticks (kept in
// this browser's localStorage under "staff-audit:done:<finding id>", never in the file), large
// type, one finding at a time with the left/right keys, and opening everything before printing.
// The controls are written with `hidden` and shown here, so without script nothing is broken.
#include <string_view>

namespace audit::html_assets {

inline constexpr std::string_view k_script = R"js(
(function () {
  'use strict';
  var doc = document, root = doc.documentElement, body = doc.body;
  var cards = [].slice.call(doc.querySelectorAll('article.finding'));
  var store = null;
  try { store = window.localStorage; } catch (e) { store = null; }
  function key(id) { return 'staff-audit:done:' + id; }
  function get(id) { try { return store !== null && store.getItem(key(id)) === '1'; } catch (e) { return false; } }
  function put(id, on) {
    try { if (store === null) return; if (on) store.setItem(key(id), '1'); else store.removeItem(key(id)); } catch (e) { }
  }
  function visible() { return cards.filter(function (c) { return !c.hidden; }); }

  var form = doc.getElementById('filters');
  var status = doc.getElementById('filter-status');
  function count() {
    if (!status) return;
    var shown = visible().length, hidden = cards.length - shown;
    var done = cards.filter(function (c) { return c.classList.contains('is-done'); }).length;
    status.setAttribute('data-shown', String(shown));
    status.setAttribute('data-hidden', String(hidden));
    status.textContent = 'Showing ' + shown + ' of ' + cards.length + ' findings' +
      (hidden ? ' (' + hidden + ' hidden by the filters)' : '') + '; ' + done + ' ticked as done.';
  }
  function apply() {
    if (!form) return;
    var p = form.elements.platform.value, s = form.elements.severity.value;
    var c = form.elements.check.value, hideDone = form.elements.hidedone.checked;
    cards.forEach(function (card) {
      var d = card.dataset;
      card.hidden = !((!p || d.platform === p) && (!s || d.severity === s) && (!c || d.check === c) &&
                      !(hideDone && card.classList.contains('is-done')));
    });
    [].forEach.call(doc.querySelectorAll('section.platform'), function (sec) {
      sec.hidden = sec.querySelector('article.finding:not([hidden])') === null;
    });
    count();
    if (single) show(current, false);
  }

  [].forEach.call(doc.querySelectorAll('input[data-finding]'), function (box) {
    var id = box.getAttribute('data-finding'), card = doc.getElementById(id);
    function mark() { if (card) card.classList.toggle('is-done', box.checked); }
    box.checked = get(id);
    mark();
    box.addEventListener('change', function () { put(id, box.checked); mark(); apply(); });
  });
  if (form) {
    form.hidden = false;
    form.addEventListener('change', apply);
    form.addEventListener('submit', function (e) { e.preventDefault(); });
    form.addEventListener('reset', function () { setTimeout(apply, 0); });
  }

  var single = false, current = 0;
  var pager = doc.getElementById('pager'), where = doc.getElementById('pager-position');
  function show(i, focus) {
    var list = visible();
    cards.forEach(function (c) { c.classList.remove('is-current'); });
    if (list.length === 0) { where.textContent = 'No finding matches the filters'; return; }
    current = ((i % list.length) + list.length) % list.length;
    list[current].classList.add('is-current');
    where.textContent = 'Finding ' + (current + 1) + ' of ' + list.length;
    if (focus !== false) list[current].focus();
  }
  function press(button, on) { button.setAttribute('aria-pressed', on ? 'true' : 'false'); }
  var large = doc.getElementById('large-type'), oneByOne = doc.getElementById('one-at-a-time');
  var tools = doc.getElementById('tools');
  if (tools) tools.hidden = false;
  if (large) large.addEventListener('click', function () {
    press(large, root.classList.toggle('large'));
  });
  if (oneByOne) oneByOne.addEventListener('click', function () {
    single = !single;
    body.classList.toggle('single', single);
    press(oneByOne, single);
    pager.hidden = !single;
    if (single) show(current); else cards.forEach(function (c) { c.classList.remove('is-current'); });
  });
  doc.getElementById('pager-prev').addEventListener('click', function () { show(current - 1, false); });
  doc.getElementById('pager-next').addEventListener('click', function () { show(current + 1, false); });
  doc.addEventListener('keydown', function (e) {
    if (!single || e.altKey || e.ctrlKey || e.metaKey) return;
    var t = e.target && e.target.tagName;
    if (t === 'SELECT' || t === 'TEXTAREA' || (t === 'INPUT' && e.target.type !== 'checkbox')) return;
    if (e.key === 'ArrowRight') { show(current + 1); e.preventDefault(); }
    if (e.key === 'ArrowLeft') { show(current - 1); e.preventDefault(); }
  });

  // Closed <details> would print empty.
  window.addEventListener('beforeprint', function () {
    [].forEach.call(doc.querySelectorAll('details'), function (d) { d.open = true; });
  });
  count();
})();
)js";

} // namespace audit::html_assets
