'use strict';
(() => {
  const { api, el, showError } = Monazite;
  document.getElementById('filter').addEventListener('submit', (e) => { e.preventDefault(); load(); });
  load();
  async function load() {
    const actor = document.getElementById('actor').value;
    const tbody = document.querySelector('#events tbody');
    try {
      const events = await api('/api/timeline' + (actor ? '?actor=' + encodeURIComponent(actor) : ''));
      tbody.replaceChildren(...events.map((e) => el('tr', {}, el('td', {}, e.date || 'undated'), el('td', {}, e.actor),
        el('td', {}, e.action), el('td', {}, e.target || ''), el('td', {}, e.evidence),
        el('td', {}, e.sources.map((s) => s.source || '-').join(', ')))));
    } catch (err) { showError(tbody, err); }
  }
})();
