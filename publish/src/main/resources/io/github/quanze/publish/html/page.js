// quanze publication pages: the language switch and the table filters, in plain JavaScript inlined into every page.
(function () {
  'use strict';
  var root = document.documentElement;

  function setLanguage(lang) {
    root.setAttribute('data-lang', lang);
    root.setAttribute('lang', lang === 'en' ? 'en' : 'zh-CN');
    var button = document.getElementById('lang-switch');
    if (button) {
      button.setAttribute('aria-pressed', lang === 'en' ? 'true' : 'false');
    }
  }

  function filterTable(tableId) {
    var table = document.getElementById(tableId);
    if (!table) {
      return;
    }
    var search = document.querySelector('input[data-filter="' + tableId + '"]');
    var selects = document.querySelectorAll('select[data-filter="' + tableId + '"]');
    var words = search ? search.value.trim().toLowerCase().split(/\s+/).filter(Boolean) : [];
    var shown = 0;
    var rows = table.tBodies.length ? table.tBodies[0].rows : [];
    for (var i = 0; i < rows.length; i++) {
      var row = rows[i];
      var text = (row.getAttribute('data-search') || row.textContent).toLowerCase();
      var visible = words.every(function (w) { return text.indexOf(w) >= 0; });
      for (var j = 0; j < selects.length && visible; j++) {
        var wanted = selects[j].value;
        var column = selects[j].getAttribute('data-column');
        visible = wanted === '' || row.getAttribute('data-' + column) === wanted;
      }
      row.hidden = !visible;
      shown += visible ? 1 : 0;
    }
    var count = document.querySelector('[data-filter-count="' + tableId + '"]');
    if (count) {
      count.textContent = String(shown);
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    setLanguage(window.location.hash === '#en' ? 'en' : 'zh');
    var button = document.getElementById('lang-switch');
    if (button) {
      button.addEventListener('click', function () {
        setLanguage(root.getAttribute('data-lang') === 'en' ? 'zh' : 'en');
      });
    }
    var controls = document.querySelectorAll('[data-filter]');
    for (var i = 0; i < controls.length; i++) {
      var control = controls[i];
      control.addEventListener(control.tagName === 'SELECT' ? 'change' : 'input',
        filterTable.bind(null, control.getAttribute('data-filter')));
    }
  });
})();
