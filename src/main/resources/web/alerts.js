'use strict';
// The alerts page: the alerts (text from the news placed only as text) and the watches to add and remove.
(async () => {
  const { api, el, showError } = Monazite;
  const box = document.getElementById('alerts');
  const tbody = document.querySelector('#watches tbody');

  async function post(path, body) {
    const headers = { 'Content-Type': 'application/json' };
    const token = sessionStorage.getItem('monazite-token');
    if (token) { headers.Authorization = 'Bearer ' + token; }
    const res = await fetch(path, { method: 'POST', headers, body: JSON.stringify(body) });
    const out = await res.json();
    if (!res.ok) { throw new Error(out.message || ('HTTP ' + res.status)); }
    return out;
  }

  async function loadAlerts() {
    try {
      const alerts = await api('/api/alerts?limit=200');
      if (!alerts.length) { box.replaceChildren(el('p', { class: 'muted', id: 'no-alerts' }, 'No alerts yet: add a watch below; it looks at what is ingested after it.')); return; }
      box.replaceChildren(...alerts.map((a) => el('div', { class: 'hit alert', 'data-num': a.num },
        el('div', { class: 'meta' }, '#' + a.num + ' · ' + a.raised.slice(0, 16).replace('T', ' ') + ' · watch ', el('b', { class: 'watch' }, a.watch)),
        el('a', { href: a.link, class: 'title' }, a.title),
        el('div', { class: 'meta' }, (a.source || 'unknown outlet') + ' · ' + (a.published ? a.published.slice(0, 10) : 'undated') + (a.fact ? ' · fact ' + a.fact : '')),
        el('div', { class: 'matched' }, a.matched),
        a.evidence ? el('blockquote', { class: 'evidence' }, a.evidence) : null)));
      const latest = alerts.reduce((m, a) => Math.max(m, a.num), 0);
      localStorage.setItem('monazite-alerts-seen', String(latest));
      const badge = document.getElementById('alert-count');
      if (badge) { badge.textContent = ''; }
    } catch (err) { showError(box, err); }
  }

  async function loadWatches() {
    const watches = await api('/api/watches');
    tbody.replaceChildren(...watches.map((w) => {
      const remove = el('button', { class: 'remove', 'data-name': w.name }, 'Remove');
      remove.addEventListener('click', async () => {
        try { await post('/api/watches/' + encodeURIComponent(w.name) + '/remove', {}); await refresh(); } catch (err) { showError(document.getElementById('watch-error'), err); }
      });
      return el('tr', { class: 'watch-row' }, el('td', {}, w.name), el('td', {}, w.description), el('td', {}, remove));
    }));
  }

  async function refresh() { await loadWatches(); await loadAlerts(); }

  document.getElementById('add-watch').addEventListener('submit', async (e) => {
    e.preventDefault();
    const errBox = document.getElementById('watch-error');
    errBox.replaceChildren();
    try {
      await post('/api/watches', { name: document.getElementById('watch-name').value, kind: document.getElementById('watch-kind').value, spec: document.getElementById('watch-spec').value });
      document.getElementById('watch-name').value = '';
      document.getElementById('watch-spec').value = '';
      await refresh();
    } catch (err) { showError(errBox, err); }
  });
  await refresh();
})();
