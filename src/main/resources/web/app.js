// Shared helpers for every page. News text is untrusted: it is only ever placed with textContent.
'use strict';

const Monazite = (() => {
  const params = new URLSearchParams(location.search);
  if (params.get('token')) { sessionStorage.setItem('monazite-token', params.get('token')); }

  async function api(path) {
    const headers = {};
    const token = sessionStorage.getItem('monazite-token');
    if (token) { headers.Authorization = 'Bearer ' + token; }
    const res = await fetch(path, { headers });
    const body = await res.json();
    if (!res.ok) { throw new Error(body.message || ('HTTP ' + res.status)); }
    // list endpoints send one page; the whole list's size comes in a header
    const total = res.headers.get('X-Total-Count');
    if (total !== null && Array.isArray(body)) { body.total = Number(total); }
    return body;
  }

  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === 'class') { e.className = v; } else if (k === 'href') { e.href = v; } else { e.setAttribute(k, v); }
    }
    for (const c of children) {
      if (c === null || c === undefined) { continue; }
      e.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return e;
  }

  // Snippets mark matches with «…»: split on the markers and wrap matches in <mark>, all as text nodes.
  function snippet(text) {
    const span = el('span', { class: 'snippet' });
    const parts = String(text).split(/(«[^»]*»)/);
    for (const p of parts) {
      if (p.startsWith('«') && p.endsWith('»')) { span.append(el('mark', {}, p.slice(1, -1))); } else { span.append(p); }
    }
    return span;
  }

  function showError(where, err) {
    where.replaceChildren(el('p', { class: 'error', id: 'error' }, err.message));
  }

  function fmt(v) {
    if (v === null || v === undefined) { return ''; }
    return typeof v === 'number' ? v.toLocaleString('en-US', { maximumFractionDigits: 4 }) : String(v);
  }

  function factValue(f) {
    return f.value !== null && f.value !== undefined ? fmt(f.value) : fmt(f.value_min) + '–' + fmt(f.value_max);
  }

  // A fact is one flat object (the CLI's jsonl shape): what is not a common key is a field of its type.
  const FACT_COMMON = new Set(['id', 'type', 'value', 'value_min', 'value_max', 'unit', 'date', 'evidence', 'source',
    'published', 'article', 'paragraph', 'span', 'version', 'confidence', 'files', 'file', 'review', 'dated']);

  function factKeys(f) {
    return Object.keys(f).filter((k) => !FACT_COMMON.has(k));
  }

  function factFields(f) {
    return factKeys(f).map((k) => f[k]);
  }

  return { api, el, snippet, showError, fmt, factValue, factFields, factKeys, params };
})();

// Every page's header links the alerts page, with how many alerts arrived since it was last opened.
(async () => {
  const header = document.querySelector('header');
  if (!header) { return; }
  const badge = Monazite.el('span', { id: 'alert-count', class: 'badge' });
  header.append(Monazite.el('a', { href: '/alerts', id: 'nav-alerts' }, 'Alerts ', badge));
  try {
    const seen = Number(localStorage.getItem('monazite-alerts-seen') || '0');
    const c = await Monazite.api('/api/alerts/count?after=' + seen);
    if (c.count > 0 && location.pathname !== '/alerts') { badge.textContent = String(c.count); }
  } catch (err) { /* the count is a hint; pages work without it */ }
})();
