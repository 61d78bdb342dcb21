// GraphQL over plain fetch, like any other client of /graphql. Answers are { data, errors }:
// a partial answer (UPSTREAM_UNAVAILABLE) keeps its data, so the page shows what arrived.
import { accessToken } from './auth.js';

/**
 * Every page of the connection at data[field] (100 a page, at most 20 pages), as one answer: pickers
 * and the registry graph show the whole registry, not its first hundred names. Stops at the first error.
 */
export async function allPages(query, variables, field) {
  let answer = await gql(query, variables);
  const edges = [...(answer.data?.[field]?.edges || [])];
  for (let page = 1; page < 20 && !answer.errors.length && answer.data?.[field]?.pageInfo?.hasNextPage; page += 1) {
    answer = await gql(query, { ...variables, after: answer.data[field].pageInfo.endCursor });
    edges.push(...(answer.data?.[field]?.edges || []));
  }
  return { ...answer, data: answer.data && { ...answer.data, [field]: { ...answer.data[field], edges } } };
}

export async function gql(query, variables = {}) {
  const token = await accessToken();
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  let body = null;
  try {
    body = await response.json();
  } catch {
    // not JSON: reported below as an INTERNAL error
  }
  if (!body) {
    return { data: null, errors: [{ message: `The gateway answered HTTP ${response.status}`, extensions: { code: 'INTERNAL' } }] };
  }
  return { data: body.data ?? null, errors: body.errors ?? [] };
}

export const codes = (errors) => errors.map((e) => e.extensions?.code);

/** The services that did not answer, for the notice of a partial page. */
export function unavailable(errors) {
  return [...new Set(errors.filter((e) => e.extensions?.code === 'UPSTREAM_UNAVAILABLE')
    .map((e) => e.extensions?.service || 'a service'))];
}

/** VALIDATION errors by the input field they name, without the leading "input.". */
export function fieldErrors(errors) {
  const byField = {};
  for (const e of errors) {
    const field = e.extensions?.field;
    if (field && (e.extensions?.code === 'VALIDATION' || e.extensions?.code === 'NOT_FOUND')) {
      byField[field.replace(/^input\./, '')] = e.message;
    }
  }
  return byField;
}

/** Errors that name no field (or one the form does not show), to show above the form. */
export function otherErrors(errors, shownFields = []) {
  return errors.filter((e) => {
    const field = e.extensions?.field?.replace(/^input\./, '');
    return !field || !shownFields.includes(field);
  }).filter((e) => e.extensions?.code !== 'UPSTREAM_UNAVAILABLE');
}
