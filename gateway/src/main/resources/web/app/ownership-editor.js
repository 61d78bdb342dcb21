// Screen 5 (admin): transfer a stake or set a whole new table, with a live sum check and a
// preview of the resulting cap table. On CONFLICT the admin sees what changed meanwhile and may
// redo the edit on the new table; nothing is ever resubmitted by itself.
import { LitElement, html, nothing } from 'lit';
import { fieldErrors, gql, otherErrors } from './api.js';
import { byStake, dateTime, fromUnits, partnerName, pct, today, units } from './format.js';
import { move } from './ledger.js';
import { PROPOSE_SET, PROPOSE_TRANSFER, SET_OWNERSHIP, TRANSFER, VENTURE } from './queries.js';

const HUNDRED = 100 * 10000;

class JvOwnershipEditor extends LitElement {
  static properties = {
    venture: { attribute: false },
    partners: { attribute: false },
    mode: { state: true },
    draft: { state: true },
    errors: { state: true },
    general: { state: true },
    conflict: { state: true },
    busy: { state: true },
  };

  constructor() {
    super();
    this.mode = 'transfer';
    this.errors = {};
    this.general = [];
    this.conflict = null;
    this.draft = null;
  }

  createRenderRoot() {
    return this;
  }

  /** The ledger version the edit is based on: the number of entries in the ledger. */
  get base() {
    return (this.venture.ownershipHistory || []).length;
  }

  get currentStakes() {
    return this.venture.current?.stakes || [];
  }

  /** A fresh draft from the current table, unless the admin has started an edit (kept across reloads and a redo). */
  willUpdate(changed) {
    if (!this.draft || (changed.has('venture') && !this.dirty)) this.draft = this.blank();
  }

  blank() {
    const owners = this.currentStakes.filter((s) => s.partner);
    return {
      from: owners[0]?.partner.id || '',
      to: owners[1]?.partner.id || '',
      percentage: '',
      effectiveDate: today(),
      reason: '',
      rows: owners.map((s) => ({ partnerId: s.partner.id, percentage: fromUnits(units(s.percentage)) })),
    };
  }

  name(partnerId) {
    return this.partners.find((p) => p.id === partnerId)?.name
      || this.currentStakes.find((s) => s.partner?.id === partnerId)?.partner.name || partnerId;
  }

  /** The table the save would produce, and its sum in 1/10000 % units. */
  preview() {
    const d = this.draft;
    let table;
    if (this.mode === 'transfer') {
      table = new Map(this.currentStakes.filter((s) => s.partner).map((s) => [s.partner.id, { partner: s.partner, units: units(s.percentage) }]));
      const amount = units(d.percentage || 0);
      if (d.from && d.to && amount > 0 && d.from !== d.to) {
        move(table, { id: d.from, name: this.name(d.from) }, { id: d.to, name: this.name(d.to) }, amount);
      }
    } else {
      table = new Map(d.rows.filter((r) => r.partnerId).map((r) => [r.partnerId, { partner: { id: r.partnerId, name: this.name(r.partnerId) }, units: units(r.percentage || 0) }]));
    }
    const rows = [...table.values()].sort((a, b) => b.units - a.units || a.partner.name.localeCompare(b.partner.name));
    return { rows, sum: rows.reduce((s, r) => s + r.units, 0) };
  }

  set(field, value) {
    this.dirty = true;
    this.draft = { ...this.draft, [field]: value };
  }

  setRow(i, field, value) {
    this.dirty = true;
    const rows = this.draft.rows.map((r, j) => (j === i ? { ...r, [field]: value } : r));
    this.draft = { ...this.draft, rows };
  }

  /** Where the venture needs a second admin, the editor proposes the change instead of making it. */
  get proposing() {
    return Boolean(this.venture.ownershipApprovalRequired);
  }

  render() {
    return html`<section class="editor" aria-labelledby="editor-h" data-testid="ownership-editor">
      <h2 id="editor-h">${this.proposing ? 'Propose an ownership change' : 'Change ownership'}</h2>
      ${this.proposing ? html`<p class="hint" data-testid="four-eyes">This venture needs a second admin: your change is proposed,
        and reaches the ledger only when another admin approves it.</p>` : nothing}
      ${this.conflict ? this.conflictScreen() : this.form()}
    </section>`;
  }

