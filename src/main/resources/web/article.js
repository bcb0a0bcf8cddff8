'use strict';
(async () => {
  const { api, el, showError, factValue, factFields } = Monazite;
  const id = decodeURIComponent(location.pathname.split('/').pop());
  const box = document.getElementById('paragraphs');
  try {
    const a = await api('/api/articles/' + encodeURIComponent(id));
    document.title = 'Monazite · ' + a.title;
    document.getElementById('title').textContent = a.title;
    document.getElementById('meta').textContent = [a.source || '-', a.published || 'undated', a.lang, a.files.join(', '), 'id ' + a.id].join(' · ');
    const byParagraph = {};
    for (const f of a.facts) { (byParagraph[f.paragraph] = byParagraph[f.paragraph] || []).push(f); }
    for (const p of a.paragraphs) {
      const facts = el('div', { class: 'facts' });
      for (const f of byParagraph[p.n] || []) { facts.append(factBox(f)); }
      box.append(el('div', { class: 'para', id: 'p' + p.n }, el('span', { class: 'n' }, p.n), marked(p.text, p.marks), facts));
    }
    if (location.hash) { document.querySelector(location.hash)?.scrollIntoView(); }
  } catch (err) { showError(box, err); }

  // One fact under its paragraph, with the analyst's controls; a review redraws it in place.
  function factBox(f) {
    const box = el('div', { class: 'fact' + (f.review ? ' ' + f.review.verdict : ''), id: 'fact-' + f.id },
      el('div', {}, f.type + ': ' + factFields(f).join(' · ') + ' = ' + factValue(f) + (f.unit ? ' ' + f.unit : '') + (f.date ? ' @' + f.date : '')),
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
