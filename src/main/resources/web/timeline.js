'use strict';
(() => {
  const { api, el, showError } = Monazite;
  document.getElementById('filter').addEventListener('submit', (e) => { e.preventDefault(); load(); });
  load();
  async function load() {
    const q = new URLSearchParams();
    for (const k of ['actor', 'action', 'target', 'from', 'to']) { const v = document.getElementById(k).value; if (v) { q.set(k, v); } }
    const tbody = document.querySelector('#events tbody');
    try {
      const events = await api('/api/timeline?' + q);
      document.getElementById('events-count').textContent = events.length + ' act(s)' + (events.total > events.length ? ' of ' + events.total : '');
      tbody.replaceChildren(...events.map((e) => el('tr', {},
        el('td', {}, e.date || 'undated', e.dated_from ? el('div', { class: 'muted dated-from' }, 'date ' + e.dated_from) : null),
        el('td', {}, e.actor), el('td', {}, e.action), el('td', {}, e.target || ''),
        el('td', {}, el('a', { href: '/articles/' + e.sources[0].article }, e.evidence)),
        el('td', {}, e.sources.map((s) => s.source || '-').join(', '), e.vouched ? el('span', { class: 'review confirmed' }, ' confirmed') : null))));
    } catch (err) { showError(tbody, err); }
  }
})();
