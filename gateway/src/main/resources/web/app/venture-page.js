// Screen 2: one venture — facts with their sources, the cap table as of a date (donut + exact
// table + parity), the ownership timeline and ledger, funding phases; for editors the forms,
// for admins the ownership editor.
import { LitElement, html, nothing } from 'lit';
import { allPages, gql } from './api.js';
import { byStake, dateTime, label, money, mw, partnerName, pct, place, today } from './format.js';
import { flatten } from './form.js';
import { errorList, partialNotice } from './notice.js';
import { timeline } from './ledger.js';
import './ownership-editor.js';
import './pending-changes.js';
import './governance.js';
import './audit-trail.js';
import './export-links.js';
import {
  ADD_PARTICIPANT, ADD_PHASE, PARTNER_NAMES, PHASE_FIELDS, REMOVE_PARTICIPANT, ROLES,
  UPDATE_PHASE, UPDATE_VENTURE, VENTURE, VENTURE_FIELDS,
} from './queries.js';

class JvVenturePage extends LitElement {
  static properties = {
    user: { attribute: false },
    ventureId: { attribute: false },
    asOf: { attribute: false },
    result: { state: true },
    partners: { state: true },
    editing: { state: true },
    notice: { state: true },
  };

  createRenderRoot() {
    return this;
  }

  updated(changed) {
    if (changed.has('ventureId') || changed.has('asOf')) this.load();
  }

  async load() {
    // the editors' partner pickers need the partner names; both requests go out together
    const [{ data, errors }, names] = await Promise.all([
      gql(VENTURE, { id: this.ventureId, asOf: this.asOf || today() }),
      this.user.canEdit && !this.partners ? allPages(PARTNER_NAMES, {}, 'partners') : null,
    ]);
    if (names) this.partners = names.data?.partners?.edges.map((e) => e.node) || [];
    this.result = { venture: data?.venture, errors };
    await this.updateComplete;
    performance.mark('venture-rendered');
  }

  setAsOf(value) {
    location.hash = `#/ventures/${this.ventureId}${value ? `?asOf=${value}` : ''}`;
  }

  render() {
    if (!this.result) return html`<p class="loading">Loading venture…</p>`;
    const { venture: v, errors } = this.result;
    if (!v) return html`<h1>Venture</h1>${errorList(errors)}<p><a href="#/ventures">Back to the ventures</a></p>`;
    return html`
      <p class="crumbs"><a href="#/ventures">Ventures</a> › ${v.name}</p>
      <h1>${v.name} <span class="status status-${v.status}">${label(v.status)}</span></h1>
      ${partialNotice(errors)}
      ${errorList(errors)}
      ${this.notice ? html`<p class="success" role="status">${this.notice}</p>` : nothing}
      ${this.facts(v)}
      ${this.capTable(v)}
      ${this.user.isAdmin && v.current ? html`<jv-ownership-editor .venture=${v} .partners=${this.partners || []}
          @saved=${(e) => this.saved(e.detail)} @refreshed=${() => this.load()}></jv-ownership-editor>` : nothing}
      ${v.ownershipApprovalRequired || v.pendingChanges?.length ? html`<jv-pending-changes .venture=${v} .user=${this.user}
          @decided=${(e) => this.saved(e.detail)}></jv-pending-changes>` : nothing}
      <jv-governance-panel .ventureId=${v.id} .asOf=${this.asOf || today()}></jv-governance-panel>
      ${this.history(v)}
      ${this.phases(v)}
      ${this.user.isAdmin ? html`<jv-audit-trail type="Venture" .objectId=${v.id} .stamp=${this.result}></jv-audit-trail>` : nothing}`;
  }

  saved(message) {
    this.notice = message;
    this.load();
  }

