// Money with its currency, exact percentages, ISO dates: what the issue asks of every screen.

export function money(value) {
  if (!value) return '—';
  const amount = Number(value.amount);
  const abs = Math.abs(amount);
  if (abs >= 1e9) return `${value.currency} ${(amount / 1e9).toFixed(2)} bn`;
  if (abs >= 1e6) return `${value.currency} ${(amount / 1e6).toFixed(2)} m`;
  return `${value.currency} ${amount.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

/** Percentages in units of 1/10000 %: exact integer sums for the 100.0000 check. */
export const units = (percentage) => Math.round(Number(percentage) * 10000);
export const fromUnits = (u) => (u / 10000).toFixed(4);
/**
 * A percentage with its 4 places, from the API's exact strings ("33.3334") or what a user typed ("10"),
 * by the digits, never via a double.
 */
export function pct(percentage) {
  if (percentage == null || percentage === '') return '—';
  const digits = /^(-?)(\d*)(?:\.(\d*))?$/.exec(String(percentage).trim());
  if (!digits) return `${Number(percentage).toFixed(4)} %`;
  return `${digits[1]}${digits[2] || '0'}.${`${digits[3] || ''}0000`.slice(0, 4)} %`;
}

export const mw = (value) => (value == null ? '—' : `${Number(value).toLocaleString('en-US')} MW`);

export const label = (constant) => (constant ? constant.charAt(0) + constant.slice(1).toLowerCase().replaceAll('_', ' ') : '—');

export const today = () => new Date().toISOString().slice(0, 10);

export const dateTime = (iso) => (iso ? iso.replace('T', ' ').replace(/\.\d+/, '').replace(/Z$/, ' UTC') : '—');

export const partnerName = (partner) => partner?.name ?? 'unavailable';

export function place(site) {
  if (!site) return '—';
  return [site.name, site.region, site.country].filter(Boolean).join(', ') || '—';
}

/** Largest stake first, then by name: the same order on every screen, whatever order the API used. */
export function byStake(stakes) {
  return [...(stakes || [])].sort((a, b) => Number(b.percentage) - Number(a.percentage)
    || partnerName(a.partner).localeCompare(partnerName(b.partner)));
}
