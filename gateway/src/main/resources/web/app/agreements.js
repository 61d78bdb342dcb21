// Capacity agreements (deals between partners that are not joint ventures): the table shown on a
// partner's page and on the agreements screen.
import { LitElement, html, nothing } from 'lit';
import { gql } from './api.js';
import { label, money, mw, partnerName } from './format.js';
import { errorList, partialNotice } from './notice.js';

export const AGREEMENT_FIELDS = 'id name program status capacityMw value { amount currency } announcedDate parties { role partner { id name } } sources { title url date }';

export const AGREEMENTS = `
query Agreements($filter: AgreementFilter, $after: String) {
  agreements(filter: $filter, first: 50, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { ${AGREEMENT_FIELDS} } }
  }
}`;

const parties = (a, role) => a.parties.filter((p) => p.role === role)
  .map((p) => (p.partner ? html`<a href="#/partners/${p.partner.id}">${p.partner.name}</a>` : partnerName(p.partner)));

const joined = (items) => (items.length ? items.map((item, i) => html`${i ? ', ' : ''}${item}`) : '—');

/** A table of agreements; each row says who buys, who provides, what and how much, and where the figures came from. */
export function agreementTable(list) {
  const rows = (list || []).filter(Boolean);
  if (!rows.length) return html`<p data-testid="no-agreements">No capacity agreements.</p>`;
  return html`<div class="table-wrap"><table data-testid="agreements">
    <thead><tr><th scope="col">Agreement</th><th scope="col">Buyer</th><th scope="col">Provider</th><th scope="col">Status</th>
      <th scope="col" class="num">Capacity</th><th scope="col" class="num">Value</th><th scope="col">Sources</th></tr></thead>
    <tbody>${rows.map((a) => html`<tr data-agreement=${a.name}>
      <th scope="row">${a.name}</th><td>${joined(parties(a, 'BUYER'))}</td><td>${joined(parties(a, 'PROVIDER'))}</td>
      <td>${label(a.status)}</td><td class="num">${mw(a.capacityMw)}</td><td class="num">${money(a.value)}</td>
      <td>${a.sources?.length ? html`<ul>${a.sources.map((s) => html`<li>${s.url ? html`<a href=${s.url} rel="noopener noreferrer" target="_blank">${s.title}</a>` : s.title}</li>`)}</ul>` : '—'}</td>
    </tr>`)}</tbody></table></div>`;
}

class JvAgreementsPage extends LitElement {
  static properties = { params: { attribute: false }, result: { state: true } };

  createRenderRoot() {
    return this;
  }

  updated(changed) {
    if (changed.has('params')) this.load();
  }

  async load() {
    const filter = this.params?.get('program') ? { program: this.params.get('program') } : null;
    this.result = await gql(AGREEMENTS, { filter, after: this.params?.get('after') || null });
  }

  render() {
    const connection = this.result?.data?.agreements;
    return html`<h1>Capacity agreements</h1>
      <p class="hint">Deals between partners that are not joint ventures, with the figures their sources give.</p>
      ${!this.result ? html`<p class="loading">Loading agreements…</p>` : html`${partialNotice(this.result.errors)}${errorList(this.result.errors)}`}
      ${connection ? html`<p class="count">${connection.totalCount} agreements</p>
        ${agreementTable(connection.edges.map((e) => e.node))}
        ${connection.pageInfo.hasNextPage ? html`<nav class="pager" aria-label="Pages"><a href="#/agreements?after=${encodeURIComponent(connection.pageInfo.endCursor)}">Next page</a></nav>` : nothing}` : nothing}`;
  }
}
customElements.define('jv-agreements-page', JvAgreementsPage);
