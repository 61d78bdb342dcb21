// Screen 1: ventures with search, filters and paging; each row with its owners, capital and MW.
import { LitElement, html, nothing } from 'lit';
import { allPages, gql } from './api.js';
import { byStake, label, money, mw, partnerName, pct, place } from './format.js';
import { errorList, partialNotice } from './notice.js';
import { CREATE_VENTURE, PARTNER_NAMES, VENTURES, VENTURE_FIELDS, VENTURE_STATUSES } from './queries.js';

const PAGE_SIZE = 20;
const FILTERS = ['search', 'status', 'country', 'program', 'partnerId'];

class JvVenturesPage extends LitElement {
  static properties = {
    user: { attribute: false },
    params: { attribute: false },
    result: { state: true },
    partners: { state: true },
    creating: { state: true },
  };

  createRenderRoot() {
    return this;
  }

  updated(changed) {
    if (changed.has('params')) this.load();
  }

  get filter() {
    const filter = {};
    for (const key of FILTERS) {
      const value = this.params.get(key);
      if (value) filter[key] = value;
    }
    return filter;
  }

  async load() {
    this.result = null;
    const after = this.params.get('after');
    const [ventures, partners] = await Promise.all([
      gql(VENTURES, { filter: this.filter, first: PAGE_SIZE, after: after || null }),
      this.partners ? null : allPages(PARTNER_NAMES, {}, 'partners'),
    ]);
    if (partners) this.partners = partners.data?.partners?.edges.map((e) => e.node) || [];
    this.result = ventures;
    performance.mark('ventures-rendered');
  }

  search(event) {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(event.target)) if (value) params.set(key, value);
    location.hash = `#/ventures?${params}`;
  }

  page(after, previous) {
    const params = new URLSearchParams(this.params);
    if (after) params.set('after', after); else params.delete('after');
    const stack = (params.get('prev') || '').split(',').filter(Boolean);
    if (previous) stack.pop(); else stack.push(this.params.get('after') || '-');
    if (stack.length) params.set('prev', stack.join(',')); else params.delete('prev');
    location.hash = `#/ventures?${params}`;
  }

  previous() {
    const stack = (this.params.get('prev') || '').split(',').filter(Boolean);
    const cursor = stack.at(-1);
    this.page(cursor === '-' ? null : cursor, true);
  }

  render() {
    const f = this.filter;
    return html`
      <h1>Ventures</h1>
      <form class="filters" role="search" @submit=${this.search}>
        <div class="field"><label for="v-search">Name</label><input id="v-search" name="search" .value=${f.search || ''}></div>
        <div class="field"><label for="v-status">Status</label>
          <select id="v-status" name="status"><option value="">Any</option>
            ${VENTURE_STATUSES.map((s) => html`<option value=${s} ?selected=${f.status === s}>${label(s)}</option>`)}</select></div>
        <div class="field"><label for="v-country">Country</label><input id="v-country" name="country" size="4" placeholder="NO" .value=${f.country || ''}></div>
        <div class="field"><label for="v-program">Program</label><input id="v-program" name="program" .value=${f.program || ''}></div>
        <div class="field"><label for="v-partner">Partner</label>
          <select id="v-partner" name="partnerId"><option value="">Any</option>
            ${(this.partners || []).map((p) => html`<option value=${p.id} ?selected=${f.partnerId === p.id}>${p.name}</option>`)}</select></div>
        <div class="actions"><button type="submit">Search</button></div>
      </form>
      ${this.user.canEdit ? html`<p><button class="edit-control" @click=${() => { this.creating = true; }}>New venture</button></p>` : nothing}
      ${this.creating ? html`<jv-form heading="New venture" submit-label="Create venture" .fields=${VENTURE_FIELDS}
          .values=${{ status: 'ANNOUNCED' }} .onSave=${(input) => this.create(input)} @cancel=${() => { this.creating = false; }}></jv-form>` : nothing}
      ${this.result ? this.table() : html`<p class="loading">Loading ventures…</p>`}`;
  }

  async create(input) {
    const { data, errors } = await gql(CREATE_VENTURE, { input });
    if (errors.length) return errors;
    this.creating = false;
    location.hash = `#/ventures/${data.createVenture.id}`;
    return [];
  }

  table() {
    const { data, errors } = this.result;
    const connection = data?.ventures;
    if (!connection) return errorList(errors);
    const hasPrevious = Boolean(this.params.get('after'));
    return html`
      ${partialNotice(errors)}
      <p class="count" data-testid="venture-count">${connection.totalCount} ${connection.totalCount === 1 ? 'venture' : 'ventures'}</p>
      <div class="table-wrap"><table class="ventures">
        <thead><tr><th scope="col">Name</th><th scope="col">Program</th><th scope="col">Status</th><th scope="col">Site</th>
          <th scope="col">Owners</th><th scope="col">Committed capital</th><th scope="col" class="num">MW (all phases)</th></tr></thead>
        <tbody>${connection.edges.map(({ node }) => html`<tr data-venture=${node.name}>
          <td><a href="#/ventures/${node.id}">${node.name}</a></td>
          <td>${node.program || '—'}</td>
          <td><span class="status status-${node.status}">${label(node.status)}</span></td>
          <td>${place(node.site)}</td>
          <td>${node.ownership?.stakes.length
            ? html`<ul class="owners">${byStake(node.ownership.stakes).map((s) => html`<li>${partnerName(s.partner)} ${pct(s.percentage)}</li>`)}</ul>`
            : '—'}</td>
          <td>${node.totals?.length ? node.totals.map((t) => html`<div>${money(t)}</div>`) : '—'}</td>
          <td class="num">${mw(capacity(node.fundingPhases))}</td>
        </tr>`)}</tbody>
      </table></div>
      <nav class="pager" aria-label="Pages">
        <button class="secondary" ?disabled=${!hasPrevious} @click=${() => this.previous()}>Previous page</button>
        <button class="secondary" ?disabled=${!connection.pageInfo.hasNextPage} @click=${() => this.page(connection.pageInfo.endCursor, false)}>Next page</button>
      </nav>`;
  }
}

/** MW of the phases that are not cancelled; null when no phase names a capacity. */
function capacity(phases) {
  const counted = (phases || []).filter((p) => p && p.status !== 'CANCELLED' && p.capacityMw != null);
  return counted.length ? counted.reduce((sum, p) => sum + Number(p.capacityMw), 0) : null;
}

customElements.define('jv-ventures-page', JvVenturesPage);
