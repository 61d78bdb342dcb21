// The venture's open ownership proposals, each with the cap table it would give. Another admin
// than the proposer may approve or reject (with a reason); the proposer may withdraw. The
// platform enforces the same rules: the buttons only leave out what would be refused anyway.
import { LitElement, html, nothing } from 'lit';
import { gql } from './api.js';
import { byStake, dateTime, partnerName, pct } from './format.js';
import { errorList } from './notice.js';
import { APPROVE_PROPOSAL, REJECT_PROPOSAL, WITHDRAW_PROPOSAL } from './queries.js';

class JvPendingChanges extends LitElement {
  static properties = {
    venture: { attribute: false },
    user: { attribute: false },
    rejecting: { state: true },
    errors: { state: true },
    busy: { state: true },
  };

  constructor() {
    super();
    this.rejecting = null;
    this.errors = [];
  }

  createRenderRoot() {
    return this;
  }

  render() {
    const proposals = this.venture.pendingChanges || [];
    return html`<section aria-labelledby="pending-h" data-testid="pending-changes">
      <h2 id="pending-h">Pending changes</h2>
      ${this.venture.ownershipApprovalRequired ? html`<p class="hint">Ownership changes of this venture need a second admin:
        one admin proposes, another approves or rejects.</p>` : nothing}
      ${errorList(this.errors)}
      ${proposals.length ? proposals.map((p) => this.proposal(p)) : html`<p data-testid="no-pending">No change is waiting for approval.</p>`}
    </section>`;
  }

  proposal(p) {
    const own = p.proposedBy === this.user.name;
    const decide = this.user.isAdmin && !own;
    return html`<article class="proposal" data-testid="proposal" data-proposal=${p.id}>
      <h3>${p.type === 'TRANSFER' ? `Transfer ${pct(p.percentage)} from ${partnerName(p.from)} to ${partnerName(p.to)}` : 'New cap table'}</h3>
      <p>Proposed by <strong>${p.proposedBy}</strong> on ${dateTime(p.proposedAt)}, effective ${p.effectiveDate}; expires ${dateTime(p.expiresAt)}.
        Reason: ${p.reason}</p>
      ${p.stale ? html`<p class="bad" data-testid="stale">The cap table changed since this was proposed (ledger version ${p.basedOnVersion}):
        it can no longer be approved. Propose it again on the new table.</p>` : nothing}
      <table class="stakes"><caption>Cap table once approved (ledger version ${p.resultingOwnership.ledgerVersion})</caption>
        <tbody>${byStake(p.resultingOwnership.stakes).map((s) => html`<tr><td>${partnerName(s.partner)}</td><td class="num">${pct(s.percentage)}</td></tr>`)}</tbody>
      </table>
      <div class="actions">
        ${decide && !p.stale ? html`<button ?disabled=${this.busy} @click=${() => this.decide(APPROVE_PROPOSAL, { id: p.id }, 'Proposal approved: the change is in the ledger.')}>Approve</button>` : nothing}
        ${decide ? html`<button class="secondary" ?disabled=${this.busy} @click=${() => { this.rejecting = p.id; }}>Reject</button>` : nothing}
        ${own ? html`<button class="secondary" ?disabled=${this.busy} @click=${() => this.decide(WITHDRAW_PROPOSAL, { id: p.id }, 'Proposal withdrawn.')}>Withdraw</button>` : nothing}
        ${own ? html`<span class="hint">Another admin must approve it.</span>` : nothing}
      </div>
      ${this.rejecting === p.id ? html`<form class="inline" @submit=${(e) => this.reject(e, p)}>
        <label for="reject-${p.id}">Reason for rejecting</label>
        <input id="reject-${p.id}" name="reason">
        <button type="submit" ?disabled=${this.busy}>Reject proposal</button>
        <button type="button" class="secondary" @click=${() => { this.rejecting = null; }}>Cancel</button>
      </form>` : nothing}
    </article>`;
  }

  reject(event, p) {
    event.preventDefault();
    const reason = String(new FormData(event.target).get('reason') ?? '');
    this.decide(REJECT_PROPOSAL, { id: p.id, reason }, 'Proposal rejected.');
  }

  async decide(mutation, variables, message) {
    this.busy = true;
    try {
      const { errors } = await gql(mutation, variables);
      this.errors = errors;
      if (!errors.length) {
        this.rejecting = null;
        this.dispatchEvent(new CustomEvent('decided', { detail: message }));
      }
    } finally {
      this.busy = false;
    }
  }
}
customElements.define('jv-pending-changes', JvPendingChanges);
