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

// Readable dates and numbers, and links out of the workspace: one helper for every page.
Object.assign(Monazite, (() => {
  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

  // "2025-11-20T09:15:00" → "20 Nov 2025 09:15", "2025-11-20" → "20 Nov 2025", "2025-11" → "Nov 2025".
  // Read from the text, not through Date: the times are as the outlet printed them, in no time zone.
  function date(iso, missing) {
    if (iso === null || iso === undefined || iso === '') { return missing === undefined ? 'undated' : missing; }
    // anything else (a range "2025-01/2025-06", a quarter) is shown as it is
    const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?)?)?$/.exec(String(iso));
    if (!m) { return String(iso); }
    const [, y, mo, d, h, mi] = m;
    const month = mo ? MONTHS[Number(mo) - 1] : null;
    if (!month) { return y; }
    if (!d) { return month + ' ' + y; }
    return Number(d) + ' ' + month + ' ' + y + (h ? ' ' + h + ':' + mi : '');
  }

  // 555000 → "555,000"; 0.12345 → "0.1235"
  function number(v, digits) {
    if (v === null || v === undefined || v === '') { return ''; }
    const n = Number(v);
    return Number.isFinite(n) ? n.toLocaleString('en-US', { maximumFractionDigits: digits === undefined ? 4 : digits })
      : String(v);
  }

  // A fact's value with its unit: a share in per cent, a range as "a–b".
  function factAmount(f) {
    const v = f.value !== null && f.value !== undefined ? number(f.value) : number(f.value_min) + '–' + number(f.value_max);
    if (f.type === 'share' && (!f.unit || f.unit === '%' || f.unit === 'percent')) { return v + '%'; }
    return v + (f.unit ? ' ' + f.unit : '');
  }

  // A link to where an article was published, or null: only http(s) addresses from the input become links.
  function original(url, label) {
    if (!url || !/^https?:\/\//i.test(url)) { return null; }
    return Monazite.el('a', { href: url, class: 'original', rel: 'noopener noreferrer', target: '_blank' },
      label || 'original ↗');
  }

  // A download link for an API path; with a token it is fetched with the header and saved, as a link cannot send it.
  function download(path, label, id) {
    const a = Monazite.el('a', { href: path, id, class: 'download' }, label);
    a.addEventListener('click', async (e) => {
      const token = sessionStorage.getItem('monazite-token');
      if (!token) { return; }
      e.preventDefault();
      const res = await fetch(path, { headers: { Authorization: 'Bearer ' + token } });
      const blob = URL.createObjectURL(await res.blob());
      const save = Monazite.el('a', { href: blob, download: '' });
      save.click();
      URL.revokeObjectURL(blob);
    });
    return a;
  }

  return { date, number, factAmount, original, download };
})());

// Readable dates and numbers (charts, chain, scenario and digest pages): "Oct 2025", "Jan–Oct 2025", "12,345".
Object.assign(Monazite, (() => {
  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

  // YYYY, YYYY-MM or YYYY-MM-DD as words; anything else as given.
  function when(s) {
    const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(String(s || ''));
    if (!m) { return String(s || ''); }
    if (!m[2]) { return m[1]; }
    return (m[3] ? Number(m[3]) + ' ' : '') + MONTHS[Number(m[2]) - 1] + ' ' + m[1];
  }

  // A period from its first to its last month or day: "Jan–Oct 2025", "2024", "Dec 2024–Feb 2025".
  function period(start, end) {
    if (!end || start === end) { return when(start); }
    const [sy, sm] = start.split('-'), [ey, em] = end.split('-');
    if (start.length === 7 && end.length === 7 && sm === '01' && em === '12' && sy === ey) { return sy; }
    if (sy === ey && start.length === 7 && end.length === 7) { return MONTHS[Number(sm) - 1] + '–' + MONTHS[Number(em) - 1] + ' ' + sy; }
    return when(start) + '–' + when(end);
  }

  // A number with thousands separators and at most `digits` decimals.
  function num(v, digits) {
    if (v === null || v === undefined || v === '') { return ''; }
    return Number(v).toLocaleString('en-US', { maximumFractionDigits: digits === undefined ? 2 : digits });
  }

  // A link to the article page at the fact (the fact sits beside the sentence that states it).
  function evidenceHref(article, fact) {
    return '/articles/' + encodeURIComponent(article) + (fact ? '#fact-' + fact : '');
  }

  return { when, period, num, evidenceHref };
})());
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
