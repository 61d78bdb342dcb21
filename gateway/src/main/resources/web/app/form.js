// A labelled form whose fields are named by their path in the GraphQL input ("site.country"),
// so an API VALIDATION error is shown at the field its extensions.field names.
import { LitElement, html, nothing } from 'lit';
import { fieldErrors, otherErrors } from './api.js';

class JvForm extends LitElement {
  static properties = {
    fields: { attribute: false },
    values: { attribute: false },
    submitLabel: { attribute: 'submit-label' },
    heading: {},
    errors: { state: true },
    general: { state: true },
    busy: { state: true },
  };

  constructor() {
    super();
    this.fields = [];
    this.values = {};
    this.errors = {};
    this.general = [];
    this.busy = false;
  }

  createRenderRoot() {
    return this;
  }

  /** Called by the owner with the API's errors after a refused save. */
  showErrors(errors) {
    this.errors = fieldErrors(errors);
    this.general = otherErrors(errors, this.fields.map((f) => f.name));
  }

  render() {
    return html`
      <form class="jv-form" novalidate @submit=${this.submit}>
        ${this.heading ? html`<h3>${this.heading}</h3>` : nothing}
        ${this.general.map((e) => html`<p class="error" role="alert">${e.message}</p>`)}
        <div class="fields">${this.fields.map((f) => this.field(f))}</div>
        <div class="actions">
          <button type="submit" ?disabled=${this.busy}>${this.submitLabel || 'Save'}</button>
          <button type="button" class="secondary" @click=${() => this.dispatchEvent(new CustomEvent('cancel'))}>Cancel</button>
        </div>
      </form>`;
  }

  field(f) {
    const id = `f-${this.heading || 'form'}-${f.name}`.replace(/[^a-zA-Z0-9-]/g, '-');
    const value = this.values[f.name] ?? '';
    const error = this.errors[f.name];
    const described = error ? `${id}-error` : nothing;
    let input;
    if (f.type === 'select') {
      input = html`<select id=${id} name=${f.name} aria-describedby=${described} aria-invalid=${error ? 'true' : 'false'}>
        ${f.optional ? html`<option value="">—</option>` : nothing}
        ${f.options.map((o) => html`<option value=${o.value ?? o} ?selected=${String(o.value ?? o) === String(value)}>${o.label ?? o}</option>`)}
      </select>`;
    } else if (f.type === 'textarea') {
      input = html`<textarea id=${id} name=${f.name} rows="3" aria-describedby=${described} .value=${value}></textarea>`;
    } else {
      input = html`<input id=${id} name=${f.name} type=${f.type === 'number' ? 'text' : f.type || 'text'}
        inputmode=${f.type === 'number' ? 'decimal' : nothing} aria-describedby=${described}
        aria-invalid=${error ? 'true' : 'false'} .value=${String(value)} placeholder=${f.placeholder || nothing}>`;
    }
    return html`<div class="field ${f.wide ? 'wide' : ''}">
      <label for=${id}>${f.label}${f.required ? html` <span aria-hidden="true">*</span>` : nothing}</label>
      ${input}
      ${error ? html`<span class="field-error" id=${id}-error role="alert">${error}</span>` : nothing}
    </div>`;
  }

  async submit(event) {
    event.preventDefault();
    const data = new FormData(event.target);
    const input = {};
    for (const f of this.fields) {
      const raw = String(data.get(f.name) ?? '').trim();
      if (raw === '') continue;
      const value = f.type === 'int' ? Number.parseInt(raw, 10) : raw;
      setPath(input, f.name, value);
    }
    this.busy = true;
    this.errors = {};
    this.general = [];
    try {
      const errors = await this.onSave(input);
      if (errors?.length) this.showErrors(errors);
    } finally {
      this.busy = false;
    }
  }
}

function setPath(target, path, value) {
  const parts = path.split('.');
  let node = target;
  for (const part of parts.slice(0, -1)) {
    node[part] ??= {};
    node = node[part];
  }
  node[parts.at(-1)] = value;
}

/** Flattens an API object into the form's dotted names. */
export function flatten(object, prefix = '', out = {}) {
  for (const [key, value] of Object.entries(object || {})) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === 'object' && !Array.isArray(value)) flatten(value, path, out);
    else if (value != null && !Array.isArray(value)) out[path] = value;
  }
  return out;
}

customElements.define('jv-form', JvForm);
