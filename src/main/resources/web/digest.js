'use strict';
(async () => {
  const { api, el, showError, num, when } = Monazite;
  const select = document.getElementById('workflow');
  const query = document.getElementById('q');
  const box = document.getElementById('digest');
  document.getElementById('pick').addEventListener('submit', (e) => { e.preventDefault(); load(); });
  // a workflow and a query exclude each other: choosing one clears the other
  select.addEventListener('change', () => { if (select.value) { query.value = ''; } links(); });
  query.addEventListener('input', () => { if (query.value.trim()) { select.value = ''; } links(); });
  document.getElementById('since').addEventListener('change', links);
  try {
    for (const w of await api('/api/workflows')) { select.append(el('option', { value: w.name }, w.name + ' — ' + w.query)); }
  } catch (err) { showError(box, err); return; }
  const first = Monazite.params.get('workflow') || (select.options[1] || {}).value;
  if (Monazite.params.get('q')) { query.value = Monazite.params.get('q'); load(); } else if (first) { select.value = first; load(); }
  links();

  function params() {
    const q = new URLSearchParams();
    if (select.value) { q.set('workflow', select.value); } else if (query.value.trim()) { q.set('q', query.value.trim()); }
    const since = document.getElementById('since').value;
    if (since) { q.set('since', since); }
    return q;
  }

  // The downloads carry what the page shows: the same workflow or query and window.
  function links() {
    for (const format of ['md', 'html']) {
      const q = params();
      q.set('format', format);
      document.getElementById(format).href = '/api/digest?' + q;
    }
  }

  async function load() {
    const q = params();
    if (!q.has('workflow') && !q.has('q')) { showError(box, new Error('pick a saved workflow or type a query')); return; }
    links();
    history.replaceState(null, '', '/digest?' + q);
    box.replaceChildren(el('p', { class: 'muted' }, 'digesting…'));
    try {
      const d = await api('/api/digest?' + q);
      box.replaceChildren(header(d), ...d.stories.map(story));
      box.setAttribute('data-rendered', String(d.stories.length));
    } catch (err) { box.removeAttribute('data-rendered'); showError(box, err); }
  }

  const articleLink = (id, text) => el('a', { href: '/articles/' + encodeURIComponent(id) }, text);

  // The window at a glance: latest figures, policy events and disagreements, each linked to its article.
  function header(d) {
    const o = d.overview;
    const window = (d.window.from ? when(d.window.from) : 'all dates') + ' – ' + (d.window.to ? when(d.window.to) : 'now');
    const section = (id, title, items, none) => el('div', { class: 'overview-part', id }, el('h3', {}, title),
      items.length ? el('ul', {}, ...items) : el('p', { class: 'muted' }, none));
    return el('section', { class: 'overview hit', id: 'overview' },
      el('h2', {}, (d.workflow ? 'Workflow ' + d.workflow : 'Query “' + o.query + '”')),
      el('p', { class: 'meta' }, o.stories + ' stories from ' + o.articles + ' articles · ' + window + ' · ' + o.mode),
      ...o.notices.map((n) => el('p', { class: 'muted' }, n)),
      section('figures', 'Latest figures', o.figures.map((f) => el('li', {},
        el('b', {}, f.commodity + (f.route ? ' ' + f.route : '') + ': ' + num(f.value) + ' ' + (f.unit || '')), ' (' + when(f.date) + ', ' + (f.source || '-') + ') ',
        articleLink(f.article, '“' + f.evidence + '”'))), 'no dated prices or trade figures in these stories'),
      section('policies', 'Policy events', o.policies.map((e) => el('li', {},
        el('b', {}, when(e.date) + ' · ' + [e.actor, e.action, e.target].filter(Boolean).join(' ')), ' ',
        ...e.articles.map((a) => articleLink(a, '“' + e.evidence + '”')))), 'no dated policy acts in these stories'),
      section('conflicts', 'Conflicts in the window', o.conflicts.map((c) => el('li', {},
        el('b', {}, c.claim + ': '), c.values.join(' vs ') + (c.consensus !== null ? ' (consensus ' + num(c.consensus) + ')' : ''), ' ',
        ...c.articles.map((a, i) => articleLink(a, '[' + (i + 1) + ']')))), 'no disagreeing figures'));
  }

  function story(s) {
    const out = el('div', { class: 'hit story' }, articleLink(s.article, s.title),
      el('div', { class: 'meta' }, (s.source || '-') + ' · ' + (s.published ? when(s.published.slice(0, 10)) : 'undated')
        + (s.outlets.length ? ' · also ' + s.outlets.map((o) => o.source || o.article).join(', ') : '')));
    out.firstChild.className = 'title';
    for (const sec of s.sections) {
      const ul = el('ul');
      for (const b of sec.bullets) {
        const li = el('li', { class: 'bullet' }, b.text + ' ');
        for (const n of b.cites) { li.append(el('a', { href: '/articles/' + s.article + '#p' + n }, '[' + n + ']')); }
        ul.append(li);
      }
      out.append(el('h4', {}, sec.heading), ul);
    }
    return out;
  }
})();
