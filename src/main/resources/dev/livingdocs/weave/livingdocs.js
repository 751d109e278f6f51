/* The living-docs site's script: filters and search. Plain JavaScript, loaded from the site itself
   (no CDN), working from file:// as from a server; the pages read fully without it. */
(function () {
  'use strict';

  /* A filter bar (data-ld-filter = the class of the table it filters): a row shows while its status is ticked. */
  function filters() {
    document.querySelectorAll('[data-ld-filter]').forEach(function (bar) {
      var table = document.querySelector('table.' + bar.getAttribute('data-ld-filter'));
      if (!table) { return; }
      bar.hidden = false;
      function apply() {
        var shown = {};
        bar.querySelectorAll('input[type=checkbox]').forEach(function (box) { shown[box.value] = box.checked; });
        table.querySelectorAll('tbody tr').forEach(function (row) {
          var status = Object.keys(shown).filter(function (c) { return row.classList.contains(c); })[0];
          row.hidden = status !== undefined && !shown[status];
        });
      }
      bar.addEventListener('change', apply);
      apply();
    });
  }

  /* Search: the index the weave wrote (search-index.js), through lunr; results listed on search.html. */
  function search() {
    var out = document.getElementById('ld-search-results');
    var box = document.getElementById('ld-search-box');
    var params = new URLSearchParams(window.location.search);
    var q = params.get('q') || '';
    if (box && q) { box.value = q; }
    if (!out) { return; }
    if (typeof lunr === 'undefined' || typeof LD_SEARCH === 'undefined') {
      out.textContent = 'The search index did not load.';
      return;
    }
    var docs = {};
    LD_SEARCH.forEach(function (d) { docs[d.id] = d; });
    var index = lunr(function () {
      this.ref('id');
      this.field('title', { boost: 10 });
      this.field('key', { boost: 20 });
      this.field('text');
      // Symbols and claim ids hold underscores and dashes: keep them whole as well as in parts.
      this.pipeline.remove(lunr.stemmer);
      this.searchPipeline.remove(lunr.stemmer);
      LD_SEARCH.forEach(function (d) { this.add(d); }, this);
    });
    function run(text) {
      out.innerHTML = '';
      text = text.trim();
      if (!text) { return; }
      var hits;
      try {
        hits = index.search(text);
        if (hits.length === 0) {
          hits = index.search(text.split(/\s+/).map(function (w) {
            return lunr.tokenizer(w).map(function (t) { return '+' + t.toString() + '*'; }).join(' ');
          }).join(' '));
        }
      } catch (e) {
        hits = index.search(lunr.tokenizer(text).map(function (t) { return t.toString(); }).join(' '));
      }
      var count = document.createElement('p');
      count.className = 'ld-search-count';
      count.textContent = hits.length + (hits.length === 1 ? ' result' : ' results') + ' for \u201c' + text + '\u201d';
      out.appendChild(count);
      var list = document.createElement('ol');
      list.className = 'ld-search-hits';
      hits.slice(0, 100).forEach(function (hit) {
        var d = docs[hit.ref];
        var li = document.createElement('li');
        var a = document.createElement('a');
        a.href = d.url;
        a.textContent = d.title;
        var kind = document.createElement('span');
        kind.className = 'ld-search-kind';
        kind.textContent = d.kind + (d.where ? ' \u00b7 ' + d.where : '');
        li.appendChild(a);
        li.appendChild(document.createTextNode(' '));
        li.appendChild(kind);
        if (d.text) {
          var p = document.createElement('div');
          p.className = 'ld-search-text';
          p.textContent = d.text.length > 200 ? d.text.substring(0, 197) + '...' : d.text;
          li.appendChild(p);
        }
        list.appendChild(li);
      });
      out.appendChild(list);
    }
    run(q);
  }

  document.addEventListener('DOMContentLoaded', function () {
    filters();
    search();
  });
})();
