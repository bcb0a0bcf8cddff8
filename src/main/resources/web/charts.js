'use strict';
(() => {
  const { api, el, showError, params } = Monazite;
  if (params.get('commodity')) { document.getElementById('commodity').value = params.get('commodity'); }
  document.getElementById('pick').addEventListener('submit', (e) => { e.preventDefault(); load(); });
  load();
  async function load() {
    const box = document.getElementById('charts');
    const commodity = document.getElementById('commodity').value;
    const unit = document.getElementById('unit').value;
    try {
      const series = await api('/api/series/' + encodeURIComponent(commodity) + (unit ? '?unit=' + encodeURIComponent(unit) : ''));
      box.replaceChildren();
      if (!series.length) { box.append(el('p', { class: 'muted' }, 'no dated prices or trade flows for ' + commodity)); }
      for (const s of series) {
        const div = el('div', { class: 'chart', id: 'chart-' + box.children.length });
        box.append(el('h3', {}, s.kind + ' · ' + s.commodity + (s.route ? ' · ' + s.route : '') + ' (' + s.unit + ')'), div);
        const chart = echarts.init(div);
        chart.setOption({
          animation: false,
          tooltip: { trigger: 'axis' },
          xAxis: { type: 'category', data: s.points.map((p) => p.date) },
          yAxis: { type: 'value', name: s.unit },
          series: [{ type: 'line', data: s.points.map((p) => p.value), label: { show: true } }],
        });
      }
      box.setAttribute('data-rendered', String(series.length));
    } catch (err) { showError(box, err); }
  }
})();
