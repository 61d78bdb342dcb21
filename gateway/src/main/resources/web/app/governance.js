// The venture page's governance panel: the board in force on the page's date, the chair and its
// casting vote, seat and stake parity, the deadlock risk (as the API computes it), the recorded
// deadlock mechanism and the reserved matters. Loads its own document, next to the page's.
import { LitElement, html, nothing } from 'lit';
import { gql } from './api.js';
import { label, money, partnerName, pct } from './format.js';
import { errorList } from './notice.js';

export const GOVERNANCE = `
query Governance($id: ID!, $asOf: Date) {
  venture(id: $id) {
    governance(asOf: $asOf) {
      asOf seatParity stakeParity castingVote deadlockRisk deadlockMechanism mechanismNote
      chair { id holderName partner { id name } }
      seats { id holderName startDate endDate partner { id name } }
      seatsByPartner { seats partner { id name } }
      reservedMatters { id title approval thresholdPercent above { amount currency } description }
    }
  }
}`;

const RISK_TEXT = {
  HIGH: 'equal stakes, equal seats and no casting vote: nothing breaks a tie',
  MEDIUM: 'a tie is possible in one body (owners or board) and nothing breaks it there',
  LOW: 'a tie can be broken, or neither body is evenly split',
};

class JvGovernancePanel extends LitElement {
  static properties = { ventureId: { attribute: false }, asOf: { attribute: false }, result: { state: true } };

  createRenderRoot() {
    return this;
  }

  updated(changed) {
    if (changed.has('ventureId') || changed.has('asOf')) this.load();
  }

  async load() {
    const { data, errors } = await gql(GOVERNANCE, { id: this.ventureId, asOf: this.asOf || null });
    this.result = { governance: data?.venture?.governance, errors };
  }

  render() {
    return html`<section aria-labelledby="gov-h" data-testid="governance">
      <h2 id="gov-h">Board and deadlock register</h2>
      ${this.result ? this.body() : html`<p class="loading">Loading governance…</p>`}
    </section>`;
  }

  body() {
    const { governance: g, errors } = this.result;
    if (!g) return errorList(errors);
    return html`
      <p class="risk-line">Deadlock risk
        <span class="badge risk-${g.deadlockRisk}" data-testid="deadlock-risk">${g.deadlockRisk}</span>
        <span class="hint">${RISK_TEXT[g.deadlockRisk]}</span></p>
      <dl class="facts">
        <dt>Stake parity</dt><dd data-testid="stake-parity">${g.stakeParity ? 'yes — two owners with equal stakes' : 'no'}</dd>
        <dt>Seat parity</dt><dd data-testid="seat-parity">${g.seatParity ? 'yes — two partners with as many seats each' : 'no'}</dd>
        <dt>Seats</dt><dd>${g.seatsByPartner.length
          ? g.seatsByPartner.map((c) => `${partnerName(c.partner)} ${c.seats}`).join(', ') : 'none on this date'}</dd>
        <dt>Chair</dt><dd data-testid="chair">${g.chair ? `${g.chair.holderName || 'name not public'} (${partnerName(g.chair.partner)})` : 'none'}</dd>
        <dt>Casting vote</dt><dd data-testid="casting-vote">${g.castingVote ? 'yes' : 'no'}</dd>
        <dt>Deadlock mechanism</dt><dd data-testid="mechanism">${label(g.deadlockMechanism)}${g.mechanismNote ? html` <span class="hint">— ${g.mechanismNote}</span>` : nothing}</dd>
      </dl>
      ${g.seats.length ? html`<div class="table-wrap"><table data-testid="seats">
        <caption>Board seats on ${g.asOf}</caption>
        <thead><tr><th scope="col">Appointed by</th><th scope="col">Holder</th><th scope="col">From</th><th scope="col">To</th></tr></thead>
        <tbody>${g.seats.map((s) => html`<tr><td>${s.partner ? html`<a href="#/partners/${s.partner.id}">${s.partner.name}</a>` : 'unavailable'}</td>
          <td>${s.holderName || 'not public'}</td><td>${s.startDate}</td><td>${s.endDate || '—'}</td></tr>`)}</tbody>
      </table></div>` : nothing}
      <h3>Reserved matters</h3>
      ${g.reservedMatters.length ? html`<ul class="matters" data-testid="reserved-matters">${g.reservedMatters.map((m) => html`<li>
        <strong>${m.title}</strong> — ${approval(m)}${m.above ? `, above ${money(m.above)}` : ''}
        ${m.description ? html`<span class="hint">${m.description}</span>` : nothing}</li>`)}</ul>` : html`<p>None recorded.</p>`}`;
  }
}

function approval(matter) {
  switch (matter.approval) {
    case 'UNANIMOUS': return 'unanimity of the owners';
    case 'SEATS': return `at least ${pct(matter.thresholdPercent)} of the seats`;
    default: return `owners of at least ${pct(matter.thresholdPercent)} of the stakes`;
  }
}

customElements.define('jv-governance-panel', JvGovernancePanel);