  facts(v) {
    return html`<section aria-labelledby="facts-h">
      <h2 id="facts-h">Facts</h2>
      ${v.description ? html`<p class="description">${v.description}</p>` : nothing}
      <dl class="facts">
        <dt>Legal name</dt><dd>${v.legalName || '—'}</dd>
        <dt>Program</dt><dd>${v.program || '—'}</dd>
        <dt>Jurisdiction</dt><dd>${v.jurisdiction}</dd>
        <dt>Site</dt><dd>${place(v.site)}</dd>
        <dt>Announced</dt><dd>${v.announcedDate || '—'}</dd>
        <dt>Energy</dt><dd>${v.energy ? `${v.energy.source || '—'}${v.energy.renewableSharePercent != null ? `, ${Number(v.energy.renewableSharePercent)} % renewable` : ''}` : '—'}</dd>
        <dt>Cooling</dt><dd>${v.cooling || '—'}</dd>
        <dt>Participants</dt><dd>${this.participants(v)}</dd>
      </dl>
      ${sources(v.sources, 'Sources for these facts')}
      ${this.user.canEdit ? html`<p><button class="edit-control" @click=${() => { this.editing = 'venture'; }}>Edit venture</button></p>` : nothing}
      ${this.editing === 'venture' ? html`<jv-form heading="Edit venture" .fields=${VENTURE_FIELDS}
          .values=${flatten({ ...v, id: undefined, version: undefined })} .onSave=${(input) => this.updateVenture(v, input)}
          @cancel=${() => { this.editing = null; }}></jv-form>` : nothing}
    </section>`;
  }

  participants(v) {
    const list = v.participants || [];
    return html`${list.length ? html`<ul class="participants">${list.map((p) => html`<li>
        ${p.partner ? html`<a href="#/partners/${p.partner.id}">${p.partner.name}</a>` : 'unavailable'} — ${label(p.role)}
        ${this.user.canEdit && p.partner ? html`<button class="link edit-control" aria-label="Remove ${p.partner.name} as ${label(p.role)}"
            @click=${() => this.removeParticipant(p)}>remove</button>` : nothing}</li>`)}</ul>` : '—'}
      ${this.user.canEdit ? html`<form class="inline edit-control" @submit=${this.addParticipant}>
        <label for="p-partner">Partner</label>
        <select id="p-partner" name="partnerId">${(this.partners || []).map((p) => html`<option value=${p.id}>${p.name}</option>`)}</select>
        <label for="p-role">Role</label>
        <select id="p-role" name="role">${ROLES.map((r) => html`<option value=${r}>${label(r)}</option>`)}</select>
        <button type="submit">Add participant</button>
      </form>` : nothing}`;
  }

  async addParticipant(event) {
    event.preventDefault();
    const form = new FormData(event.target);
    const { errors } = await gql(ADD_PARTICIPANT, { ventureId: this.ventureId, partnerId: form.get('partnerId'), role: form.get('role') });
    this.notice = errors.length ? null : 'Participant added.';
    if (errors.length) this.result = { ...this.result, errors };
    else this.load();
  }

  async removeParticipant(p) {
    const { errors } = await gql(REMOVE_PARTICIPANT, { ventureId: this.ventureId, partnerId: p.partner.id, role: p.role });
    this.notice = errors.length ? null : 'Participant removed.';
    if (errors.length) this.result = { ...this.result, errors };
    else this.load();
  }

  async updateVenture(v, input) {
    const { errors } = await gql(UPDATE_VENTURE, { id: v.id, expectedVersion: v.version, input });
    if (errors.length) return errors;
    this.editing = null;
    this.saved('Venture saved.');
    return [];
  }

  capTable(v) {
    const table = v.ownership;
    const stakes = byStake(table?.stakes);
    const asOf = table?.asOf || this.asOf || today();
    return html`<section aria-labelledby="cap-h" data-testid="cap-table">
      <h2 id="cap-h">Cap table</h2>
      <div class="field inline-field"><label for="as-of">As of</label>
        <input id="as-of" type="date" .value=${asOf} @change=${(e) => this.setAsOf(e.target.value)}></div>
      <jv-export-links .ventureId=${v.id} .asOf=${asOf}></jv-export-links>
      ${stakes.length ? html`<div class="cap">
        <jv-chart class="donut" label="Ownership of ${v.name} on ${asOf}" .option=${donut(stakes)}
          data-slices=${stakes.map((s) => `${partnerName(s.partner)} ${pct(s.percentage)}`).join('; ')}></jv-chart>
        <div>
          <table class="stakes" data-testid="stakes">
            <caption>Owners on ${asOf} (ledger version ${table.ledgerVersion})</caption>
            <thead><tr><th scope="col">Owner</th><th scope="col" class="num">Stake</th></tr></thead>
            <tbody>${stakes.map((s, i) => html`<tr><td>${s.partner ? html`<a href="#/partners/${s.partner.id}">${s.partner.name}</a>` : `Owner ${i + 1} (name unavailable)`}</td>
              <td class="num">${pct(s.percentage)}</td></tr>`)}</tbody>
          </table>
          ${table.parity ? html`<p class="parity" role="note" data-testid="parity"><strong>Parity:</strong> two owners hold equal
            stakes, so neither can outvote the other — a deadlock risk unless the JV agreement breaks ties (casting vote, chair, buy-sell clause).</p>` : nothing}
        </div>
      </div>` : html`<p data-testid="no-owners">No owners on ${asOf}: the ledger has no entry effective by then.</p>`}
    </section>`;
  }

