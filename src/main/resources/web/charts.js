'use strict';
(() => {
  const { api, el, showError, params, fmt } = Monazite;
  if (params.get('commodity')) { document.getElementById('commodity').value = params.get('commodity'); }
  document.getElementById('pick').addEventListener('submit', (e) => { e.preventDefault(); load(); });
  load();

  // A period's first or last day on the time axis: 2025-10 starts on the 1st and ends on the 31st.
  function day(s, last) {
    if (s.length === 10) { return s; }
    if (!last) { return s + '-01'; }
    const [y, m] = s.split('-').map(Number);
    return s + '-' + String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0');
  }

  function label(p) {
    return p.disputed ? 'sources disagree: ' + p.values.map((v) => fmt(v.value)).join(' | ') : fmt(p.value);
  }

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
        box.append(el('h3', {}, s.kind + ' · ' + s.commodity + (s.route ? ' · ' + s.route : '') + ' (' + s.unit + ')'), div, table(s));
        echarts.init(div).setOption(option(s));
      }
      box.setAttribute('data-rendered', String(series.length));
    } catch (err) { showError(box, err); }
  }

  // Months and days as a line; a year or a cumulative range as a segment over its whole period; a
  // disputed point as each value stated, in red, never as an average.
  function option(s) {
    const single = s.points.filter((p) => !p.cumulative && !p.disputed).map((p) => [day(p.start), p.value]);
    const disputed = s.points.filter((p) => p.disputed).flatMap((p) => p.values.map((v) => [day(p.start), v.value]));
    const periods = s.points.filter((p) => p.cumulative && !p.disputed).map((p) => ({
      type: 'line', name: p.date + ' (period)', data: [[day(p.start), p.value], [day(p.end, true), p.value]],
      lineStyle: { width: 6, opacity: 0.5 }, symbol: 'none',
    }));
    return {
      animation: false,
      tooltip: { trigger: 'item' },
      legend: { data: ['stated', 'sources disagree'] },
      xAxis: { type: 'time' },
      yAxis: { type: 'value', name: s.unit },
      series: [
        { type: 'line', name: 'stated', data: single, label: { show: true } },
        { type: 'scatter', name: 'sources disagree', data: disputed, itemStyle: { color: '#b00020' }, symbolSize: 10 },
        ...periods,
      ],
    };
  }

  function table(s) {
    return el('table', { class: 'points' }, el('thead', {}, el('tr', {}, el('th', {}, 'period'), el('th', {}, 'value'), el('th', {}, 'sources'))),
      el('tbody', {}, ...s.points.map((p) => el('tr', { class: p.disputed ? 'disputed' : '' },
        el('td', {}, p.date + (p.cumulative ? ' (period)' : '')), el('td', {}, label(p)),
        el('td', {}, ...p.values.flatMap((v) => v.sources.map((src) => el('div', {}, fmt(v.value) + ' · ' + (src.source || '-') + ': ',
          el('a', { href: '/articles/' + src.article }, src.evidence),
          src.vouched ? el('span', { class: 'review confirmed' }, ' ✓ confirmed') : null))))))));
  }
})();
