'use strict';
(() => {
  const { api, el, snippet, showError, params } = Monazite;
  const form = document.getElementById('search-form');
  const results = document.getElementById('results');
  const facets = document.getElementById('facets');
  for (const k of ['q', 'lang', 'from', 'to']) { if (params.get(k)) { document.getElementById(k).value = params.get(k); } }

  form.addEventListener('submit', (e) => { e.preventDefault(); run(); });
  if (params.get('q')) { run(); }

  async function run() {
    const q = new URLSearchParams();
    for (const k of ['q', 'lang', 'from', 'to']) { const v = document.getElementById(k).value; if (v) { q.set(k, v); } }
    history.replaceState(null, '', '/?' + q);
    try {
      const body = await api('/api/search?' + q);
      render(body);
    } catch (err) { showError(results, err); }
  }

  function render(body) {
    results.replaceChildren(el('p', { class: 'muted', id: 'count' }, body.hits.length + ' stories'));
    for (const h of body.hits) {
      const hit = el('div', { class: 'hit' },
        el('a', { href: '/articles/' + encodeURIComponent(h.id) + '#p' + h.paragraph, class: 'title' }, h.title),
        el('div', { class: 'meta' }, [h.source || '-', h.published || 'undated', h.lang, h.file + ' ¶' + h.paragraph].join(' · ')),
        snippet(h.snippet));
      if (h.members.length) {
        hit.append(el('div', { class: 'meta' }, 'also: ' + h.members.map((m) => m.source || m.id).join(', ')));
      }
      results.append(hit);
    }
    facets.replaceChildren();
    for (const [name, counts] of Object.entries(body.facets)) {
      const ul = el('ul');
      for (const [k, n] of Object.entries(counts).sort((a, b) => b[1] - a[1]).slice(0, 12)) { ul.append(el('li', {}, k + ' (' + n + ')')); }
      facets.append(el('h4', {}, name), ul);
    }
  }
})();
