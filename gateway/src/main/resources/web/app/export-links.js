// Downloads of a venture's cap table and ledger (GET /export/ventures/{id}/...). A plain link
// would send no token: the file is fetched with the bearer token, then saved from a blob.
import { LitElement, html, nothing } from 'lit';
import { accessToken } from './auth.js';

const FILES = [
  { file: 'ocf.json', label: 'Export OCF JSON' },
  { file: 'cap-table.csv', label: 'Export cap table CSV' },
  { file: 'ledger.csv', label: 'Export ledger CSV' },
];

class JvExportLinks extends LitElement {
  static properties = { ventureId: { attribute: false }, asOf: { attribute: false }, error: { state: true } };

  createRenderRoot() {
    return this;
  }

  render() {
    return html`<p class="exports" data-testid="exports">${FILES.map((f) => html`<a href="#" class="export" data-file=${f.file}
        @click=${(e) => this.download(e, f.file)}>${f.label}</a> `)}
      ${this.error ? html`<span class="error" role="alert">${this.error}</span>` : nothing}</p>`;
  }

  async download(event, file) {
    event.preventDefault();
    this.error = null;
    const token = await accessToken();
    const query = this.asOf ? `?asOf=${encodeURIComponent(this.asOf)}` : '';
    const response = await fetch(`/export/ventures/${encodeURIComponent(this.ventureId)}/${file}${query}`,
      { headers: { Authorization: `Bearer ${token}` } });
    if (!response.ok) {
      let message = `The export failed (HTTP ${response.status})`;
      try {
        const body = await response.json();
        message = body.errors?.map((e) => `${e.message} (${e.extensions?.code})`).join('; ') || message;
      } catch {
        // not JSON: the status says enough
      }
      this.error = message;
      return;
    }
    const disposition = response.headers.get('Content-Disposition') || '';
    const name = /filename="([^"]+)"/.exec(disposition)?.[1] || file;
    const url = URL.createObjectURL(await response.blob());
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }
}
customElements.define('jv-export-links', JvExportLinks);