  history(v) {
    const entries = v.ownershipHistory || [];
    // owners are told apart by their partner: without partners-service the timeline cannot be drawn
    const unnamed = entries.some((e) => (e.stakes || []).some((s) => !s.partner) || (e.type === 'TRANSFER' && (!e.from || !e.to)));
    const series = unnamed ? [] : timeline(entries);
    return html`<section aria-labelledby="ledger-h">
      <h2 id="ledger-h">Ownership timeline and ledger</h2>
      ${series.length ? html`<jv-chart class="timeline" data-testid="timeline" label="Each owner's percentage over time"
          .option=${step(series)} data-latest=${series.map((s) => `${s.name} ${pct(s.points.at(-1)[1])}`).join('; ')}
          data-steps=${series.map((s) => `${s.name}: ${s.points.slice(0, -1).map((p) => `${p[0]} ${pct(p[1])}`).join(', ')}`).join('; ')}></jv-chart>` : nothing}
      ${unnamed && entries.length ? html`<p class="hint">The timeline needs the partners' names, which are missing right now.</p>` : nothing}
      <div class="table-wrap"><table class="ledger" data-testid="ledger">
        <thead><tr><th scope="col" class="num">#</th><th scope="col">Change</th><th scope="col">Effective</th><th scope="col">Recorded</th>
          <th scope="col">Actor</th><th scope="col">What</th><th scope="col">Reason</th></tr></thead>
        <tbody>${entries.map((e) => html`<tr>
          <td class="num">${e.version}</td><td>${e.type}</td><td>${e.effectiveDate}</td><td>${dateTime(e.recordedAt)}</td><td>${e.actor}${e.approvedBy ? `, approved by ${e.approvedBy}` : ''}</td>
          <td>${e.type === 'TRANSFER'
            ? `${pct(e.percentage)} from ${partnerName(e.from)} to ${partnerName(e.to)}`
            : byStake(e.stakes).map((s) => `${partnerName(s.partner)} ${pct(s.percentage)}`).join(', ')}</td>
          <td>${e.reason}</td></tr>`)}</tbody>
      </table></div>
      ${entries.length ? nothing : html`<p>No ownership recorded yet.</p>`}
    </section>`;
  }

  phases(v) {
    const phases = (v.fundingPhases || []).filter(Boolean);
    return html`<section aria-labelledby="phases-h">
      <h2 id="phases-h">Funding phases</h2>
      ${phases.length ? html`<jv-chart class="bars" label="Capital and MW per phase" .option=${bars(phases)}></jv-chart>` : nothing}
      <div class="table-wrap"><table class="phases" data-testid="phases">
        <thead><tr><th scope="col">Phase</th><th scope="col">Kind</th><th scope="col">Status</th><th scope="col" class="num">Committed capital</th>
          <th scope="col" class="num">Capacity</th><th scope="col" class="num">Capital per MW</th><th scope="col">Target</th>
          <th scope="col">Each owner's commitment (by today's table)</th><th scope="col">Sources</th>${this.user.canEdit ? html`<th scope="col"><span class="sr-only">Edit</span></th>` : nothing}</tr></thead>
        <tbody>${phases.map((p) => html`<tr data-phase=${p.name}>
          <th scope="row">${p.name}</th><td>${label(p.kind)}</td><td>${label(p.status)}</td>
          <td class="num">${money(p.committedCapital)}</td><td class="num">${mw(p.capacityMw)}</td><td class="num">${money(p.capitalPerMw)}</td>
          <td>${p.targetDate || '—'}</td>
          <td>${p.commitments.length ? html`<ul class="commitments">${byStake(p.commitments).map((c) => html`<li>${partnerName(c.partner)}: ${money(c.amount)} (${pct(c.percentage)})</li>`)}</ul>` : '—'}</td>
          <td>${sources(p.sources)}</td>
          ${this.user.canEdit ? html`<td><button class="link edit-control" @click=${() => { this.editing = p.id; }}>Edit ${p.name}</button></td>` : nothing}
        </tr>`)}</tbody>
        <tfoot><tr><th scope="row" colspan="3">Total committed</th><td class="num" data-testid="totals">${(v.totals || []).filter(Boolean).map((t) => html`<div>${money(t)}</div>`)}</td><td colspan="6"></td></tr></tfoot>
      </table></div>
      ${phases.filter((p) => this.editing === p.id).map((p) => html`<jv-form heading="Edit ${p.name}" .fields=${PHASE_FIELDS}
          .values=${flatten({ name: p.name, ordinal: p.ordinal, kind: p.kind, status: p.status, committedCapital: p.committedCapital, capacityMw: p.capacityMw, targetDate: p.targetDate })}
          .onSave=${(input) => this.savePhase(p, input)} @cancel=${() => { this.editing = null; }}></jv-form>`)}
      ${this.user.canEdit ? html`<p><button class="edit-control" @click=${() => { this.editing = 'phase'; }}>Add funding phase</button></p>` : nothing}
      ${this.editing === 'phase' ? html`<jv-form heading="New funding phase" .fields=${PHASE_FIELDS}
          .values=${{ ordinal: phases.length + 1, kind: phases.length ? 'EXPANSION' : 'INITIAL', status: 'PLANNED', 'committedCapital.currency': 'USD' }}
          .onSave=${(input) => this.savePhase(null, input)} @cancel=${() => { this.editing = null; }}></jv-form>` : nothing}
    </section>`;
  }

  async savePhase(phase, input) {
    if (input.committedCapital && !input.committedCapital.amount) delete input.committedCapital;
    const { errors } = phase
      ? await gql(UPDATE_PHASE, { id: phase.id, expectedVersion: phase.version, input })
      : await gql(ADD_PHASE, { ventureId: this.ventureId, input });
    if (errors.length) return errors;
    this.editing = null;
    this.saved(phase ? `${phase.name} saved.` : 'Funding phase added.');
    return [];
  }
}

function sources(list, heading) {
  if (!list?.length) return heading ? nothing : '—';
  return html`<div class="sources">${heading ? html`<span class="sources-h">${heading}:</span>` : nothing}<ul>${list.map((s) => html`<li>
    ${s.url ? html`<a href=${s.url} rel="noopener noreferrer" target="_blank">${s.title}</a>` : s.title}${s.date ? ` (${s.date})` : ''}</li>`)}</ul></div>`;
}

function donut(stakes) {
  return {
    tooltip: { trigger: 'item', formatter: (p) => `${p.name}: ${pct(p.value)}` },
    series: [{
      type: 'pie', radius: ['36%', '60%'], avoidLabelOverlap: true,
      label: { position: 'outside', overflow: 'none', formatter: (p) => `${p.name}\n${pct(p.value)}`, fontSize: 13, lineHeight: 18 },
      labelLine: { length: 12, length2: 10 },
      // without partner names (partners-service down) each owner still gets a slice of its own
      data: stakes.map((s, i) => ({ name: s.partner?.name ?? `Owner ${i + 1}`, value: Number(s.percentage) })),
    }],
  };
}

function step(series) {
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 48, right: 24, top: 36, bottom: 32 },
    xAxis: { type: 'time' },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value} %' } },
    series: series.map((s) => ({ name: s.name, type: 'line', step: 'end', showSymbol: true, data: s.points })),
  };
}

function bars(phases) {
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 64, right: 64, top: 36, bottom: 32 },
    xAxis: { type: 'category', data: phases.map((p) => p.name) },
    yAxis: [
      { type: 'value', name: 'capital (m)', axisLabel: { formatter: (v) => `${v}` } },
      { type: 'value', name: 'MW' },
    ],
    series: [
      { name: 'Committed capital (millions)', type: 'bar', data: phases.map((p) => (p.committedCapital ? Number(p.committedCapital.amount) / 1e6 : 0)) },
      { name: 'Capacity (MW)', type: 'bar', yAxisIndex: 1, data: phases.map((p) => (p.capacityMw == null ? 0 : Number(p.capacityMw))) },
    ],
  };
}

customElements.define('jv-venture-page', JvVenturePage);
