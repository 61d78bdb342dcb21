// The documents the web client sends; all variables, never string-built queries.
import { label } from './format.js';
import { AGREEMENT_FIELDS } from './agreements.js';

const choices = (constants) => constants.map((value) => ({ value, label: label(value) }));

export const VENTURES = `
query Ventures($filter: VentureFilter, $first: Int, $after: String) {
  ventures(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node {
      id name program status
      site { name region country }
      ownership { parity stakes { percentage partner { id name } } }
      fundingPhases { status capacityMw }
      totals { amount currency }
    } }
  }
}`;

export const PARTNER_NAMES = `
query PartnerNames($filter: PartnerFilter, $after: String) {
  partners(filter: $filter, first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id name archived } } }
}`;

const STAKES = 'stakes { percentage partner { id name } }';
const SOURCES = 'sources { title url date }';
const PROPOSAL = `id type status basedOnVersion effectiveDate reason stale proposedBy proposedAt expiresAt
      percentage from { id name } to { id name } ${STAKES}
      resultingOwnership { asOf ledgerVersion parity ${STAKES} }`;

export const VENTURE = `
query Venture($id: ID!, $asOf: Date) {
  venture(id: $id) {
    id name legalName description status jurisdiction program announcedDate cooling version
    site { name region country }
    energy { source renewableSharePercent }
    ${SOURCES}
    participants { role partner { id name } }
    ownership(asOf: $asOf) { asOf ledgerVersion parity ${STAKES} }
    current: ownership { ledgerVersion parity ${STAKES} }
    ownershipApprovalRequired
    pendingChanges { ${PROPOSAL} }
    ownershipHistory {
      version type effectiveDate recordedAt actor approvedBy reason percentage
      from { id name } to { id name } ${STAKES}
    }
    fundingPhases {
      id name ordinal kind status targetDate version capacityMw
      committedCapital { amount currency } capitalPerMw { amount currency }
      commitments { percentage amount { amount currency } partner { id name } }
      ${SOURCES}
    }
    totals { amount currency }
  }
}`;

export const PARTNER = `
query Partner($id: ID!) {
  partner(id: $id) {
    id name legalName lei country kind archived description website version
    ventures {
      id name status
      ownership { stakes { percentage partner { id } } }
      participants { role partner { id } }
    }
    agreements { ${AGREEMENT_FIELDS} }
  }
}`;

export const PARTNERS = `
query Partners($filter: PartnerFilter, $after: String) {
  partners(filter: $filter, first: 20, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id name legalName country kind archived } }
  }
}`;

export const GRAPH = `
query Graph($filter: VentureFilter, $after: String) {
  ventures(filter: $filter, first: 100, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges { node { id name ownership { stakes { percentage partner { id name } } } } }
  }
}`;

export const TRANSFER = `
mutation Transfer($ventureId: ID!, $input: TransferStakeInput!) {
  transferStake(ventureId: $ventureId, input: $input) { ledgerVersion }
}`;

export const SET_OWNERSHIP = `
mutation SetOwnership($ventureId: ID!, $input: SetOwnershipInput!) {
  setOwnership(ventureId: $ventureId, input: $input) { ledgerVersion }
}`;

// Ownership changes under four eyes: where a venture requires it, the editor proposes; another admin decides.
export const PROPOSE_TRANSFER = `
mutation ProposeTransfer($ventureId: ID!, $input: TransferStakeInput!) {
  proposeTransferStake(ventureId: $ventureId, input: $input) { id status }
}`;

export const PROPOSE_SET = `
mutation ProposeSet($ventureId: ID!, $input: SetOwnershipInput!) {
  proposeSetOwnership(ventureId: $ventureId, input: $input) { id status }
}`;

export const APPROVE_PROPOSAL = `
mutation Approve($id: ID!) { approveOwnershipProposal(id: $id) { id status appliedVersion } }`;

export const REJECT_PROPOSAL = `
mutation Reject($id: ID!, $reason: String!) { rejectOwnershipProposal(id: $id, reason: $reason) { id status } }`;

export const WITHDRAW_PROPOSAL = `
mutation Withdraw($id: ID!) { withdrawOwnershipProposal(id: $id) { id status } }`;

export const CREATE_VENTURE = `
mutation CreateVenture($input: VentureInput!) { createVenture(input: $input) { id } }`;

export const UPDATE_VENTURE = `
mutation UpdateVenture($id: ID!, $expectedVersion: Int!, $input: VentureInput!) {
  updateVenture(id: $id, expectedVersion: $expectedVersion, input: $input) { id version }
}`;

