'use strict';
// Adds files to the data directory through the same pipeline as `monazite ingest`, and shows its report.
(() => {
  const { el, showError } = Monazite;
  const form = document.getElementById('upload-form');
  const report = document.getElementById('upload-report');

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const chosen = [...document.getElementById('files').files];
    if (chosen.length === 0) { report.replaceChildren(el('p', { class: 'muted' }, 'Choose one or more files first.')); return; }
    report.replaceChildren(el('p', { class: 'muted', id: 'upload-progress' }, 'Ingesting ' + chosen.length + ' file(s)…'));
    try {
      const files = await Promise.all(chosen.map(async (f) => ({ name: f.name, data: base64(await f.arrayBuffer()) })));
      const headers = { 'Content-Type': 'application/json' };
      const token = sessionStorage.getItem('monazite-token');
      if (token) { headers.Authorization = 'Bearer ' + token; }
      const res = await fetch('/api/ingest', { method: 'POST', headers, body: JSON.stringify({ files }) });
      const r = await res.json();
      if (!res.ok) { throw new Error(r.message || ('HTTP ' + res.status)); }
      render(r);
    } catch (err) { showError(report, err); }
  });

  function render(r) {
    const summary = r.files_read + ' file(s) read, ' + r.articles_added + ' article(s) added, ' + r.duplicates_merged
      + ' duplicate(s) merged, ' + r.unchanged + ' unchanged, ' + r.files_failed + ' file(s) failed'
      + (r.quarantined ? ', ' + r.quarantined + ' article(s) quarantined' : '');
    report.replaceChildren(el('p', { id: 'upload-summary' }, summary),
      el('ul', { class: 'lines' }, ...r.lines.map((l) => el('li', { class: l.startsWith('error') ? 'error' : '' }, l))));
  }

  function base64(buffer) {
    const bytes = new Uint8Array(buffer);
    let s = '';
    for (let i = 0; i < bytes.length; i += 0x8000) { s += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000)); }
    return btoa(s);
  }
})();
