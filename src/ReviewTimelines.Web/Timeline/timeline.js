// ReviewTimelines timeline page: lane switching, zoom, filters and the detail panel. Our own code, no library, no network.
(function () {
  'use strict';
  var root = document.getElementById('rt-timeline');
  var dataBlock = document.getElementById('rt-data');
  if (!root || !dataBlock) { return; }
  var data = JSON.parse(dataBlock.textContent);
  var detail = document.getElementById('rt-detail');
  var months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  var origin = parse(root.getAttribute('data-origin'));
  var last = parse(root.getAttribute('data-last'));
  var state = { mode: 'country', zoom: 'year', year: Number(root.getAttribute('data-year')), month: 1, selected: null };

  function parse(iso) { var p = iso.split('-'); return { y: Number(p[0]), m: Number(p[1]), d: Number(p[2]) }; }
  function dayNum(y, m, d) { return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(origin.y, origin.m - 1, origin.d)) / 864e5); }
  function dateOf(days) { var t = new Date(Date.UTC(origin.y, origin.m - 1, origin.d) + days * 864e5); return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1 }; }
  function step() { return state.zoom === 'month' ? 1 : state.zoom === 'quarter' ? 3 : 12; }
  function words(text) { return text ? text.split(' ') : []; }
  function all(selector, scope) { return Array.prototype.slice.call((scope || document).querySelectorAll(selector)); }

  function view() {
    var y = state.year, m = state.zoom === 'quarter' ? 3 * Math.floor((state.month - 1) / 3) + 1 : state.month;
    if (state.zoom === 'all') { return { v0: 0, vl: dayNum(last.y, last.m, last.d) + 1, label: origin.y + '–' + last.y }; }
    if (state.zoom === 'year') { return { v0: dayNum(y, 1, 1), vl: dayNum(y + 1, 1, 1) - dayNum(y, 1, 1), label: String(y) }; }
    var end = m + step(), ey = y + Math.floor((end - 1) / 12), em = ((end - 1) % 12) + 1;
    var label = state.zoom === 'month' ? months[m - 1] + ' ' + y : 'Q' + ((m + 2) / 3) + ' ' + y + ' (' + months[m - 1].slice(0, 3) + '–' + months[m + 1].slice(0, 3) + ')';
    return { v0: dayNum(y, m, 1), vl: dayNum(ey, em, 1) - dayNum(y, m, 1), label: label };
  }

  function render() {
    var v = view();
    root.style.setProperty('--v0', v.v0);
    root.style.setProperty('--vl', v.vl);
    root.className = 'rt-timeline z-' + state.zoom;
    document.getElementById('rt-period').textContent = v.label;
    var first = state.year === origin.y && (state.zoom === 'year' || state.month <= step());
    var lastPeriod = state.year === last.y && (state.zoom === 'year' || state.month + step() > 12);
    document.getElementById('rt-prev').disabled = state.zoom === 'all' || first;
    document.getElementById('rt-next').disabled = state.zoom === 'all' || lastPeriod;
    all('.rt-lanes').forEach(function (lanes) { lanes.hidden = lanes.getAttribute('data-mode') !== state.mode; });
  }

  function move(months) {
    var index = state.year * 12 + (state.month - 1) + months;
    var y = Math.floor(index / 12), m = (index % 12) + 1;
    if (y < origin.y || y > last.y) { return; }
    state.year = y; state.month = m; render();
  }

  function showDay(days) {
    var v = view();
    if (state.zoom === 'all' || (days >= v.v0 && days < v.v0 + v.vl)) { return; }
    var d = dateOf(days);
    state.year = d.y;
    state.month = state.zoom === 'quarter' ? 3 * Math.floor((d.m - 1) / 3) + 1 : d.m;
    render();
  }

  function filters() {
    return { m: value('rt-f-m'), c: value('rt-f-c'), p: value('rt-f-p'), k: value('rt-f-k'), x: document.getElementById('rt-f-x').checked };
  }
  function value(id) { return document.getElementById(id).value; }
  function matches(el, f, isConflict) {
    if (f.m && words(el.getAttribute('data-m')).indexOf(f.m) < 0) { return false; }
    if (f.c && words(el.getAttribute('data-c')).indexOf(f.c) < 0) { return false; }
    if (f.p && words(el.getAttribute('data-p')).indexOf(f.p) < 0) { return false; }
    if (f.k && words(el.getAttribute('data-k')).indexOf(f.k) < 0) { return false; }
    return isConflict || !f.x || /\bsev-/.test(el.className);
  }

  function applyFilters() {
    var f = filters(), shown = {};
    all('.rt-cf').forEach(function (li) {
      li.hidden = !matches(li, f, true);
      if (!li.hidden) { shown[li.getAttribute('data-conflict')] = true; }
    });
    all('.rt-mark').forEach(function (mark) { mark.hidden = !shown[mark.getAttribute('data-conflict')]; });
    all('.rt-lane').forEach(function (lane) {
      var visible = 0;
      all('.rt-bar', lane).forEach(function (bar) { bar.hidden = !matches(bar, f, false); if (!bar.hidden) { visible++; } });
      lane.hidden = visible === 0;
    });
    var current = document.querySelector('.rt-lanes[data-mode="' + state.mode + '"]');
    document.getElementById('rt-empty').hidden = all('.rt-lane:not([hidden])', current).length > 0;
  }

  function clearSelection() {
    all('.is-sel').forEach(function (el) { el.classList.remove('is-sel'); });
    state.selected = null;
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function row(dl, term, text) { if (text) { dl.appendChild(el('dt', '', term)); dl.appendChild(el('dd', '', text)); } }

  function itemButton(key, label) {
    var button = el('button', 'rt-link', label);
    button.type = 'button';
    button.addEventListener('click', function () { selectItem(key); });
    return button;
  }

  function conflictButton(index) {
    var c = data.conflicts[index];
    var button = el('button', 'rt-link', c.sev.charAt(0).toUpperCase() + c.sev.slice(1) + ': ' + c.kind + ' (' + c.dates + ')');
    button.type = 'button';
    button.addEventListener('click', function () { selectConflict(index); });
    return button;
  }

  function showDetail(nodes) {
    detail.textContent = '';
    detail.appendChild(el('h2', '', 'Details'));
    nodes.forEach(function (n) { detail.appendChild(n); });
    detail.focus({ preventScroll: true });
  }

  function selectConflict(index) {
    var c = data.conflicts[index];
    clearSelection();
    state.selected = 'c' + index;
    all('[data-conflict="' + index + '"]').forEach(function (n) { (n.closest('.rt-cf') || n).classList.add('is-sel'); });
    c.items.forEach(function (key) { all('.rt-bar[data-item="' + CSS.escape(key) + '"]').forEach(function (b) { b.classList.add('is-sel'); }); });
    showDay(c.st);
    var head = el('p', 'rt-head2 sev-' + c.sev, c.sev.charAt(0).toUpperCase() + c.sev.slice(1) + ' conflict · ' + c.kind);
    var dl = el('dl');
    row(dl, 'Shared', c.res);
    row(dl, 'Local dates', c.dates);
    var list = el('ul');
    c.items.forEach(function (key) {
      var item = data.items[key];
      var li = el('li');
      li.appendChild(itemButton(key, item ? item.t : key));
      if (item) { li.appendChild(document.createTextNode(' · ' + item.d)); }
      list.appendChild(li);
    });
    showDetail([head, el('p', 'rt-sentence', c.s), dl, list]);
    var bar = document.querySelector('.rt-lanes:not([hidden]) .rt-bar.is-sel');
    if (bar && bar.scrollIntoView) { bar.scrollIntoView({ block: 'nearest' }); }
  }

  function selectItem(key) {
    var item = data.items[key];
    if (!item) { return; }
    clearSelection();
    state.selected = key;
    all('.rt-bar[data-item="' + CSS.escape(key) + '"]').forEach(function (b) { b.classList.add('is-sel'); });
    showDay(item.s);
    var dl = el('dl');
    row(dl, 'When', item.d);
    row(dl, 'Where', item.w);
    row(dl, 'People', item.p);
    var nodes = [el('p', 'rt-head2', item.t), dl];
    if (item.cf.length > 0) {
      nodes.push(el('p', '', item.cf.length === 1 ? 'Part of 1 conflict:' : 'Part of ' + item.cf.length + ' conflicts:'));
      var list = el('ul');
      item.cf.forEach(function (i) { var li = el('li'); li.appendChild(conflictButton(i)); li.appendChild(el('div', 'rt-sentence', data.conflicts[i].s)); list.appendChild(li); });
      nodes.push(list);
    } else {
      nodes.push(el('p', 'rt-hint', 'No conflict involves this item.'));
    }
    showDetail(nodes);
  }

  document.getElementById('rt-controls').addEventListener('submit', function (e) { e.preventDefault(); });
  all('input[name="rt-mode"]').forEach(function (input) {
    input.addEventListener('change', function () { state.mode = input.value; render(); applyFilters(); });
  });
  all('input[name="rt-zoom"]').forEach(function (input) {
    input.addEventListener('change', function () {
      if (state.zoom === 'year' || state.zoom === 'all') { state.month = state.year === origin.y ? origin.m : 1; }
      state.zoom = input.value;
      if (state.zoom === 'quarter') { state.month = 3 * Math.floor((state.month - 1) / 3) + 1; }
      render();
    });
  });
  document.getElementById('rt-prev').addEventListener('click', function () { move(-step()); });
  document.getElementById('rt-next').addEventListener('click', function () { move(step()); });
  ['rt-f-m', 'rt-f-c', 'rt-f-p', 'rt-f-k', 'rt-f-x'].forEach(function (id) { document.getElementById(id).addEventListener('change', applyFilters); });
  document.addEventListener('click', function (e) {
    var target = e.target.closest ? e.target.closest('[data-conflict], .rt-bar') : null;
    if (!target || target.tagName !== 'BUTTON') { return; }
    if (target.classList.contains('rt-bar')) { selectItem(target.getAttribute('data-item')); }
    else { selectConflict(Number(target.getAttribute('data-conflict'))); }
  });
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape' && state.selected) { clearSelection(); }
    if (e.target && /^(INPUT|SELECT|TEXTAREA)$/.test(e.target.tagName)) { return; }
    if (e.key === 'PageUp' || e.key === '[') { move(-step()); e.preventDefault(); }
    if (e.key === 'PageDown' || e.key === ']') { move(step()); e.preventDefault(); }
  });
  render();
  applyFilters();
  document.documentElement.setAttribute('data-ready', 'true');
}());
