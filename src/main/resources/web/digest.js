'use strict';
(async () => {
  const { api, el, showError } = Monazite;
  const select = document.getElementById('workflow');
  const box = document.getElementById('digest');
  for (const w of await api('/api/workflows')) { select.append(el('option', { value: w.name }, w.name + ' — ' + w.query)); }
  document.getElementById('pick').addEventListener('submit', (e) => { e.preventDefault(); load(); });

  async function load() {
    const q = new URLSearchParams({ workflow: select.value });
    const since = document.getElementById('since').value;
    if (since) { q.set('since', since); }
    try {
      const d = await api('/api/digest?' + q);
      box.replaceChildren(el('p', { class: 'muted' }, d.stories.length + ' stories'));
      for (const s of d.stories) {
        const story = el('div', { class: 'hit story' }, el('a', { href: '/articles/' + s.article, class: 'title' }, s.title),
          el('div', { class: 'meta' }, (s.source || '-') + ' · ' + (s.published || 'undated') + (s.outlets.length ? ' · also ' + s.outlets.join(', ') : '')));
        for (const sec of s.sections) {
          const ul = el('ul');
          for (const b of sec.bullets) {
            const li = el('li', { class: 'bullet' }, b.text + ' ');
            for (const n of b.cites) { li.append(el('a', { href: '/articles/' + s.article + '#p' + n }, '[' + n + ']')); }
            ul.append(li);
          }
          story.append(el('h4', {}, sec.heading), ul);
        }
        box.append(story);
      }
    } catch (err) { showError(box, err); }
  }
})();
