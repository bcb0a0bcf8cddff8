'use strict';
(async () => {
  const { api, el, showError, params, num, period, evidenceHref } = Monazite;
  const commodity = document.getElementById('commodity');
  const unit = document.getElementById('unit');
  const box = document.getElementById('charts');
  let catalog = [];
  try { catalog = await api('/api/commodities'); } catch (err) { showError(box, err); }
  const wanted = params.get('commodity') || (catalog.some((c) => c.commodity === 'PrNd-oxide') ? 'PrNd-oxide' : (catalog[0] || {}).commodity);
  for (const c of catalog) { commodity.append(el('option', { value: c.commodity }, c.name === c.commodity ? c.commodity : c.commodity + ' — ' + c.name)); }
  if (wanted && !catalog.some((c) => c.commodity === wanted)) { commodity.append(el('option', { value: wanted }, wanted)); }
  if (wanted) { commodity.value = wanted; }
  units(params.get('unit') || '');
  commodity.addEventListener('change', () => { units(''); load(); });
  unit.addEventListener('change', load);
  document.getElementById('pick').addEventListener('submit', (e) => { e.preventDefault(); load(); });
  if (wanted) { load(); } else { box.replaceChildren(el('p', { class: 'muted' }, 'no dated prices or trade flows yet: ingest some news')); }

  // The units (and for trade, tonnes) the chosen commodity has figures in, most figures first.
  function units(selected) {
    const c = catalog.find((x) => x.commodity === commodity.value);
    unit.replaceChildren(el('option', { value: '' }, 'every unit and route'),
      ...(c ? c.units : []).map((u) => el('option', { value: u.unit }, u.unit + ' (' + u.figures + ' figures)')));
    if (selected && ![...unit.options].some((o) => o.value === selected)) { unit.append(el('option', { value: selected }, selected)); }
    unit.value = selected;
  }

  // The current choice as query parameters: for the page's address and the Excel download alike.
  function query() {
    const q = new URLSearchParams({ commodity: commodity.value });
    if (unit.value) { q.set('unit', unit.value); }
    return q;
  }

  async function load() {
    const q = query();
    history.replaceState(null, '', '/charts?' + q);
    const download = new URLSearchParams(unit.value ? { unit: unit.value } : {});
    download.set('format', 'xlsx');
    document.getElementById('xlsx').href = '/api/series/' + encodeURIComponent(commodity.value) + '?' + download;
    try {
      const series = await api('/api/series/' + encodeURIComponent(commodity.value) + (unit.value ? '?unit=' + encodeURIComponent(unit.value) : ''));
      box.replaceChildren();
      if (!series.length) { box.append(el('p', { class: 'muted' }, 'no dated prices or trade flows for ' + commodity.value + (unit.value ? ' in ' + unit.value : ''))); }
      for (const s of series) {
        const div = el('div', { class: 'chart', id: 'chart-' + box.children.length });
        box.append(el('h3', {}, (s.kind === 'trade' ? 'Trade ' : 'Price ') + s.commodity + (s.route ? ' · ' + s.route : '') + ' (' + s.unit + ')'), div, table(s));
        const chart = echarts.init(div);
        chart.setOption(option(s));
        chart.on('click', (p) => { if (p.data && p.data.link) { location.href = p.data.link; } });
      }
      box.setAttribute('data-rendered', String(series.length));
    } catch (err) { box.removeAttribute('data-rendered'); showError(box, err); }
  }

  // A period's first or last day on the time axis: 2025-10 starts on the 1st and ends on the 31st.
  function day(s, last) {
    if (s.length === 10) { return s; }
    if (!last) { return s + '-01'; }
    const [y, m] = s.split('-').map(Number);
    return s + '-' + String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0');
  }

  function label(p) {
    return p.disputed ? 'sources disagree: ' + p.values.map((v) => num(v.value)).join(' | ') : num(p.value);
  }

  // Where a click on a value goes: the article page at the fact of its first source.
  function link(v) {
    const src = v.sources[0];
    return src ? evidenceHref(src.article, src.id) : null;
  }

  function tip(p, v) {
    return period(p.start, p.end) + ': ' + num(v.value) + ' — ' + v.sources.map((s) => s.source || '-').join(', ') + ' (click for the sentence)';
  }

  // Months and days as a line; a year or a cumulative range as a segment over its whole period; a
  // disputed point as each value stated, in red, never as an average. Every point links to its evidence.
  function option(s) {
    const single = s.points.filter((p) => !p.cumulative && !p.disputed).map((p) => ({
      value: [day(p.start), p.value], link: link(p.values[0]), tip: tip(p, p.values[0]) }));
    const disputed = s.points.filter((p) => p.disputed).flatMap((p) => p.values.map((v) => ({
      value: [day(p.start), v.value], link: link(v), tip: tip(p, v) })));
    const periods = s.points.filter((p) => p.cumulative && !p.disputed).map((p) => ({
      type: 'line', name: period(p.start, p.end) + ' (period)',
      data: [day(p.start), day(p.end, true)].map((d) => ({ value: [d, p.value], link: link(p.values[0]), tip: tip(p, p.values[0]) })),
      lineStyle: { width: 6, opacity: 0.5 }, symbolSize: 8,
    }));
    return {
      animation: false,
      tooltip: { trigger: 'item', formatter: (p) => (p.data && p.data.tip) || '' },
      legend: { data: ['stated', 'sources disagree'] },
      xAxis: { type: 'time' },
      yAxis: { type: 'value', name: s.unit },
      series: [
        { type: 'line', name: 'stated', data: single, label: { show: true, formatter: (p) => num(p.value[1]) }, symbolSize: 9 },
        { type: 'scatter', name: 'sources disagree', data: disputed, itemStyle: { color: '#b00020' }, symbolSize: 10 },
        ...periods,
      ],
    };
  }

  function table(s) {
    return el('table', { class: 'points' }, el('thead', {}, el('tr', {}, el('th', {}, 'period'), el('th', {}, 'value'), el('th', {}, 'sources'))),
      el('tbody', {}, ...s.points.map((p) => el('tr', { class: p.disputed ? 'disputed' : '' },
        el('td', { title: p.date }, period(p.start, p.end) + (p.cumulative ? ' (period)' : '')), el('td', {}, label(p)),
        el('td', {}, ...p.values.flatMap((v) => v.sources.map((src) => el('div', { class: 'source' }, num(v.value) + ' · ' + (src.source || '-') + ': ',
          el('a', { href: evidenceHref(src.article, src.id) }, src.evidence),
          src.vouched ? el('span', { class: 'review confirmed' }, ' ✓ confirmed') : null))))))));
  }
})();
