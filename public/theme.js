// Applies the learner's colour theme before the page paints (a classic blocking script from our
// own origin, so the CSP needs no 'unsafe-inline'), and wires the theme switch in the header.
// 'system' (no data-theme) follows the OS; 'light' and 'dark' override it.
(function () {
  var KEY = 'dockyard:theme';
  var root = document.documentElement;
  function read() {
    try {
      var v = localStorage.getItem(KEY);
      return v === 'light' || v === 'dark' ? v : 'system';
    } catch (e) {
      return 'system';
    }
  }
  function apply(theme) {
    if (theme === 'system') root.removeAttribute('data-theme');
    else root.setAttribute('data-theme', theme);
  }
  apply(read());
  document.addEventListener('DOMContentLoaded', function () {
    var select = document.querySelector('[data-theme-select]');
    if (!select) return;
    select.value = read();
    select.addEventListener('change', function () {
      apply(select.value);
      try {
        if (select.value === 'system') localStorage.removeItem(KEY);
        else localStorage.setItem(KEY, select.value);
      } catch (e) {
        // storage disabled: the choice lasts for this page
      }
    });
  });
})();
