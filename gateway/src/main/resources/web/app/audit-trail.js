// The audit trail of a venture or a partner, for admins: who changed what, when, in which request.
// The page shows it only to admins; the gateway refuses the field (FORBIDDEN) to anyone else anyway.
// It loads with a request of its own, so the page's main query stays the same for every role.
import { LitElement, html, nothing } from 'lit';
import { gql } from './api.js';
import { dateTime } from './format.js';
import { errorList } from './notice.js';

const ENTRY = 'at actor action objectType objectId traceId changes { field before after }';
const QUERIES = {
  Venture: `query VentureAudit($id: ID!, $limit: Int) { venture(id: $id) { id auditTrail(limit: $limit) { ${ENTRY} } } }`,
  Partner: `query PartnerAudit($id: ID!, $limit: Int) { partner(id: $id) { id auditTrail(limit: $limit) { ${ENTRY} } } }`,
};
const PAGE = 20;

class JvAuditTrail extends LitElement {
  static properties = {
    type: {},
    objectId: { attribute: false },
    // any value that changes when the page reloaded its object: the trail reloads with it
    stamp: { attribute: false },
    result: { state: true },
  };

  createRenderRoot() {
    return this;
  }

  updated(changed) {
    if (changed.has('objectId') || changed.has('stamp')) this.load();
  }

  async load() {
    const { data, errors } = await gql(QUERIES[this.type], { id: this.objectId, limit: PAGE });
    this.result = { entries: data?.[this.type.toLowerCase()]?.auditTrail || [], errors };
  }

  render() {
    const heading = `audit-h-${this.type}`;
    return html`<section aria-labelledby=${heading} data-testid="audit-trail">
      <h2 id=${heading}>Audit trail</h2>
      <p class="hint">Every write, newest first (the latest ${PAGE}); values are shown as recorded (JSON).</p>
      ${!this.result ? html`<p class="loading">Loading the audit trail…</p>` : html`${errorList(this.result.errors)}
        ${this.result.entries.length ? html`<div class="table-wrap"><table class="audit" data-testid="audit-entries">
          <thead><tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">What</th><th scope="col">Object</th>
            <th scope="col">Changes</th><th scope="col">Trace</th></tr></thead>
          <tbody>${this.result.entries.map((e) => html`<tr>
            <td>${dateTime(e.at)}</td><td>${e.actor}</td><td>${e.action}</td><td>${e.objectType}</td>
            <td><ul class="changes">${e.changes.map((c) => html`<li><code>${c.field}</code>: ${c.before ?? '—'} → ${c.after ?? '—'}</li>`)}</ul></td>
            <td>${e.traceId ? html`<code>${e.traceId}</code>` : '—'}</td></tr>`)}</tbody>
        </table></div>` : html`<p>No writes recorded.</p>`}`}
    </section>`;
  }
}
customElements.define('jv-audit-trail', JvAuditTrail);
