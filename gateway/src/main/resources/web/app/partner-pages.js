// Screen 3: partners — the list, and one partner with its ventures, stakes and roles;
// editors create and edit partners, admins archive and restore them.
import { LitElement, html, nothing } from 'lit';
import { gql } from './api.js';
import { label, pct } from './format.js';
import './audit-trail.js';
import { flatten } from './form.js';
import { errorList, partialNotice } from './notice.js';
import { agreementTable } from './agreements.js';
import { ARCHIVE_PARTNER, CREATE_PARTNER, PARTNER, PARTNERS, PARTNER_FIELDS, PARTNER_KINDS, RESTORE_PARTNER, UPDATE_PARTNER } from './queries.js';

class JvPartnersPage extends LitElement {
  static properties = { user: { attribute: false }, params: { attribute: false }, result: { state: true }, creating: { state: true } };

  createRenderRoot() {
    return this;
  }

  updated(changed) {
    if (changed.has('params')) this.load();
  }

  async load() {
    const filter = {};
    for (const key of ['search', 'country', 'kind']) if (this.params.get(key)) filter[key] = this.params.get(key);
    if (this.params.get('includeArchived')) filter.includeArchived = true;
    this.result = await gql(PARTNERS, { filter, after: this.params.get('after') || null });
  }

  search(event) {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(event.target)) if (value) params.set(key, value);
    location.hash = `#/partners?${params}`;
  }

  render() {
    const p = this.params;
    const connection = this.result?.data?.partners;
    return html`<h1>Partners</h1>
      <form class="filters" role="search" @submit=${this.search}>
        <div class="field"><label for="pa-search">Name</label><input id="pa-search" name="search" .value=${p.get('search') || ''}></div>
        <div class="field"><label for="pa-country">Country</label><input id="pa-country" name="country" size="4" .value=${p.get('country') || ''}></div>
        <div class="field"><label for="pa-kind">Kind</label><select id="pa-kind" name="kind"><option value="">Any</option>
          ${PARTNER_KINDS.map((k) => html`<option value=${k} ?selected=${p.get('kind') === k}>${label(k)}</option>`)}</select></div>
        <div class="field checkbox"><input id="pa-archived" type="checkbox" name="includeArchived" value="1" ?checked=${Boolean(p.get('includeArchived'))}>
          <label for="pa-archived">Include archived</label></div>
        <div class="actions"><button type="submit">Search</button></div>
      </form>
      ${this.user.canEdit ? html`<p><button class="edit-control" @click=${() => { this.creating = true; }}>New partner</button></p>` : nothing}
      ${this.creating ? html`<jv-form heading="New partner" submit-label="Create partner" .fields=${PARTNER_FIELDS} .values=${{ kind: 'OTHER' }}
          .onSave=${(input) => this.create(input)} @cancel=${() => { this.creating = false; }}></jv-form>` : nothing}
      ${!this.result ? html`<p class="loading">Loading partners…</p>` : nothing}
      ${this.result ? html`${partialNotice(this.result.errors)}${errorList(this.result.errors)}` : nothing}
      ${connection ? html`<p class="count">${connection.totalCount} partners</p>
        <div class="table-wrap"><table><thead><tr><th scope="col">Name</th><th scope="col">Legal name</th><th scope="col">Country</th><th scope="col">Kind</th><th scope="col">Archived</th></tr></thead>
        <tbody>${connection.edges.map(({ node }) => html`<tr><td><a href="#/partners/${node.id}">${node.name}</a></td><td>${node.legalName || '—'}</td>
          <td>${node.country}</td><td>${label(node.kind)}</td><td>${node.archived ? 'archived' : 'no'}</td></tr>`)}</tbody></table></div>
        ${connection.pageInfo.hasNextPage ? html`<nav class="pager" aria-label="Pages"><a href="#/partners?after=${encodeURIComponent(connection.pageInfo.endCursor)}">Next page</a></nav>` : nothing}` : nothing}`;
  }

  async create(input) {
    const { data, errors } = await gql(CREATE_PARTNER, { input });
    if (errors.length) return errors;
    location.hash = `#/partners/${data.createPartner.id}`;
    return [];
  }
}
customElements.define('jv-partners-page', JvPartnersPage);

class JvPartnerPage extends LitElement {
  static properties = { user: { attribute: false }, partnerId: { attribute: false }, result: { state: true }, editing: { state: true }, notice: { state: true } };

