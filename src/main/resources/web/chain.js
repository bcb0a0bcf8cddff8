'use strict';
(() => {
  const { api, el, showError, fmt, num } = Monazite;
  const pct = (v) => Number(v).toFixed(1);
  let legend = {};
  // A code with its meaning: "CN China", the full text on hover; a code the legend lacks stays as it is.
  const KINDS = { reference: 'reference table', fact: 'news (corpus facts)', derived: 'derived', scenario: 'scenario' };
  const KIND_MEANING = { reference: 'taken as it is from a bundled reference table (USGS, IEA, ...)',
    fact: 'from figures stated in the ingested news, under the update rule', derived: 'computed from other figures, as the source column says',
    scenario: 'stated in a scenario file' };
  const kind = (k) => el('span', { class: 'kind', title: KIND_MEANING[k] || k }, KINDS[k] || k);
  const short = (code) => (legend[code] || code).replace(/^(stage|end use): /, '').split(/[:(,]/)[0].trim();
  const named = (code) => {
    const meaning = legend[code];
    if (!meaning) { return el('span', {}, code); }
    return el('span', { class: 'code', title: meaning }, el('b', {}, code), ' ' + short(code));
  };
  document.getElementById('pick').addEventListener('submit', (e) => { e.preventDefault(); load(); });
  load();
  async function load() {
    const box = document.getElementById('sankey');
    try {
      const commodity = document.getElementById('commodity').value;
      const m = await api('/api/chain?commodity=' + encodeURIComponent(commodity));
      legend = m.legend;
      document.getElementById('xlsx').href = '/api/chain?' + new URLSearchParams({ commodity, format: 'xlsx' });
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
      // a flow's tooltip says what it rests on; a node's, its place and share
      tooltip: { trigger: 'item', formatter: (p) => (p.dataType === 'edge'
        ? p.data.source + ' → ' + p.data.target + ': ' + num(p.data.value, 0) + ' ' + (p.data.unit || '') + ' — ' + (p.data.note || '')
        : p.name) },
      series: [{ type: 'sankey', emphasis: { focus: 'adjacency' }, nodeAlign: 'left',
        data: m.nodes.filter((n) => ids.has(n.id)).map((n) => ({ name: n.id,
          label: { formatter: () => n.name + ' ' + pct(n.share_pct.value) + '%' } })),
        links: m.links.map((l) => ({ source: l.source, target: l.target, value: l.value, unit: l.unit, note: l.source_note })) }],
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
      el('b', {}, c.place + ' ' + fmt(c.value_pct) + '% for ' + c.year), ' (' + short(c.place) + '; ' + c.what + '; reference '
        + (c.reference_pct ? pct(c.reference_pct.value) + '%' : 'none') + '): ' + c.why,
      el('ul', {}, ...c.citations.map((cite) => el('li', { class: 'muted' }, cite))), confirm(c)));
    document.getElementById('candidates').replaceChildren(...(candidates.length ? candidates : none('none')));
  }

  function tables(m) {
    const source = (f) => f.provenance + (f.how ? ' (' + f.how + ')' : '') + ': ' + f.citation;
    document.querySelector('#concentration tbody').replaceChildren(...m.concentration.map((c) => el('tr', {},
      el('td', {}, named(c.stage)), el('td', {}, named(c.top)), el('td', {}, pct(c.top1_share_pct) + '%'), el('td', {}, num(c.hhi, 0)))));
    document.querySelector('#shares tbody').replaceChildren(...m.nodes.map((n) => el('tr', {},
      el('td', {}, named(n.stage)), el('td', {}, named(n.name)), el('td', {}, pct(n.share_pct.value) + '%'),
      el('td', {}, num(n.volume.value, 0) + ' ' + n.volume.unit), el('td', {}, kind(n.share_pct.provenance)),
      el('td', { class: 'cite' }, source(n.share_pct)))));
    document.querySelector('#dependence tbody').replaceChildren(...m.dependence.map((d) => el('tr', {},
      el('td', {}, named(d.recipient)), el('td', {}, named(d.product)), el('td', {}, named(d.stage)), el('td', {}, named(d.supplier)),
      el('td', {}, pct(d.share_pct.value) + '%'), el('td', { class: 'cite' }, source(d.share_pct)))));
    document.querySelector('#legend tbody').replaceChildren(...Object.entries(m.legend).map(([code, meaning]) =>
      el('tr', {}, el('td', {}, el('b', {}, code)), el('td', {}, meaning))));
  }
})();
