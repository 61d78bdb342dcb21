// The shell: login first, then a hash router over the screens. Light DOM everywhere, so the one
// style sheet (style.css) applies and labels, roles and text are what a screen reader sees.
import { LitElement, html, nothing } from 'lit';
import { login, logout } from './auth.js';
import './style.css';
import './chart.js';
import './form.js';
import './ventures-page.js';
import './venture-page.js';
import './partner-pages.js';
import './graph-page.js';
import './agreements.js';

class JvApp extends LitElement {
  static properties = { user: { state: true }, route: { state: true }, failure: { state: true } };

  createRenderRoot() {
    return this;
  }

  async connectedCallback() {
    super.connectedCallback();
    window.addEventListener('hashchange', () => this.navigate());
    try {
      this.user = await login();
      this.navigate();
    } catch (e) {
      this.failure = `Cannot log in: ${e.message || e}`;
    }
  }

  navigate() {
    const [path, query] = (location.hash.replace(/^#/, '') || '/ventures').split('?');
    const parts = path.split('/').filter(Boolean);
    this.route = { parts, params: new URLSearchParams(query || '') };
    window.scrollTo(0, 0);
  }

  render() {
    if (this.failure) return html`<main><p class="error" role="alert">${this.failure}</p></main>`;
    if (!this.user || !this.route) return html`<main><p class="loading">Logging in…</p></main>`;
    const [screen, id] = this.route.parts;
    return html`
      <header class="top">
        <a class="brand" href="#/ventures">jv-platform</a>
        <nav aria-label="Main">
          <a href="#/ventures" aria-current=${screen === 'ventures' || !screen ? 'page' : nothing}>Ventures</a>
          <a href="#/partners" aria-current=${screen === 'partners' ? 'page' : nothing}>Partners</a>
          <a href="#/agreements" aria-current=${screen === 'agreements' ? 'page' : nothing}>Agreements</a>
          <a href="#/graph" aria-current=${screen === 'graph' ? 'page' : nothing}>Ownership graph</a>
        </nav>
        <span class="who" data-testid="user">${this.user.name} <span class="roles">(${this.user.roles.filter((r) => ['viewer', 'partner', 'editor', 'admin'].includes(r)).join(', ')})</span></span>
        <button class="secondary" @click=${logout}>Log out</button>
      </header>
      <main>${this.screen(screen, id)}</main>`;
  }

  screen(screen, id) {
    const user = this.user;
    switch (screen) {
      case 'ventures':
        return id
          ? html`<jv-venture-page .user=${user} .ventureId=${id} .asOf=${this.route.params.get('asOf')}></jv-venture-page>`
          : html`<jv-ventures-page .user=${user} .params=${this.route.params}></jv-ventures-page>`;
      case 'partners':
        return id
          ? html`<jv-partner-page .user=${user} .partnerId=${id}></jv-partner-page>`
          : html`<jv-partners-page .user=${user} .params=${this.route.params}></jv-partners-page>`;
      case 'agreements':
        return html`<jv-agreements-page .params=${this.route.params}></jv-agreements-page>`;
      case 'graph':
        return html`<jv-graph-page .partnerId=${this.route.params.get('partner')}></jv-graph-page>`;
      default:
        return html`<jv-ventures-page .user=${user} .params=${this.route.params}></jv-ventures-page>`;
    }
  }
}
customElements.define('jv-app', JvApp);
