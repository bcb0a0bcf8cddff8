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
      const cq = new URLSearchParams(q);
      cq.set('limit', '1000');
      const [cs, fs] = await Promise.all([api('/api/conflicts?' + cq), api('/api/facts?' + q)]);
      document.getElementById('facts-count').textContent = fs.total > fs.length
        ? 'the first ' + fs.length + ' of ' + fs.total + ' facts: narrow the filter to see the others' : fs.length + ' facts';
      conflicts.replaceChildren(...(cs.length ? [
        section('between', 'Between outlets', cs.filter((c) => c.kind === 'between_outlets')),
        section('within', 'Within one outlet', cs.filter((c) => c.kind === 'within_outlet'))]
        : [el('p', { class: 'muted' }, 'no conflicting claims')]));
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

  // Disagreements between outlets and those within one outlet are told apart: the second are often one
  // article's two readings of different things.
  function section(id, title, list) {
    return el('section', { class: 'conflicts', id: 'conflicts-' + id }, el('h3', {}, title + ' (' + list.length + ')'),
      ...(list.length ? list.map(conflict) : [el('p', { class: 'muted' }, 'none')]));
  }

  function conflict(c) {
    const box = el('div', { class: 'conflict' }, el('h3', {}, c.claim),
      el('p', { class: 'muted' }, c.outlets + ' outlet(s) · consensus ' + fmt(c.consensus) + ' · spread ' + fmt(c.spread)
        + ' (' + fmt(Math.round(c.spread_percent)) + '%) · period ' + (c.period || 'undated')));
    const table = el('table');
    for (const v of c.values) {
      const n = v.value !== null ? fmt(v.value) : fmt(v.value_min) + '–' + fmt(v.value_max);
      table.append(el('tr', {}, el('td', {}, n + (v.unit ? ' ' + v.unit : '')), el('td', {}, v.date || 'undated'),
        el('td', {}, ...v.sources.map((s) => statement(s, v.date)))));
    }
    box.append(table);
    return box;
  }

  // Who said it and when it was published, the words, and the fact id an analyst confirms or corrects;
  // the fact's own date where it is finer than the period (a day of the month).
  function statement(s, period) {
    const published = s.published ? 'published ' + s.published.slice(0, 10) : 'publication date unknown';
    const dated = s.date && s.date !== period ? ' · dated ' + s.date : '';
    return el('div', { class: 'statement' }, (s.source || '-') + ' · ' + published + dated + ': ',
      el('a', { href: '/articles/' + s.article }, s.evidence), ' ',
      el('span', { class: 'fact-id' }, s.id), s.vouched ? el('span', { class: 'vouched' }, ' ✓ confirmed') : null);
  }
})();
