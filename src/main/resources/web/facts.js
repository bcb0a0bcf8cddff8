'use strict';
(() => {
  const { api, el, showError, fmt, factValue, factFields } = Monazite;
  const form = document.getElementById('filter');
  form.addEventListener('submit', (e) => { e.preventDefault(); load(); });
  load();

  async function load() {
    const q = new URLSearchParams();
    for (const k of ['type', 'commodity', 'subject']) { const v = document.getElementById(k).value; if (v) { q.set(k, v); } }
    const conflicts = document.getElementById('conflicts');
    const tbody = document.querySelector('#facts tbody');
    try {
      const [cs, fs] = await Promise.all([api('/api/conflicts?' + q), api('/api/facts?' + q)]);
      document.getElementById('facts-count').textContent = fs.total > fs.length
        ? 'the first ' + fs.length + ' of ' + fs.total + ' facts: narrow the filter to see the others' : fs.length + ' facts';
      conflicts.replaceChildren(...(cs.length ? cs.map(conflict) : [el('p', { class: 'muted' }, 'no conflicting claims')]));
      tbody.replaceChildren(...fs.map(factRow));
    } catch (err) { showError(conflicts, err); }
  }

  // A table row per fact; a review reloads the page's views, since conflicts may change with it.
  function factRow(f) {
    return el('tr', { id: 'fact-' + f.id, class: f.review ? f.review.verdict : '' },
      el('td', {}, f.type), el('td', {}, factFields(f).join(' · ')), el('td', {}, factValue(f) + (f.unit ? ' ' + f.unit : '')),
      el('td', {}, f.date || ''), el('td', {}, el('a', { href: '/articles/' + f.article + '#p' + f.paragraph }, f.evidence)),
      el('td', {}, f.source || '-'), el('td', {}, Monazite.review.controls(f, () => load())));
  }

  function conflict(c) {
    const box = el('div', { class: 'conflict' }, el('h3', {}, c.claim),
      el('p', { class: 'muted' }, c.sources + ' outlets · consensus ' + fmt(c.consensus) + ' · spread ' + fmt(c.spread)));
    const table = el('table');
    for (const v of c.values) {
      const n = v.value !== null ? fmt(v.value) : fmt(v.value_min) + '–' + fmt(v.value_max);
      table.append(el('tr', {}, el('td', {}, n + (v.unit ? ' ' + v.unit : '')),
        el('td', {}, ...v.sources.map((s) => el('div', {}, (s.source || '-') + ': ', el('a', { href: '/articles/' + s.article }, s.evidence))))));
    }
    box.append(table);
    return box;
  }
})();