export const ADD_PHASE = `
mutation AddPhase($ventureId: ID!, $input: FundingPhaseInput!) { addFundingPhase(ventureId: $ventureId, input: $input) { id } }`;

export const UPDATE_PHASE = `
mutation UpdatePhase($id: ID!, $expectedVersion: Int!, $input: FundingPhaseInput!) {
  updateFundingPhase(id: $id, expectedVersion: $expectedVersion, input: $input) { id version }
}`;

export const ADD_PARTICIPANT = `
mutation AddParticipant($ventureId: ID!, $partnerId: ID!, $role: ParticipantRole!) {
  addParticipant(ventureId: $ventureId, partnerId: $partnerId, role: $role) { id }
}`;

export const REMOVE_PARTICIPANT = `
mutation RemoveParticipant($ventureId: ID!, $partnerId: ID!, $role: ParticipantRole!) {
  removeParticipant(ventureId: $ventureId, partnerId: $partnerId, role: $role) { id }
}`;

export const CREATE_PARTNER = `
mutation CreatePartner($input: PartnerInput!) { createPartner(input: $input) { id } }`;

export const UPDATE_PARTNER = `
mutation UpdatePartner($id: ID!, $expectedVersion: Int!, $input: PartnerInput!) {
  updatePartner(id: $id, expectedVersion: $expectedVersion, input: $input) { id version }
}`;

export const ARCHIVE_PARTNER = `
mutation Archive($id: ID!, $expectedVersion: Int!) { archivePartner(id: $id, expectedVersion: $expectedVersion) { id archived } }`;

export const RESTORE_PARTNER = `
mutation Restore($id: ID!, $expectedVersion: Int!) { restorePartner(id: $id, expectedVersion: $expectedVersion) { id archived } }`;

export const VENTURE_STATUSES = ['ANNOUNCED', 'ACTIVE', 'STALLED', 'DISSOLVED'];
export const PHASE_KINDS = ['INITIAL', 'EXPANSION', 'OPTION'];
export const PHASE_STATUSES = ['PLANNED', 'COMMITTED', 'UNDER_CONSTRUCTION', 'OPERATIONAL', 'CANCELLED'];
export const ROLES = ['BUILDER', 'OPERATOR', 'OFFTAKER', 'ANCHOR_TENANT', 'ADVISOR'];
export const PARTNER_KINDS = ['AI_LAB', 'GOVERNMENT', 'INDUSTRIAL', 'INFRASTRUCTURE_PROVIDER', 'INVESTOR', 'UTILITY', 'OTHER'];

export const VENTURE_FIELDS = [
  { name: 'name', label: 'Name', required: true },
  { name: 'legalName', label: 'Legal name' },
  { name: 'jurisdiction', label: 'Jurisdiction (ISO country, e.g. NO)', required: true },
  { name: 'status', label: 'Status', type: 'select', options: choices(VENTURE_STATUSES), required: true },
  { name: 'program', label: 'Program' },
  { name: 'announcedDate', label: 'Announced', type: 'date' },
  { name: 'site.name', label: 'Site' },
  { name: 'site.region', label: 'Region' },
  { name: 'site.country', label: 'Site country (ISO)' },
  { name: 'energy.source', label: 'Energy source' },
  { name: 'energy.renewableSharePercent', label: 'Renewable share %', type: 'number' },
  { name: 'cooling', label: 'Cooling' },
  { name: 'description', label: 'Description', type: 'textarea', wide: true },
];

export const PHASE_FIELDS = [
  { name: 'name', label: 'Name', required: true },
  { name: 'ordinal', label: 'Ordinal', type: 'int', required: true },
  { name: 'kind', label: 'Kind', type: 'select', options: choices(PHASE_KINDS), required: true },
  { name: 'status', label: 'Status', type: 'select', options: choices(PHASE_STATUSES), required: true },
  { name: 'committedCapital.amount', label: 'Committed capital (amount)', type: 'number' },
  { name: 'committedCapital.currency', label: 'Currency (ISO 4217)', placeholder: 'USD' },
  { name: 'capacityMw', label: 'Capacity (MW)', type: 'number' },
  { name: 'targetDate', label: 'Target date', type: 'date' },
];

export const PARTNER_FIELDS = [
  { name: 'name', label: 'Name', required: true },
  { name: 'legalName', label: 'Legal name' },
  { name: 'lei', label: 'LEI (ISO 17442)' },
  { name: 'country', label: 'Country (ISO)', required: true },
  { name: 'kind', label: 'Kind', type: 'select', options: choices(PARTNER_KINDS), required: true },
  { name: 'website', label: 'Website' },
  { name: 'description', label: 'Description', type: 'textarea', wide: true },
];