  form() {
    const d = this.draft;
    const { rows, sum } = this.preview();
    const negative = rows.some((r) => r.units < 0);
    const sumOk = sum === HUNDRED;
    return html`
      <div class="tabs" role="radiogroup" aria-label="Kind of change">
        <label><input type="radio" name="mode" value="transfer" .checked=${this.mode === 'transfer'} @change=${() => { this.mode = 'transfer'; }}> Transfer a stake</label>
        <label><input type="radio" name="mode" value="set" .checked=${this.mode === 'set'} @change=${() => { this.mode = 'set'; }}> Set a new table</label>
      </div>
      ${this.general.map((e) => html`<p class="error" role="alert">${e.message}${e.extensions?.code ? html` <code>${e.extensions.code}</code>` : nothing}</p>`)}
      <form class="jv-form" novalidate @submit=${this.save}>
        <div class="fields">
          ${this.mode === 'transfer' ? html`
            ${this.select('fromPartnerId', 'From', d.from, (v) => this.set('from', v), this.currentStakes.filter((s) => s.partner).map((s) => s.partner))}
            ${this.select('toPartnerId', 'To', d.to, (v) => this.set('to', v), this.partners.filter((p) => !p.archived))}
            ${this.input('percentage', 'Percentage to transfer', d.percentage, (v) => this.set('percentage', v), 'decimal')}
          ` : html`<div class="field wide">
              <table class="set-rows"><caption>New cap table</caption>
                <thead><tr><th scope="col">Owner</th><th scope="col">Percentage</th><th scope="col"><span class="sr-only">Remove</span></th></tr></thead>
                <tbody>${d.rows.map((r, i) => html`<tr>
                  <td><label class="sr-only" for="row-${i}-partner">Owner ${i + 1}</label>
                    <select id="row-${i}-partner" @change=${(e) => this.setRow(i, 'partnerId', e.target.value)}>
                      <option value="">—</option>
                      ${this.partners.filter((p) => !p.archived || p.id === r.partnerId).map((p) => html`<option value=${p.id} ?selected=${p.id === r.partnerId}>${p.name}</option>`)}
                    </select>${this.errorAt(`stakes[${i}].partnerId`)}</td>
                  <td><label class="sr-only" for="row-${i}-pct">Percentage of owner ${i + 1}</label>
                    <input id="row-${i}-pct" inputmode="decimal" .value=${r.percentage} @input=${(e) => this.setRow(i, 'percentage', e.target.value)}>
                    ${this.errorAt(`stakes[${i}].percentage`)}</td>
                  <td><button type="button" class="link" @click=${() => { this.dirty = true; this.draft = { ...d, rows: d.rows.filter((_, j) => j !== i) }; }}>remove</button></td>
                </tr>`)}</tbody>
              </table>
              <button type="button" class="secondary" @click=${() => { this.dirty = true; this.draft = { ...d, rows: [...d.rows, { partnerId: '', percentage: '' }] }; }}>Add owner</button>
              ${this.errorAt('stakes')}
            </div>`}
          ${this.input('effectiveDate', 'Effective date', d.effectiveDate, (v) => this.set('effectiveDate', v), 'date')}
          ${this.input('reason', 'Reason', d.reason, (v) => this.set('reason', v))}
        </div>
        <div class="preview" aria-live="polite" data-testid="preview">
          <h3>Preview</h3>
          <table><tbody>${rows.map((r) => html`<tr class=${r.units < 0 ? 'bad' : ''}><td>${r.partner.name}</td><td class="num">${pct(r.units / 10000)}</td></tr>`)}</tbody>
            <tfoot><tr><th scope="row">Sum</th><td class="num ${sumOk ? 'ok' : 'bad'}" data-testid="sum">${fromUnits(sum)} %</td></tr></tfoot></table>
          <p class=${sumOk ? 'ok' : 'bad'}>${sumOk ? 'The sum is exactly 100.0000 %.' : `The stakes must sum to exactly 100.0000 %, not ${fromUnits(sum)} %.`}</p>
          ${negative ? html`<p class="bad">A giver would hold less than nothing; the platform will refuse this.</p>` : nothing}
        </div>
        <div class="actions">
          <button type="submit" ?disabled=${this.busy || (this.mode === 'set' && !sumOk)}>${this.submitLabel()}</button>
          <span class="hint">Based on ledger version ${this.base}.</span>
        </div>
      </form>`;
  }

  submitLabel() {
    if (this.proposing) return this.mode === 'transfer' ? 'Propose transfer' : 'Propose new table';
    return this.mode === 'transfer' ? 'Save transfer' : 'Save new table';
  }

  errorAt(field) {
    const message = this.errors[field];
    return message ? html`<span class="field-error" id="err-${field.replace(/\W/g, '-')}" role="alert">${message}</span>` : nothing;
  }

  input(field, text, value, onInput, type) {
    const id = `own-${field}`;
    const error = this.errors[field];
    return html`<div class="field"><label for=${id}>${text}</label>
      <input id=${id} type=${type === 'date' ? 'date' : 'text'} inputmode=${type === 'decimal' ? 'decimal' : nothing} .value=${value}
        aria-invalid=${error ? 'true' : 'false'} aria-describedby=${error ? `err-${field}` : nothing}
        @input=${(e) => onInput(e.target.value)} @change=${(e) => onInput(e.target.value)}>
      ${this.errorAt(field)}</div>`;
  }

