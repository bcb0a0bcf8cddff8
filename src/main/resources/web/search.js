'use strict';
// The search page: results a page at a time, facets counted over the whole result set (a click narrows
// the search, a second click or the chip removes it), a publication date range, and each story's outlets.
(() => {
  const { api, el, snippet, showError, params, date, number, original } = Monazite;
  const form = document.getElementById('search-form');
  const results = document.getElementById('results');
  const facets = document.getElementById('facets');
  const chips = document.getElementById('chips');
  const pager = document.getElementById('pager');
  const FIELDS = ['q', 'lang', 'from', 'to'];
  // lang narrows by its own parameter (single-valued); the others may each hold several values
  const FACETS = { lang: 'language', source: 'source', entity: 'entity', month: 'month', type: 'fact type' };
  const MULTI = ['source', 'entity', 'month', 'type'];
  const state = { filters: {}, offset: Number(params.get('offset')) || 0, limit: Number(params.get('limit')) || 20 };
  for (const k of FIELDS) { if (params.get(k)) { document.getElementById(k).value = params.get(k); } }
  for (const k of MULTI) { if (params.getAll(k).length) { state.filters[k] = params.getAll(k); } }

  form.addEventListener('submit', (e) => { e.preventDefault(); state.offset = 0; run(); });
  document.getElementById('lang').addEventListener('change', () => { state.offset = 0; if (query()) { run(); } });
  if (params.get('q')) { run(); }

  function query() { return document.getElementById('q').value.trim(); }

  function request() {
    const q = new URLSearchParams();
    for (const k of FIELDS) { const v = document.getElementById(k).value; if (v) { q.set(k, v); } }
    for (const [k, vs] of Object.entries(state.filters)) { for (const v of vs) { q.append(k, v); } }
    if (state.offset) { q.set('offset', state.offset); }
    if (state.limit !== 20) { q.set('limit', state.limit); }
    return q;
  }

  async function run() {
    const q = request();
    history.replaceState(null, '', '/?' + q);
    try {
      render(await api('/api/search?' + q));
    } catch (err) { showError(results, err); pager.replaceChildren(); }
  }

  function active(dim, value) {
    return dim === 'lang' ? document.getElementById('lang').value === value : (state.filters[dim] || []).includes(value);
  }

  // A facet value is added to its dimension's filter, or taken out when it is there already.
  function toggle(dim, value) {
    if (dim === 'lang') {
      const sel = document.getElementById('lang');
      if (![...sel.options].some((o) => o.value === value)) { sel.append(el('option', {}, value)); }
      sel.value = sel.value === value ? '' : value;
    } else {
      const vs = state.filters[dim] || [];
      state.filters[dim] = vs.includes(value) ? vs.filter((v) => v !== value) : [...vs, value];
      if (!state.filters[dim].length) { delete state.filters[dim]; }
    }
    state.offset = 0;
    run();
  }

  function label(dim, value) { return dim === 'month' && value !== 'undated' ? date(value) : value; }

  function render(body) {
    const first = body.hits.length ? body.offset + 1 : 0;
    results.replaceChildren(el('p', { class: 'muted', id: 'count' }, body.hits.length
      ? 'stories ' + number(first) + '–' + number(body.offset + body.hits.length) + ' of ' + number(body.stories)
        + ' (' + number(body.total) + ' articles)'
      : 'no stories match'));
    if (body.facets_notice) { results.append(el('p', { class: 'muted', id: 'facets-notice' }, body.facets_notice)); }
    for (const h of body.hits) { results.append(hit(h)); }
    renderChips();
    renderFacets(body.facets);
    renderPager(body);
  }

  function hit(h) {
    const box = el('div', { class: 'hit' },
      el('a', { href: '/articles/' + encodeURIComponent(h.id) + '#p' + h.paragraph, class: 'title' }, h.title),
      el('div', { class: 'meta' }, [h.source || '-', date(h.published), h.lang, h.file + ' ¶' + h.paragraph].join(' · '),
        ' ', original(h.url)),
      snippet(h.snippet));
    if (h.members.length) {
      const ul = el('ul', { class: 'members' });
      for (const m of h.members) {
        ul.append(el('li', {}, el('a', { href: '/articles/' + encodeURIComponent(m.id) }, m.source || m.title),
          ' · ' + date(m.published), ' ', original(m.url)));
      }
      box.append(el('div', { class: 'meta' }, 'also ran in ' + h.members.length + ' other outlet(s):'), ul);
    }
    return box;
  }

  function renderChips() {
    chips.replaceChildren();
    const lang = document.getElementById('lang').value;
    const all = [...(lang ? [['lang', lang]] : []), ...Object.entries(state.filters).flatMap(([k, vs]) => vs.map((v) => [k, v]))];
    for (const [dim, value] of all) {
      const chip = el('button', { type: 'button', class: 'chip', 'data-dim': dim, 'data-value': value, title: 'remove' },
        FACETS[dim] + ': ' + label(dim, value) + ' ×');
      chip.addEventListener('click', () => toggle(dim, value));
      chips.append(chip);
    }
  }

  function renderFacets(counts) {
    facets.replaceChildren();
    for (const [dim, name] of Object.entries(FACETS)) {
      let entries = Object.entries(counts[dim] || {});
      if (dim === 'month') { entries = entries.sort((a, b) => b[0].localeCompare(a[0])); }
      if (!entries.length) { continue; }
      const ul = el('ul', { id: 'facet-' + dim });
      for (const [value, n] of entries) {
        const b = el('button', { type: 'button', class: 'facet' + (active(dim, value) ? ' active' : ''), 'data-value': value },
          label(dim, value), el('span', { class: 'n' }, number(n)));
        b.addEventListener('click', () => toggle(dim, value));
        ul.append(el('li', {}, b));
      }
      facets.append(el('h4', {}, name), ul);
    }
  }

  function renderPager(body) {
    pager.replaceChildren();
    const pages = Math.max(1, Math.ceil(body.stories / state.limit));
    const page = Math.floor(body.offset / state.limit) + 1;
    if (pages <= 1) { return; }
    const go = (offset) => () => { state.offset = offset; run(); window.scrollTo(0, 0); };
    const prev = el('button', { type: 'button', id: 'prev' }, '‹ previous');
    const next = el('button', { type: 'button', id: 'next' }, 'next ›');
    prev.disabled = page <= 1;
    next.disabled = page >= pages || body.hits.length < state.limit;
    prev.addEventListener('click', go(Math.max(0, body.offset - state.limit)));
    next.addEventListener('click', go(body.offset + state.limit));
    pager.append(prev, el('span', { id: 'page' }, ' page ' + page + ' of ' + pages + ' '), next);
  }
})();
