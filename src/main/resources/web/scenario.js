'use strict';
(async () => {
  const { api, el, showError, fmt, num, when } = Monazite;
  const select = document.getElementById('example');
  const yaml = document.getElementById('yaml');
  const result = document.getElementById('result');
  document.getElementById('pick').addEventListener('submit', (e) => { e.preventDefault(); run({ yaml: yaml.value }); });
  document.getElementById('quick').addEventListener('submit', (e) => { e.preventDefault(); run({ quick: quick() }); });
  const examples = await api('/api/scenarios/examples');
  for (const name of Object.keys(examples)) { select.append(el('option', { value: name }, name)); }
  select.addEventListener('change', () => { yaml.value = examples[select.value] || ''; });
  yaml.value = examples[select.value] || '';

  function quick() {
    const v = (id) => document.getElementById(id).value.trim();
    return { supplier: v('q-supplier').toUpperCase(), recipient: v('q-recipient').toUpperCase(), product: v('q-product'),
      fraction: Number(v('q-fraction')), months: Number(v('q-months')) };
  }

  // A failed run clears the last result, so an error is never read beside another run's figures.
  async function run(body) {
    result.replaceChildren(el('p', { class: 'muted' }, 'running…'));
    try {
      const headers = { 'Content-Type': 'application/json' };
      const token = sessionStorage.getItem('monazite-token');
      if (token) { headers.Authorization = 'Bearer ' + token; }
      const res = await fetch('/api/scenarios', { method: 'POST', headers, body: JSON.stringify(body) });
      const r = await res.json();
      if (!res.ok) { throw new Error(r.message); }
      render(r);
    } catch (err) { showError(result, err); }
  }

  // Month n of the run as a calendar month where the scenario names its first month.
  const label = (m) => (m.date ? when(m.date) : 'month ' + m.month);

  function render(r) {
    const curve = el('div', { class: 'chart', id: 'curve' });
    result.replaceChildren(
      el('h2', { id: 'name' }, r.scenario.name),
      el('ul', { id: 'summary', class: 'summary' }, ...r.summary.map((s) => el('li', {}, s))),
      curve,
      el('h2', {}, 'Month by month'), monthTable(r),
      el('h2', {}, 'Assumptions'), assumptions(r));
    draw(curve, r);
  }

  function draw(curve, r) {
    const labels = [...new Set(r.months.map(label))];
    const lines = {};
    for (const m of r.months) {
      const key = m.recipient + ' ' + m.product;
      (lines[key] = lines[key] || { inventory: [], shortfall: [] });
      lines[key].inventory.push(m.inventory_t);
      lines[key].shortfall.push(m.shortfall_t);
    }
    const series = [];
    for (const [key, l] of Object.entries(lines)) {
      series.push({ name: key + ' stock (t)', type: 'line', data: l.inventory });
      series.push({ name: key + ' short (t)', type: 'bar', data: l.shortfall });
    }
    echarts.init(curve).setOption({ animation: false, tooltip: { trigger: 'axis', valueFormatter: (v) => num(v, 1) + ' t' },
      legend: { type: 'scroll' }, xAxis: { type: 'category', data: labels }, yAxis: { type: 'value', name: 't' }, series });
    curve.setAttribute('data-rendered', String(r.months.length));
  }

  function monthTable(r) {
    const head = ['month', 'recipient', 'product', 'demand t', 'supplied t', 'from stock t', 'short t', 'stock left t', 'units not made'];
    return el('table', { id: 'months', class: 'points' }, el('thead', {}, el('tr', {}, ...head.map((h) => el('th', {}, h)))),
      el('tbody', {}, ...r.months.map((m) => el('tr', { class: m.shortfall_t > 0 ? 'short' : '' },
        el('td', {}, label(m)), el('td', {}, m.recipient), el('td', {}, m.product), el('td', {}, num(m.demand_t, 1)),
        el('td', {}, num(m.supply_t, 1)), el('td', {}, num(m.drawdown_t, 1)), el('td', {}, num(m.shortfall_t, 1)),
        el('td', {}, num(m.inventory_t, 1)),
        el('td', {}, Object.entries(m.units_not_made).filter(([k, v]) => v >= 0.5 && !k.endsWith('(t)'))
          .map(([k, v]) => num(v, 0) + ' ' + k).join(', '))))));
  }

  function assumptions(r) {
    return el('table', { id: 'assumptions' }, el('thead', {}, el('tr', {}, el('th', {}, 'name'), el('th', {}, 'value'), el('th', {}, 'unit'), el('th', {}, 'source'))),
      el('tbody', {}, ...r.assumptions.map((a) => el('tr', {},
        el('td', {}, a.name), el('td', {}, typeof a.value === 'number' ? num(a.value, 4) : fmt(a.value)), el('td', {}, a.unit || ''), el('td', { class: 'cite' }, a.source || '')))));
  }
})();
