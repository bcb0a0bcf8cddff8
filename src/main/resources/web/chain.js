'use strict';
(() => {
  const { api, el, showError, fmt } = Monazite;
  const pct = (v) => Number(v).toFixed(1);
  document.getElementById('pick').addEventListener('submit', (e) => { e.preventDefault(); load(); });
  load();
  async function load() {
    const box = document.getElementById('sankey');
    try {
      const m = await api('/api/chain?commodity=' + encodeURIComponent(document.getElementById('commodity').value));
      document.getElementById('rule').textContent = 'Update rule: ' + m.update_rule;
      sankey(box, m);
      notes(m);
      tables(m);
    } catch (err) { showError(box, err); }
  }

  function sankey(box, m) {
    const ids = new Set(m.links.flatMap((l) => [l.source, l.target]));
    const chart = echarts.getInstanceByDom(box) || echarts.init(box);
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'item' },
      series: [{ type: 'sankey', emphasis: { focus: 'adjacency' }, nodeAlign: 'left',
        data: m.nodes.filter((n) => ids.has(n.id)).map((n) => ({ name: n.id })),
        links: m.links.map((l) => ({ source: l.source, target: l.target, value: l.value })) }],
    }, true);
    box.setAttribute('data-rendered', String(m.links.length));
  }

  // A lone figure may be applied once an analyst confirms it: one click confirms the fact stating it,
  // and the model is built again.
  function confirm(c) {
    if (c.facts.length !== 1 || !c.why.startsWith('one outlet, not confirmed')) { return null; }
    const b = el('button', { type: 'button', class: 'confirm-candidate' }, 'Confirm this figure');
    b.addEventListener('click', async () => {
      b.disabled = true;
      try { await Monazite.review.send(c.facts[0], { verdict: 'confirmed', note: 'confirmed from the chain page' }); load(); }
      catch (err) { b.replaceWith(el('span', { class: 'error' }, err.message)); }
    });
    return b;
  }

  // Beside the Sankey: how shares were rescaled, and the newer figures left out with why and who said them.
  function notes(m) {
    const none = (text) => [el('li', { class: 'muted' }, text)];
    const rescaled = m.rescalings.map((r) => el('li', { class: 'rescaling' }, el('b', {}, r.what + ': '), r.why));
    document.getElementById('rescalings').replaceChildren(...(rescaled.length ? rescaled : none('nothing rescaled')));
    const candidates = m.candidates.map((c) => el('li', { class: 'candidate' },
      el('b', {}, c.place + ' ' + fmt(c.value_pct) + '% for ' + c.year), ' (' + c.what + '; reference '
        + (c.reference_pct ? pct(c.reference_pct.value) + '%' : 'none') + '): ' + c.why,
      el('ul', {}, ...c.citations.map((cite) => el('li', { class: 'muted' }, cite))), confirm(c)));
    document.getElementById('candidates').replaceChildren(...(candidates.length ? candidates : none('none')));
  }

  function tables(m) {
    const source = (f) => f.provenance + (f.how ? ' (' + f.how + ')' : '') + ': ' + f.citation;
    document.querySelector('#concentration tbody').replaceChildren(...m.concentration.map((c) => el('tr', {},
      el('td', {}, c.stage), el('td', {}, c.top), el('td', {}, pct(c.top1_share_pct)), el('td', {}, String(c.hhi)))));
    document.querySelector('#shares tbody').replaceChildren(...m.nodes.map((n) => el('tr', {},
      el('td', {}, n.stage), el('td', {}, n.name), el('td', {}, pct(n.share_pct.value)),
      el('td', {}, fmt(Math.round(n.volume.value)) + ' ' + n.volume.unit), el('td', {}, n.share_pct.provenance),
      el('td', { class: 'cite' }, source(n.share_pct)))));
    document.querySelector('#dependence tbody').replaceChildren(...m.dependence.map((d) => el('tr', {},
      el('td', {}, d.recipient), el('td', {}, d.stage), el('td', {}, d.supplier), el('td', {}, pct(d.share_pct.value)),
      el('td', { class: 'cite' }, source(d.share_pct)))));
    document.querySelector('#legend tbody').replaceChildren(...Object.entries(m.legend).map(([code, meaning]) =>
      el('tr', {}, el('td', {}, code), el('td', {}, meaning))));
  }
})();
