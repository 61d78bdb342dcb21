// The cap table replayed from the ledger on the client, for the timeline and the editor's
// preview: SET replaces the table, TRANSFER moves a percentage (in 1/10000 % units, exact).
import { partnerName, units, today } from './format.js';

/** Stakes after applying entries in ledger order: Map partnerId -> { partner, units }. */
export function replay(entries) {
  let table = new Map();
  for (const e of entries) {
    if (e.type === 'SET') {
      table = new Map((e.stakes || []).map((s) => [key(s.partner), { partner: s.partner, units: units(s.percentage) }]));
    } else if (e.type === 'TRANSFER') {
      move(table, e.from, e.to, units(e.percentage));
    }
  }
  return table;
}

export function move(table, from, to, amount) {
  const giver = table.get(key(from)) || { partner: from, units: 0 };
  giver.units -= amount;
  table.set(key(from), giver);
  const taker = table.get(key(to)) || { partner: to, units: 0 };
  taker.units += amount;
  table.set(key(to), taker);
  for (const [k, v] of table) if (v.units === 0) table.delete(k);
  return table;
}

const key = (partner) => partner?.id ?? partner?.name ?? '?';

/** Each owner's percentage over time: one step series per owner (by name), one point per effective date, up to today. */
export function timeline(entries) {
  const dates = [...new Set(entries.map((e) => e.effectiveDate))].sort();
  if (!dates.length) return [];
  const owners = new Map();
  const tables = dates.map((d) => replay(entries.filter((e) => e.effectiveDate <= d)));
  tables.forEach((t) => t.forEach((v, k) => owners.set(k, v.partner)));
  const end = today() > dates.at(-1) ? today() : dates.at(-1);
  return [...owners].sort((a, b) => partnerName(a[1]).localeCompare(partnerName(b[1]))).map(([k, partner]) => {
    const points = dates.map((d, i) => [d, (tables[i].get(k)?.units || 0) / 10000]);
    points.push([end, points.at(-1)[1]]);
    return { name: partnerName(partner), points };
  });
}
