'use strict';
// One article: the title (¶0) and numbered paragraphs with entities and figures marked and each one's
// facts beside it, a link to where it was published, and the other outlets that ran the same story.
(async () => {
  const { api, el, showError, factFields, factAmount, date, original } = Monazite;
  const id = decodeURIComponent(location.pathname.split('/').pop());
  const box = document.getElementById('paragraphs');
  try {
    const a = await api('/api/articles/' + encodeURIComponent(id));
    document.title = 'Monazite · ' + a.title;
    document.getElementById('title').textContent = a.title;
    document.getElementById('meta').replaceChildren([a.source || '-', date(a.published), a.lang, a.files.join(', '),
      'id ' + a.id].join(' · '), ' ', original(a.url, 'original article ↗'));
    document.getElementById('story').replaceChildren(...story(a.members));
    const byParagraph = {};
    for (const f of a.facts) { (byParagraph[f.paragraph] = byParagraph[f.paragraph] || []).push(f); }
    // the title is paragraph 0 of the citations: its facts stand beside it as a paragraph's do
    box.append(paragraph(0, el('div', { class: 'text title-text' }, a.title), byParagraph[0]));
    for (const p of a.paragraphs) { box.append(paragraph(p.n, marked(p.text, p.marks), byParagraph[p.n])); }
    if (location.hash) { document.querySelector(location.hash)?.scrollIntoView(); }
  } catch (err) { showError(box, err); }

  function paragraph(n, text, facts) {
    const list = el('div', { class: 'facts' });
    for (const f of facts || []) { list.append(factBox(f)); }
    return el('div', { class: 'para' + (n === 0 ? ' title-para' : ''), id: 'p' + n }, el('span', { class: 'n' }, n), text, list);
  }

  // The other articles of the story: the same news as other outlets ran it.
  function story(members) {
    if (!members.length) { return []; }
    const ul = el('ul', { id: 'members' });
    for (const m of members) {
      ul.append(el('li', {}, el('span', { class: 'outlet' }, m.source || 'outlet unknown'), ' · ' + date(m.published) + ' · ',
        el('a', { href: '/articles/' + encodeURIComponent(m.id) }, m.title), ' ', original(m.url)));
    }
    return [el('h3', {}, 'The same story in ' + members.length + ' other article(s)'), ul];
  }

  // One fact under its paragraph, with the analyst's controls; a review redraws it in place.
  function factBox(f) {
    const box = el('div', { class: 'fact' + (f.review ? ' ' + f.review.verdict : ''), id: 'fact-' + f.id },
      el('div', {}, f.type + ': ' + factFields(f).join(' · ') + ' = ' + factAmount(f) + (f.date ? ' @' + date(f.date) : '')),
      Monazite.review.controls(f, (updated) => box.replaceWith(factBox(updated))));
    return box;
  }

  // Wraps entity and quantity spans in <mark>; overlapping spans keep the earlier one.
  function marked(text, marks) {
    const div = el('div', { class: 'text' });
    let pos = 0;
    for (const m of marks) {
      if (m.start < pos) { continue; }
      div.append(text.slice(pos, m.start));
      div.append(el('mark', { class: m.kind, title: m.id }, text.slice(m.start, m.end)));
      pos = m.end;
    }
    div.append(text.slice(pos));
    return div;
  }
})();