  select(field, text, value, onChange, partners) {
    const id = `own-${field}`;
    const error = this.errors[field];
    return html`<div class="field"><label for=${id}>${text}</label>
      <select id=${id} aria-invalid=${error ? 'true' : 'false'} aria-describedby=${error ? `err-${field}` : nothing} @change=${(e) => onChange(e.target.value)}>
        <option value="">—</option>
        ${partners.map((p) => html`<option value=${p.id} ?selected=${p.id === value}>${p.name}</option>`)}
      </select>${this.errorAt(field)}</div>`;
  }

  async save(event) {
    event.preventDefault();
    const d = this.draft;
    const base = this.base;
    const common = { basedOnVersion: base, effectiveDate: d.effectiveDate, reason: d.reason };
    const proposing = this.proposing;
    const { errors } = this.mode === 'transfer'
      ? await this.send(proposing ? PROPOSE_TRANSFER : TRANSFER, { ...common, fromPartnerId: d.from, toPartnerId: d.to, percentage: d.percentage.trim() })
      : await this.send(proposing ? PROPOSE_SET : SET_OWNERSHIP, { ...common, stakes: d.rows.filter((r) => r.partnerId).map((r) => ({ partnerId: r.partnerId, percentage: r.percentage.trim() })) });
    if (errors.some((e) => e.extensions?.code === 'CONFLICT')) {
      await this.showConflict(base);
      return;
    }
    this.errors = fieldErrors(errors);
    this.general = otherErrors(errors, Object.keys(this.errors));
    if (!errors.length) {
      const change = this.mode === 'transfer'
        ? `${pct(d.percentage)} from ${this.name(d.from)} to ${this.name(d.to)}` : 'a new cap table';
      let what = this.mode === 'transfer' ? `Transferred ${change}.` : 'New cap table saved.';
      if (proposing) what = `Proposed ${change}: waiting for another admin's approval.`;
      this.dirty = false;
      this.draft = null;
      this.dispatchEvent(new CustomEvent('saved', { detail: what }));
    }
  }

  async send(mutation, input) {
    this.busy = true;
    try {
      return await gql(mutation, { ventureId: this.venture.id, input });
    } finally {
      this.busy = false;
    }
  }

  /** What changed since the version the edit was based on, read afresh. */
  async showConflict(base) {
    const { data } = await gql(VENTURE, { id: this.venture.id, asOf: null });
    const fresh = data?.venture;
    this.conflict = {
      fresh,
      since: (fresh?.ownershipHistory || []).filter((e) => e.version > base),
    };
    this.errors = {};
    this.general = [];
    // the page behind shows the new table and ledger too; the admin's draft stays as it was
    this.dispatchEvent(new CustomEvent('refreshed', { detail: fresh }));
  }

  conflictScreen() {
    const { fresh, since } = this.conflict;
    return html`<div class="conflict" role="alert" data-testid="conflict">
      <h3>Someone else changed this cap table while you were editing</h3>
      <p>Your edit was <strong>not saved</strong>. These changes were recorded after the version you started from:</p>
      <ul>${since.map((e) => html`<li>#${e.version} ${e.type} by ${e.actor} (${dateTime(e.recordedAt)}, effective ${e.effectiveDate}):
        ${e.type === 'TRANSFER' ? `${pct(e.percentage)} from ${partnerName(e.from)} to ${partnerName(e.to)}` : byStake(e.stakes).map((s) => `${partnerName(s.partner)} ${pct(s.percentage)}`).join(', ')}
        — ${e.reason}</li>`)}</ul>
      <p>The cap table is now: ${byStake(fresh?.current?.stakes).map((s) => `${partnerName(s.partner)} ${pct(s.percentage)}`).join(', ')}.</p>
      <div class="actions">
        <button @click=${() => this.redo()}>Redo my edit on the new table</button>
        <button class="secondary" @click=${() => this.discard()}>Discard my edit</button>
      </div>
    </div>`;
  }

  /** Back to the form with the admin's own inputs, now based on the new version; the admin saves again. */
  redo() {
    const { fresh } = this.conflict;
    const draft = this.draft;
    this.conflict = null;
    this.venture = fresh;
    this.draft = draft;
    this.dispatchEvent(new CustomEvent('refreshed', { detail: fresh }));
  }

  discard() {
    this.venture = this.conflict.fresh;
    this.conflict = null;
    this.dirty = false;
    this.draft = this.blank();
  }
}
customElements.define('jv-ownership-editor', JvOwnershipEditor);
