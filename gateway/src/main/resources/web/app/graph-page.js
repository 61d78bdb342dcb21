// Screen 4: partners and ventures as nodes, stakes as edges labelled with their percentage;
// the whole registry, or the ventures around one partner.
import { LitElement, html, nothing } from 'lit';
import { allPages } from './api.js';
import { pct } from './format.js';
import { PALETTE } from './chart.js';
import { errorList, partialNotice } from './notice.js';
import { GRAPH, PARTNER_NAMES } from './queries.js';

class JvGraphPage extends LitElement {
  static properties = { partnerId: { attribute: false }, result: { state: true }, partners: { state: true } };

  createRenderRoot() {
    return this;
  }

  updated(changed) {
    if (changed.has('partnerId')) this.load();
  }

  async load() {
    const filter = this.partnerId ? { partnerId: this.partnerId } : {};
    const [graph, partners] = await Promise.all([allPages(GRAPH, { filter }, 'ventures'), this.partners ? null : allPages(PARTNER_NAMES, {}, 'partners')]);
    if (partners) this.partners = partners.data?.partners?.edges.map((e) => e.node) || [];
    this.result = graph;
  }

  /** A taller canvas for a larger registry: each node in the longer column gets a line of its own. */
  chart(edges) {
    const option = graphOption(edges);
    const rows = Math.max(...option.series[0].data.reduce((n, d) => { n[d.category] += 1; return n; }, [0, 0]));
    return html`<jv-chart class="graph" style="height: ${Math.max(480, rows * 30 + 80)}px"
        label="Who owns which venture" .option=${option}></jv-chart>`;
  }

  render() {
    return html`<h1>Ownership graph</h1>
      <div class="field inline-field"><label for="g-partner">Around partner</label>
        <select id="g-partner" @change=${(e) => { location.hash = e.target.value ? `#/graph?partner=${e.target.value}` : '#/graph'; }}>
          <option value="">The whole registry</option>
          ${(this.partners || []).map((p) => html`<option value=${p.id} ?selected=${p.id === this.partnerId}>${p.name}</option>`)}
        </select></div>
      ${this.result ? html`${partialNotice(this.result.errors)}${errorList(this.result.errors)}
        ${this.chart(this.result.data?.ventures?.edges || [])}
        <p class="hint">Blue: partners; orange: ventures; each edge is a current stake.</p>` : html`<p class="loading">Loading…</p>`}`;
  }
}

/**
 * Partners in the left column, ventures in the right, each stake an arrow between them: a fixed
 * layout reads better than a force layout for a two-sided graph, and never leaves the canvas.
 */
function graphOption(edges) {
  const partners = new Map();
  const ventures = new Map();
  const links = [];
  for (const { node: v } of edges) {
    ventures.set(`v:${v.id}`, v.name);
    for (const s of v.ownership?.stakes || []) {
      const partner = s.partner || { id: 'unavailable', name: 'name unavailable' };
      partners.set(`p:${partner.id}`, partner.name);
      links.push({ source: `p:${partner.id}`, target: `v:${v.id}`, value: Number(s.percentage),
        title: `${partner.name} holds ${pct(s.percentage)} of ${v.name}`,
        label: { formatter: pct(s.percentage), fontSize: 11, color: '#5b6575' } });
    }
  }
  const column = (map, x, category) => [...map].sort((a, b) => a[1].localeCompare(b[1])).map(([id, name], i, all) => ({
    id, name, category, x, y: all.length === 1 ? 50 : (i * 100) / (all.length - 1),
    symbolSize: category === 0 ? 28 : 36,
    label: { show: true, position: category === 0 ? 'left' : 'right', fontSize: 13 },
  }));
  return {
    tooltip: { formatter: (p) => (p.dataType === 'edge' ? p.data.title : p.name) },
    legend: { data: ['Partner', 'Venture'], bottom: 0 },
    series: [{
      type: 'graph', layout: 'none', roam: true,
      left: 160, right: 200, top: 30, bottom: 50,
      categories: [{ name: 'Partner', itemStyle: { color: PALETTE[0] } }, { name: 'Venture', itemStyle: { color: PALETTE[1] } }],
      edgeSymbol: ['none', 'arrow'],
      // past a few dozen stakes the labels would cover each other: the tooltip still tells each one
      edgeLabel: { show: links.length <= 40 },
      lineStyle: { color: '#9aa5b5', width: 1.5 },
      data: [...column(partners, 0, 0), ...column(ventures, 100, 1)],
      links,
    }],
  };
}
customElements.define('jv-graph-page', JvGraphPage);
