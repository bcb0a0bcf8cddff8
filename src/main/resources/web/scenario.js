'use strict';
(async () => {
  const { api, el, showError, fmt } = Monazite;
  const select = document.getElementById('example');
  const yaml = document.getElementById('yaml');
  const curve = document.getElementById('curve');
  const examples = await api('/api/scenarios/examples');
  for (const name of Object.keys(examples)) { select.append(el('option', { value: name }, name)); }
  select.addEventListener('change', () => { yaml.value = examples[select.value] || ''; });
  yaml.value = examples[select.value] || '';
  document.getElementById('pick').addEventListener('submit', (e) => { e.preventDefault(); run(); });

  async function run() {
    try {
      const headers = { 'Content-Type': 'application/json' };
      const token = sessionStorage.getItem('monazite-token');
      if (token) { headers.Authorization = 'Bearer ' + token; }
      const res = await fetch('/api/scenarios', { method: 'POST', headers, body: JSON.stringify({ yaml: yaml.value }) });
      const r = await res.json();
      if (!res.ok) { throw new Error(r.message); }
      render(r);
    } catch (err) { showError(document.getElementById('summary'), err); }
  }

  function render(r) {
    document.getElementById('summary').textContent = r.scenario.name + ': first stock-out ' + JSON.stringify(r.scenario.first_stock_out);
    const lines = {};
    for (const m of r.months) {
      const key = m.recipient + ' ' + m.product;
      (lines[key] = lines[key] || { inventory: [], shortfall: [] });
      lines[key].inventory.push([m.month, m.inventory_t]);
      lines[key].shortfall.push([m.month, m.shortfall_t]);
    }
    const series = [];
    for (const [key, l] of Object.entries(lines)) {
      series.push({ name: key + ' inventory t', type: 'line', data: l.inventory });
      series.push({ name: key + ' shortfall t', type: 'bar', data: l.shortfall });
    }
    const chart = echarts.getInstanceByDom(curve) || echarts.init(curve);
    chart.setOption({ animation: false, tooltip: { trigger: 'axis' }, legend: { type: 'scroll' },
      xAxis: { type: 'value', name: 'month', minInterval: 1 }, yAxis: { type: 'value', name: 't' }, series }, true);
    curve.setAttribute('data-rendered', String(r.months.length));
    document.querySelector('#assumptions tbody').replaceChildren(...r.assumptions.map((a) => el('tr', {},
      el('td', {}, a.name), el('td', {}, fmt(a.value)), el('td', {}, a.unit || ''), el('td', {}, a.source || ''))));
  }
})();