  createRenderRoot() {
    return this;
  }

  updated(changed) {
    if (changed.has('partnerId')) this.load();
  }

  async load() {
    this.result = await gql(PARTNER, { id: this.partnerId });
  }

  render() {
    if (!this.result) return html`<p class="loading">Loading partner…</p>`;
    const { data, errors } = this.result;
    const p = data?.partner;
    if (!p) return html`<h1>Partner</h1>${partialNotice(errors)}${errorList(errors)}`;
    return html`<p class="crumbs"><a href="#/partners">Partners</a> › ${p.name}</p>
      <h1>${p.name} ${p.archived ? html`<span class="status status-DISSOLVED">Archived</span>` : nothing}</h1>
      ${partialNotice(errors)}${errorList(errors)}
      ${this.notice ? html`<p class="success" role="status">${this.notice}</p>` : nothing}
      ${p.description ? html`<p class="description">${p.description}</p>` : nothing}
      <dl class="facts">
        <dt>Legal name</dt><dd>${p.legalName || '—'}</dd>
        <dt>LEI</dt><dd>${p.lei || '—'}</dd>
        <dt>Country</dt><dd>${p.country}</dd>
        <dt>Kind</dt><dd>${label(p.kind)}</dd>
        <dt>Website</dt><dd>${p.website ? html`<a href=${p.website} rel="noopener noreferrer" target="_blank">${p.website}</a>` : '—'}</dd>
        <dt>Archived</dt><dd>${p.archived ? 'yes' : 'no'}</dd>
      </dl>
      ${this.user.canEdit ? html`<p>
        <button class="edit-control" @click=${() => { this.editing = true; }}>Edit partner</button>
        ${this.user.isAdmin ? html`<button class="secondary edit-control" @click=${() => this.archive(p)}>${p.archived ? 'Restore partner' : 'Archive partner'}</button>` : nothing}
      </p>` : nothing}
      ${this.editing ? html`<jv-form heading="Edit partner" .fields=${PARTNER_FIELDS}
          .values=${flatten({ name: p.name, legalName: p.legalName, lei: p.lei, country: p.country, kind: p.kind, website: p.website, description: p.description })}
          .onSave=${(input) => this.save(p, input)} @cancel=${() => { this.editing = false; }}></jv-form>` : nothing}
      <h2>Ventures</h2>
      ${(p.ventures || []).length ? html`<div class="table-wrap"><table><thead><tr><th scope="col">Venture</th><th scope="col">Status</th><th scope="col" class="num">Stake</th><th scope="col">Roles</th></tr></thead>
        <tbody>${p.ventures.filter(Boolean).map((v) => {
          const stake = v.ownership?.stakes.find((s) => s.partner?.id === p.id);
          const roles = (v.participants || []).filter((x) => x.partner?.id === p.id).map((x) => label(x.role));
          return html`<tr><td><a href="#/ventures/${v.id}">${v.name}</a></td><td>${label(v.status)}</td>
            <td class="num">${stake ? pct(stake.percentage) : '—'}</td><td>${roles.join(', ') || '—'}</td></tr>`;
        })}</tbody></table></div>` : html`<p>No ventures.</p>`}
      <h2>Capacity agreements</h2>
      ${agreementTable(p.agreements)}
      <p><a href="#/graph?partner=${p.id}">Ownership graph around ${p.name}</a></p>

      ${this.user.isAdmin ? html`<jv-audit-trail type="Partner" .objectId=${p.id} .stamp=${this.result}></jv-audit-trail>` : nothing}`;
  }

  async save(p, input) {
    const { errors } = await gql(UPDATE_PARTNER, { id: p.id, expectedVersion: p.version, input });
    if (errors.length) return errors;
    this.editing = false;
    this.notice = 'Partner saved.';
    this.load();
    return [];
  }

  async archive(p) {
    const { errors } = await gql(p.archived ? RESTORE_PARTNER : ARCHIVE_PARTNER, { id: p.id, expectedVersion: p.version });
    this.notice = errors.length ? null : (p.archived ? 'Partner restored.' : 'Partner archived.');
    if (errors.length) this.result = { ...this.result, errors };
    else this.load();
  }
}
customElements.define('jv-partner-page', JvPartnerPage);
