// Login through Keycloak (realm jv, public client jv-web): authorization code flow with PKCE S256.
// Where Keycloak is comes from the gateway's own configuration (quarkus.oidc.auth-server-url),
// which the gateway sends as a header of /config.json (application.properties, "Web client"):
// index.html is rendered at build time, so it cannot carry a run-time value.
import Keycloak from 'keycloak-js';

const RETURN_TO = 'jv.returnTo';
// Refresh when less than this many seconds are left: access tokens of realm jv live 300 s.
const MIN_VALIDITY_SECONDS = 60;

let keycloak;

export async function login() {
  const response = await fetch('/config.json', { headers: { Accept: 'application/json' } });
  const config = await response.json();
  const realmUrl = response.headers.get('X-JV-Auth-Server-Url') || '';
  const match = realmUrl.match(/^(.+)\/realms\/([^/]+)\/?$/);
  if (!match) {
    throw new Error(`The gateway names no Keycloak realm (X-JV-Auth-Server-Url: '${realmUrl}')`);
  }
  keycloak = new Keycloak({ url: match[1], realm: decodeURIComponent(match[2]), clientId: config.clientId });
  // The redirect target is the bare origin (the realm allows origin/*); the screen the user
  // asked for is kept here and restored after the round trip.
  const isCallback = new URLSearchParams(location.search).has('state');
  if (!isCallback && location.hash) {
    sessionStorage.setItem(RETURN_TO, location.hash);
  }
  await keycloak.init({
    onLoad: 'login-required',
    pkceMethod: 'S256',
    responseMode: 'query',
    checkLoginIframe: false,
    redirectUri: location.origin + '/',
  });
  const returnTo = sessionStorage.getItem(RETURN_TO);
  if (returnTo) {
    sessionStorage.removeItem(RETURN_TO);
    history.replaceState(null, '', '/' + returnTo);
  }
  keycloak.onTokenExpired = () => refresh();
  // Refresh ahead of expiry even when the user only reads (no request would trigger it).
  setInterval(refresh, 30_000);
  return user();
}

async function refresh() {
  try {
    await keycloak.updateToken(MIN_VALIDITY_SECONDS);
  } catch {
    // the Keycloak session ended (idle timeout, logout elsewhere): log in again
    keycloak.login({ redirectUri: location.origin + '/' });
  }
}

/** A token valid for at least another minute, for the next request. */
export async function accessToken() {
  await refresh();
  return keycloak.token;
}

export function user() {
  const token = keycloak.tokenParsed || {};
  const roles = token.realm_access?.roles || [];
  return {
    name: token.preferred_username || '',
    partnerId: token.partner_id || null,
    roles,
    canEdit: roles.includes('editor') || roles.includes('admin'),
    isAdmin: roles.includes('admin'),
    isPartner: roles.includes('partner'),
  };
}

/** Ends the Keycloak session too, not only this page's tokens. */
export function logout() {
  keycloak.logout({ redirectUri: location.origin + '/' });
}
