// The report's only script. Data arrives as HTML-escaped attributes of the page and is put back
// into the page only through textContent and SVG attributes, never as markup: hostile article text
// or event fields stay text.
'use strict';

(function () {
  function el(tag, attrs, text) {
    var svg = ['svg', 'rect', 'text', 'g', 'title', 'line'].indexOf(tag) >= 0;
    var e = svg ? document.createElementNS('http://www.w3.org/2000/svg', tag) : document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined) { e.textContent = text; }
    return e;
  }

  // Search boxes: hide the rows whose data-search does not contain every word typed.
  function setUpFilters() {
    document.querySelectorAll('input.filter[data-filter]').forEach(function (input) {
      var rows = document.querySelectorAll(input.getAttribute('data-filter'));
      input.addEventListener('input', function () {
        var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
        rows.forEach(function (row) {
          var text = row.getAttribute('data-search') || '';
          row.hidden = !words.every(function (w) { return text.indexOf(w) >= 0; });
        });
      });
    });
  }

  // Long tables come as JSON rows ([search text, cell...], a cell a text or [text, link]): shown a
  // page at a time, searched in full. Links are the report's own pages, set as attributes.
  function setUpRowTables() {
    document.querySelectorAll('table[data-rows]').forEach(function (table) {
      var rows = JSON.parse(table.getAttribute('data-rows'));
      var body = table.querySelector('tbody');
      var more = table.nextElementSibling;
      var input = document.querySelector('input[data-table="#' + table.id + '"]');
      var shown = 200, matching = rows;
      function render() {
        body.replaceChildren();
        matching.slice(0, shown).forEach(function (r) {
          var tr = el('tr', {'class': 'item'});
          r.slice(1).forEach(function (cell) {
            var td = el('td');
            if (Array.isArray(cell)) { td.appendChild(el('a', {href: cell[1]}, cell[0])); } else { td.textContent = cell; }
            tr.appendChild(td);
          });
          body.appendChild(tr);
        });
        more.replaceChildren();
        if (matching.length > shown) {
          more.appendChild(document.createTextNode(shown + ' of ' + matching.length + ' shown '));
          var button = el('button', {type: 'button'}, 'show more');
          button.addEventListener('click', function () { shown += 500; render(); });
          more.appendChild(button);
        }
      }
      if (input) {
        input.addEventListener('input', function () {
          var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
          matching = rows.filter(function (r) { return words.every(function (w) { return r[0].indexOf(w) >= 0; }); });
          shown = 200;
          render();
        });
      }
      render();
    });
  }

  // Article view: a click on a highlight or an event shows the fields of the events there.
  function setUpArticle() {
    var panel = document.getElementById('fields');
    if (!panel) { return; }
    function show(ids) {
      panel.replaceChildren();
      document.querySelectorAll('.selected').forEach(function (e) { e.classList.remove('selected'); });
      ids.forEach(function (id) {
        var item = document.getElementById(id);
        if (!item) { return; }
        item.classList.add('selected');
        document.querySelectorAll('mark[data-events]').forEach(function (m) {
          if (m.getAttribute('data-events').split(' ').indexOf(id) >= 0) { m.classList.add('selected'); }
        });
        var fields = JSON.parse(item.getAttribute('data-fields'));
        var box = el('div', {'class': 'event-fields ev-' + item.className.split(' ')[1].slice(3), 'data-event': id});
        box.appendChild(el('h3', {}, item.querySelector('.type').textContent));
        var table = el('table');
        Object.keys(fields).forEach(function (k) {
          var v = fields[k];
          var row = el('tr');
          row.appendChild(el('th', {}, k));
          row.appendChild(el('td', {'class': 'field-' + k}, v !== null && typeof v === 'object' ? JSON.stringify(v) : String(v)));
          table.appendChild(row);
        });
        box.appendChild(table);
        panel.appendChild(box);
      });
      panel.hidden = ids.length === 0;
    }
    document.querySelectorAll('mark[data-events]').forEach(function (m) {
      m.addEventListener('click', function () { show(m.getAttribute('data-events').split(' ')); });
    });
    document.querySelectorAll('li.event').forEach(function (li) {
      li.addEventListener('click', function () {
        show([li.id]);
        var mark = document.querySelector('mark.selected');
        if (mark) { mark.scrollIntoView({block: 'center'}); }
      });
    });
    var hash = decodeURIComponent(location.hash.slice(1));
    if (hash && document.getElementById(hash)) {
      show([hash]);
      var first = document.querySelector('mark.selected') || document.getElementById(hash);
      first.scrollIntoView({block: 'center'});
    }
  }

  // A bar chart of a few series over sorted bucket keys, as SVG.
  function barChart(container, keys, series) {
    container.replaceChildren();
    if (keys.length === 0) { container.appendChild(el('p', {'class': 'note'}, 'nothing to show')); return; }
    var max = 1;
    series.forEach(function (s) { keys.forEach(function (k) { max = Math.max(max, s.counts[k] || 0); }); });
    var bar = Math.max(3, Math.min(18, Math.floor(900 / (keys.length * series.length))));
    var group = bar * series.length + 4, height = 180, left = 36, bottom = 60;
    var width = left + keys.length * group + 10;
    var svg = el('svg', {width: width, height: height + bottom, 'class': 'bars'});
    [0, 0.5, 1].forEach(function (f) {
      var y = height - f * (height - 10);
      svg.appendChild(el('line', {x1: left - 4, x2: width, y1: y, y2: y, 'class': 'grid'}));
      svg.appendChild(el('text', {x: left - 6, y: y + 4, 'text-anchor': 'end', 'class': 'axis'}, String(Math.round(f * max))));
    });
    var every = Math.ceil(keys.length / 40);
    keys.forEach(function (k, i) {
      var x = left + i * group;
      series.forEach(function (s, j) {
        var n = s.counts[k] || 0;
        var h = n / max * (height - 10);
        var r = el('rect', {x: x + j * bar, y: height - h, width: bar - 1, height: h, 'class': 'bar ' + s.cls});
        r.appendChild(el('title', {}, k + ': ' + n + ' ' + s.name));
        svg.appendChild(r);
      });
      if (i % every === 0) {
        svg.appendChild(el('text', {x: x + 2, y: height + 10, 'class': 'axis', transform: 'rotate(60 ' + (x + 2) + ' ' + (height + 10) + ')'}, k));
      }
    });
    container.appendChild(svg);
  }

  function bucketed(counts, keyOf) {
    var out = {};
    Object.keys(counts).forEach(function (k) { var b = keyOf(k); out[b] = (out[b] || 0) + counts[k]; });
    return out;
  }

  // All months from the first key to the last, so that quiet months show as gaps.
  function everyMonth(keys) {
    if (keys.length === 0) { return keys; }
    var out = [], y = +keys[0].slice(0, 4), m = +keys[0].slice(5, 7);
    var last = keys[keys.length - 1];
    for (var k = keys[0]; k <= last; ) {
      out.push(k);
      m += 1;
      if (m > 12) { m = 1; y += 1; }
      k = y + '-' + (m < 10 ? '0' : '') + m;
    }
    return out;
  }

  function setUpTimeline() {
    var root = document.getElementById('timeline');
    if (!root) { return; }
    var data = JSON.parse(root.getAttribute('data-series'));
    var select = document.getElementById('actor');
    function draw() {
      var s = data[select.value] || {sanctions: {}, statements: {}, talkedAbout: {}};
      var days = Object.keys(s.sanctions).concat(Object.keys(s.statements)).sort();
      var span = days.length ? (Date.parse(days[days.length - 1]) - Date.parse(days[0])) / 864e5 : 0;
      // Long ranges by month, short ones by day, so a chart stays a few dozen bars wide.
      var key = span > 92 ? function (d) { return d.slice(0, 7); } : function (d) { return d.slice(0, 10); };
      var sanctions = bucketed(s.sanctions, key), statements = bucketed(s.statements, key);
      var keys = Object.keys(Object.assign({}, sanctions, statements)).sort();
      if (span > 92) { keys = everyMonth(keys); }
      barChart(document.getElementById('published-chart'), keys, [
        {name: 'sanctions mentions', cls: 'sanctions', counts: sanctions},
        {name: 'statements', cls: 'statement', counts: statements}]);
      var years = bucketed(s.talkedAbout, function (v) { return v.slice(0, 4); });
      barChart(document.getElementById('talked-chart'), Object.keys(years).sort(),
        [{name: 'date mentions', cls: 'date', counts: years}]);
    }
    select.addEventListener('change', draw);
    draw();
  }

  document.addEventListener('DOMContentLoaded', function () {
    setUpFilters();
    setUpRowTables();
    setUpArticle();
    setUpTimeline();
    document.body.setAttribute('data-ready-ms', String(Math.round(performance.now())));
    document.body.setAttribute('data-ready', 'true');
  });
})();
