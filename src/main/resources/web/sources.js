'use strict';
// The Sources page: list the sources with their status, add, test, resume and remove them.
(() => {
  const { api, el, showError } = Monazite;
  const body = document.querySelector('#sources tbody');
  const message = document.getElementById('src-message');
  const trial = document.getElementById('src-test');

  async function send(method, path, data) {
    const headers = { 'Content-Type': 'application/json' };
    const token = sessionStorage.getItem('monazite-token');
    if (token) { headers.Authorization = 'Bearer ' + token; }
    const res = await fetch(path, { method, headers, body: data === undefined ? undefined : JSON.stringify(data) });
    const r = res.status === 204 ? {} : await res.json();
    if (!res.ok) { throw new Error(r.message || ('HTTP ' + res.status)); }
    return r;
  }

  function status(s) {
    const cell = el('td', { class: 'status status-' + s.status }, s.status);
    if (s.status === 'failing' || s.status === 'paused') {
      cell.append(' (' + s.failures + ' failure(s)): ', el('span', { class: 'error last-error' }, s.last_error || ''));
    }
    return cell;
  }

  function row(s) {
    const path = '/api/sources/' + encodeURIComponent(s.name);
    const test = el('button', { class: 'test' }, 'Test');
    test.addEventListener('click', async () => {
      trial.replaceChildren(el('p', { class: 'muted' }, 'Fetching ' + s.url + '…'));
      try {
        const t = await send('POST', path + '/test', {});
        if (t.error) { throw new Error(t.error); }
        trial.replaceChildren(el('h3', {}, 'Test of ' + s.name),
          el('p', { id: 'test-summary' }, t.links + ' link(s), ' + t.collected_before + ' collected before'),
          el('ul', { class: 'lines', id: 'test-lines' }, ...t.lines.map((l) => el('li', {}, l))));
      } catch (err) { showError(trial, err); }
    });
    const remove = el('button', { class: 'remove' }, 'Remove');
    remove.addEventListener('click', async () => {
      try { await send('DELETE', path); await load(); } catch (err) { showError(message, err); }
    });
    const actions = el('td', {}, test, ' ', remove);
    if (s.status === 'paused') {
      const resume = el('button', { class: 'resume' }, 'Resume');
      resume.addEventListener('click', async () => {
        try { await send('POST', path + '/resume', {}); await load(); } catch (err) { showError(message, err); }
      });
      actions.append(' ', resume);
    }
    return el('tr', { 'data-name': s.name },
      el('td', {}, el('a', { href: s.url, rel: 'noopener noreferrer' }, s.name)),
      el('td', {}, s.kind + (s.selector ? ' (' + s.selector + ')' : '')), el('td', {}, s.every),
      el('td', {}, s.last_fetch ? s.last_fetch.replace('T', ' ').replace(/:\d\d(\.\d+)?Z$/, ' UTC') : 'never'),
      el('td', {}, s.collected), status(s), actions);
  }

  async function load() {
    try {
      const all = await api('/api/sources');
      body.replaceChildren(...all.map(row));
      if (all.length === 0) { body.append(el('tr', {}, el('td', { colspan: '7', class: 'muted' }, 'No sources yet: add one above.'))); }
    } catch (err) { showError(message, err); }
  }

  document.getElementById('add-source').addEventListener('submit', async (e) => {
    e.preventDefault();
    const v = (id) => document.getElementById(id).value.trim();
    message.replaceChildren(el('p', { class: 'muted' }, 'Adding…'));
    try {
      const s = await send('POST', '/api/sources', { name: v('src-name'), url: v('src-url'), kind: v('src-kind'),
        selector: v('src-selector'), every: v('src-every'), lang: v('src-lang'), include: v('src-include'),
        exclude: v('src-exclude') });
      message.replaceChildren(el('p', { id: 'added' }, 'Added ' + s.kind + ' ' + s.name + ', polled every ' + s.every + '.'));
      document.getElementById('add-source').reset();
      await load();
    } catch (err) { showError(message, err); }
  });

  load();
})();
