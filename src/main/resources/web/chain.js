'use strict';
(() => {
  const { api, el, showError, fmt } = Monazite;
  document.getElementById('pick').addEventListener('submit', (e) => { e.preventDefault(); load(); });
  load();
  async function load() {
    const box = document.getElementById('sankey');
    try {
      const m = await api('/api/chain?commodity=' + encodeURIComponent(document.getElementById('commodity').value));
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
      document.querySelector('#concentration tbody').replaceChildren(...m.concentration.map((c) => el('tr', {},
        el('td', {}, c.stage), el('td', {}, c.top), el('td', {}, fmt(c.top1_share_pct)), el('td', {}, fmt(c.hhi)))));
      document.querySelector('#dependence tbody').replaceChildren(...m.dependence.map((d) => el('tr', {},
        el('td', {}, d.recipient), el('td', {}, d.stage), el('td', {}, d.supplier), el('td', {}, fmt(d.share_pct.value)),
        el('td', {}, d.share_pct.provenance + (d.share_pct.source ? ': ' + d.share_pct.source : '')))));
    } catch (err) { showError(box, err); }
  }
})();
