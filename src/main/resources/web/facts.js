'use strict';
// Facts and conflicts: one filter (type, commodity, subject, place, outlet, dates) for both; the facts
// table sorts by a column's header, pages through the store, and downloads as CSV or Excel.
(() => {
  const { api, el, showError, number, factAmount, factFields, date, params, download } = Monazite;
  const FILTERS = ['type', 'commodity', 'subject', 'place', 'source', 'from', 'to'];
  const LIMIT = Number(params.get('limit')) || 50;
  const state = { sort: params.get('sort') || '', offset: Number(params.get('offset')) || 0 };
  const form = document.getElementById('filter');
  for (const k of FILTERS) { if (params.get(k)) { document.getElementById(k).value = params.get(k); } }
  form.addEventListener('submit', (e) => { e.preventDefault(); state.offset = 0; load(); });
  for (const th of document.querySelectorAll('#facts th[data-sort]')) {
    th.classList.add('sortable');
    th.addEventListener('click', () => {
      const key = th.dataset.sort;
      state.sort = state.sort === key ? '-' + key : key; // a second click reverses
      state.offset = 0;
      load();
    });
  }
  load();

  function filters() {
    const q = new URLSearchParams();
    for (const k of FILTERS) { const v = document.getElementById(k).value.trim(); if (v) { q.set(k, v); } }
    return q;
  }

  async function load() {
    const q = filters();
    if (state.sort) { q.set('sort', state.sort); }
    const page = new URLSearchParams(q);
    page.set('limit', LIMIT);
    if (state.offset) { page.set('offset', state.offset); }
    history.replaceState(null, '', '/facts?' + page);
    const conflicts = document.getElementById('conflicts');
    const tbody = document.querySelector('#facts tbody');
    try {
      const cq = filters();
      cq.set('limit', '1000');
      const [cs, fs] = await Promise.all([api('/api/conflicts?' + cq), api('/api/facts?' + page)]);
      document.getElementById('facts-count').textContent = fs.length
        ? 'facts ' + number(state.offset + 1) + '–' + number(state.offset + fs.length) + ' of ' + number(fs.total)
        : 'no facts match';
      downloads(q);
      conflicts.replaceChildren(...(cs.length ? [
        section('between', 'Between outlets', cs.filter((c) => c.kind === 'between_outlets')),
        section('within', 'Within one outlet', cs.filter((c) => c.kind === 'within_outlet'))]
        : [el('p', { class: 'muted' }, 'no conflicting claims')]));
      tbody.replaceChildren(...fs.map(factRow));
      headers();
      pager(fs.total);
    } catch (err) { showError(conflicts, err); }
  }

  // The whole filtered table, in the order shown, as a file.
  function downloads(q) {
    const csv = new URLSearchParams(q); csv.set('format', 'csv');
    const xlsx = new URLSearchParams(q); xlsx.set('format', 'xlsx');
    document.getElementById('downloads').replaceChildren('Download these facts: ',
      download('/api/facts?' + csv, 'CSV', 'download-csv'), ' · ', download('/api/facts?' + xlsx, 'Excel (.xlsx)', 'download-xlsx'));
  }

  function headers() {
    for (const th of document.querySelectorAll('#facts th[data-sort]')) {
      const key = th.dataset.sort;
      th.classList.toggle('asc', state.sort === key);
      th.classList.toggle('desc', state.sort === '-' + key);
    }
  }

  function pager(total) {
    const nav = document.getElementById('facts-pager');
    nav.replaceChildren();
    const pages = Math.max(1, Math.ceil(total / LIMIT));
    if (pages <= 1) { return; }
    const page = Math.floor(state.offset / LIMIT) + 1;
    const go = (offset) => () => { state.offset = offset; load(); };
    const prev = el('button', { type: 'button', id: 'facts-prev' }, '‹ previous');
    const next = el('button', { type: 'button', id: 'facts-next' }, 'next ›');
    prev.disabled = page <= 1;
    next.disabled = page >= pages;
    prev.addEventListener('click', go(Math.max(0, state.offset - LIMIT)));
    next.addEventListener('click', go(state.offset + LIMIT));
    nav.append(prev, el('span', { id: 'facts-page' }, ' page ' + page + ' of ' + pages + ' '), next);
  }

  // A table row per fact; a review reloads the page's views, since conflicts may change with it.
  function factRow(f) {
    return el('tr', { id: 'fact-' + f.id, class: f.review ? f.review.verdict : '' },
      el('td', {}, f.type), el('td', {}, factFields(f).join(' · ')), el('td', { class: 'num' }, factAmount(f)),
      el('td', {}, f.date ? date(f.date) : ''), el('td', {}, el('a', { href: '/articles/' + f.article + '#p' + f.paragraph }, f.evidence)),
      el('td', {}, f.source || '-'), el('td', { class: 'when' }, date(f.published, '')),
      el('td', {}, Monazite.review.controls(f, () => load())));
  }

  // Disagreements between outlets and those within one outlet are told apart: the second are often one
  // article's two readings of different things.
  function section(id, title, list) {
    return el('section', { class: 'conflicts', id: 'conflicts-' + id }, el('h3', {}, title + ' (' + list.length + ')'),
      ...(list.length ? list.map(conflict) : [el('p', { class: 'muted' }, 'none')]));
  }

  function conflict(c) {
    const box = el('div', { class: 'conflict' }, el('h3', {}, c.claim),
      el('p', { class: 'muted' }, c.outlets + ' outlet(s) · consensus ' + number(c.consensus) + ' · spread ' + number(c.spread)
        + ' (' + number(Math.round(c.spread_percent)) + '%) · period ' + date(c.period)));
    const table = el('table');
    for (const v of c.values) {
      const n = v.value !== null ? number(v.value) : number(v.value_min) + '–' + number(v.value_max);
      table.append(el('tr', {}, el('td', {}, n + (v.unit ? ' ' + v.unit : '')), el('td', { class: 'when' }, date(v.date)),
        el('td', {}, ...v.sources.map((s) => statement(s, v.date)))));
    }
    box.append(table);
    return box;
  }

  // Who said it and when it was published, the words, and the fact id an analyst confirms or corrects;
  // the fact's own date where it is finer than the period (a day of the month).
  function statement(s, period) {
    const published = s.published ? 'published ' + date(s.published.slice(0, 10)) : 'publication date unknown';
    const dated = s.date && s.date !== period ? ' · dated ' + date(s.date) : '';
    return el('div', { class: 'statement' }, (s.source || '-') + ' · ' + published + dated + ': ',
      el('a', { href: '/articles/' + s.article }, s.evidence), ' ',
      el('span', { class: 'fact-id' }, s.id), s.vouched ? el('span', { class: 'vouched' }, ' ✓ confirmed') : null);
  }
})();
