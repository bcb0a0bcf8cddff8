// The analyst's word on a fact, on the article page and in the facts table: confirm, correct some
// fields, or reject. The server records who (the token's name, or the OS user on loopback) and when.
'use strict';
Monazite.review = (() => {
  const { el, fmt } = Monazite;
  const EDITABLE_COMMON = ['value', 'value_min', 'value_max', 'unit', 'date'];

  async function send(id, body) {
    const headers = { 'Content-Type': 'application/json' };
    const token = sessionStorage.getItem('monazite-token');
    if (token) { headers.Authorization = 'Bearer ' + token; }
    const res = await fetch('/api/facts/' + encodeURIComponent(id) + '/review', { method: 'POST', headers, body: JSON.stringify(body) });
    const out = await res.json();
    if (!res.ok) { throw new Error(out.message || ('HTTP ' + res.status)); }
    return out;
  }

  // "corrected by ana: was 70 · US" / "confirmed by ana" / "rejected by ana"
  function mark(f) {
    if (!f.review) { return null; }
    const r = f.review;
    let text = r.verdict + ' by ' + r.by;
    if (r.was) {
      const was = Object.entries(r.was).map(([k, v]) => k + ' ' + (v === null ? '(none)' : fmt(v)));
      if (was.length) { text += ': was ' + was.join(', '); }
    }
    if (r.note) { text += ' (' + r.note + ')'; }
    return el('span', { class: 'review ' + r.verdict, title: r.at }, text);
  }

  // The fields a correction may set: the fact's own fields, then the figure, unit and date.
  function editable(f) {
    const own = Monazite.factKeys(f);
    return own.concat(EDITABLE_COMMON);
  }

  function controls(f, onChange) {
    const box = el('div', { class: 'review-controls', 'data-fact': f.id });
    const status = el('span', { class: 'muted' });
    const form = el('form', { class: 'correct', hidden: '' });
    const field = el('select', { name: 'field' }, ...editable(f).map((k) => el('option', { value: k }, k)));
    const value = el('input', { type: 'text', name: 'value', placeholder: 'right value (empty removes it)' });
    const note = el('input', { type: 'text', name: 'note', placeholder: 'why (optional)' });
    form.append(field, value, note, el('button', { type: 'submit' }, 'Save correction'));
    field.addEventListener('change', () => { value.value = f[field.value] === undefined || f[field.value] === null ? '' : String(f[field.value]); });
    field.dispatchEvent(new Event('change'));

    const act = async (body) => {
      status.textContent = 'saving…';
      try {
        const updated = await send(f.id, body);
        status.textContent = '';
        onChange(updated);
      } catch (err) { status.textContent = err.message; status.className = 'error'; }
    };
    const button = (label, cls, fn) => { const b = el('button', { type: 'button', class: cls }, label); b.addEventListener('click', fn); return b; };
    box.append(mark(f) || '',
      button('Confirm', 'confirm', () => act({ verdict: 'confirmed' })),
      button('Correct…', 'open-correct', () => { form.hidden = !form.hidden; }),
      button('Reject', 'reject', () => act({ verdict: 'rejected' })), status, form);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      act({ verdict: 'corrected', changes: { [field.value]: value.value }, note: note.value || undefined });
    });
    return box;
  }

  return { controls, mark, send };
})();
