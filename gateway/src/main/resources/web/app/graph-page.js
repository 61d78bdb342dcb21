// Screen 4: partners and ventures as nodes, stakes as edges labelled with their percentage;
// the whole registry, or the ventures around one partner.
import { LitElement, html, nothing } from 'lit';
import { gql } from './api.js';
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
    const [graph, partners] = await Promise.all([gql(GRAPH, { filter }), this.partners ? null : gql(PARTNER_NAMES, {})]);
    if (partners) this.partners = partners.data?.partners?.edges.map((e) => e.node) || [];
    this.result = graph;
  }

  render() {
    return html`<h1>Ownership graph</h1>
      <div class="field inline-field"><label for="g-partner">Around partner</label>
        <select id="g-partner" @change=${(e) => { location.hash = e.target.value ? `#/graph?partner=${e.target.value}` : '#/graph'; }}>
          <option value="">The whole registry</option>
          ${(this.partners || []).map((p) => html`<option value=${p.id} ?selected=${p.id === this.partnerId}>${p.name}</option>`)}
        </select></div>
      ${this.result ? html`${partialNotice(this.result.errors)}${errorList(this.result.errors)}
        <jv-chart class="graph" label="Who owns which venture" .option=${graphOption(this.result.data?.ventures?.edges || [])}></jv-chart>
        <p class="hint">Blue: partners; orange: ventures; each edge is a current stake.</p>` : html`<p class="loading">Loading…</p>`}`;
  }
}

function graphOption(edges) {
  const nodes = new Map();
  const links = [];
  for (const { node: v } of edges) {
    nodes.set(`v:${v.id}`, { id: `v:${v.id}`, name: v.name, category: 1, symbolSize: 46 });
    for (const s of v.ownership?.stakes || []) {
      const partner = s.partner || { id: 'unavailable', name: 'unavailable' };
      nodes.set(`p:${partner.id}`, { id: `p:${partner.id}`, name: partner.name, category: 0, symbolSize: 34 });
      links.push({ source: `p:${partner.id}`, target: `v:${v.id}`, value: Number(s.percentage), label: { show: true, formatter: pct(s.percentage), fontSize: 11, color: '#5b6575' } });
    }
  }
  return {
    tooltip: {},
    legend: { data: ['Partner', 'Venture'] },
    series: [{
      type: 'graph', layout: 'force', roam: true, draggable: true,
      force: { repulsion: 900, edgeLength: [150, 220], gravity: 0.06, layoutAnimation: false },
      categories: [{ name: 'Partner', itemStyle: { color: PALETTE[0] } }, { name: 'Venture', itemStyle: { color: PALETTE[1] } }],
      label: { show: true, position: 'right' },
      edgeSymbol: ['none', 'arrow'],
      data: [...nodes.values()],
      links,
    }],
  };
}
customElements.define('jv-graph-page', JvGraphPage);
