import { html, nothing } from 'lit';
import { unavailable } from './api.js';

/** The visible notice of a partial answer: what arrived is shown, and the reader is told what is missing. */
export function partialNotice(errors) {
  const services = unavailable(errors);
  if (!services.length) return nothing;
  return html`<div class="notice" role="status" data-testid="partial-notice">
    <strong>Part of this page is missing:</strong> ${services.join(', ')} did not answer, so partner names
    and details are not shown. Everything else is current; reload later to see the rest.
  </div>`;
}

export function errorList(errors) {
  const shown = errors.filter((e) => e.extensions?.code !== 'UPSTREAM_UNAVAILABLE');
  if (!shown.length) return nothing;
  return html`${shown.map((e) => html`<p class="error" role="alert">${e.message}${e.extensions?.code ? html` <code>${e.extensions.code}</code>` : nothing}</p>`)}`;
}
