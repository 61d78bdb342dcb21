package io.jvplatform.gateway.client;

/**
 * Every document the gateway sends to ventures-service. Partner references come back as
 * {@code partnerRef: partner { id }} (aliased) and are resolved from partners-service in one
 * batch per level. {@link #ASPECTS} fetches the per-venture fields of a whole batch of ventures
 * in one call; {@code @include} variables keep its text constant while only the aspects a
 * client asked for are computed.
 */
public final class VenturesDocuments {

    private static final String VENTURE_FIELDS = """
            fragment VentureFields on Venture {
              id name legalName jurisdiction program status announcedDate cooling description version
              site { name region country }
              energy { renewableSharePercent source }
              sources { title url date }
            }
            """;

    private static final String CAP_TABLE_FIELDS = """
            fragment CapTableFields on CapTable {
              asOf ledgerVersion parity stakes { partnerRef: partner { id } percentage }
            }
            """;

    private static final String PHASE_FIELDS = """
            fragment PhaseFields on FundingPhase {
              id name ordinal kind status capacityMw targetDate version
              committedCapital { amount currency }
              capitalPerMw { amount currency }
              commitments { partnerRef: partner { id } percentage amount { amount currency } }
              sources { title url date }
            }
            """;

    public static final DownstreamOperation VENTURE = new DownstreamOperation("Venture", """
            query Venture($id: ID!) { venture(id: $id) { ...VentureFields } }
            """ + VENTURE_FIELDS);

    public static final DownstreamOperation VENTURES = new DownstreamOperation("Ventures", """
            query Ventures($filter: VentureFilter, $offset: Int, $limit: Int) {
              ventures(filter: $filter, offset: $offset, limit: $limit) { totalCount items { ...VentureFields } }
            }
            """ + VENTURE_FIELDS);

    public static final DownstreamOperation VENTURES_OF_PARTNERS = new DownstreamOperation("VenturesOfPartners", """
            query VenturesOfPartners($partnerIds: [ID!]!) {
              venturesOfPartners(partnerIds: $partnerIds) { partnerId ventures { ...VentureFields } }
            }
            """ + VENTURE_FIELDS);

    public static final DownstreamOperation ASPECTS = new DownstreamOperation("VentureAspects", """
            query VentureAspects($ids: [ID!]!, $asOf: Date, $ownership: Boolean!, $history: Boolean!,
                                 $phases: Boolean!, $participants: Boolean!, $totals: Boolean!) {
              venturesByIds(ids: $ids) {
                id
                ownership(asOf: $asOf) @include(if: $ownership) { ...CapTableFields }
                ownershipHistory @include(if: $history) {
                  version type effectiveDate actor reason recordedAt percentage
                  stakes { partnerRef: partner { id } percentage }
                  fromRef: from { id }
                  toRef: to { id }
                }
                fundingPhases @include(if: $phases) { ...PhaseFields }
                participants @include(if: $participants) { partnerRef: partner { id } role }
                totals @include(if: $totals) { amount currency }
              }
            }
            """ + CAP_TABLE_FIELDS + PHASE_FIELDS);

    public static final DownstreamOperation CREATE_VENTURE = new DownstreamOperation("CreateVenture", """
            mutation CreateVenture($input: VentureInput!) { createVenture(input: $input) { ...VentureFields } }
            """ + VENTURE_FIELDS);

    public static final DownstreamOperation UPDATE_VENTURE = new DownstreamOperation("UpdateVenture", """
            mutation UpdateVenture($id: ID!, $expectedVersion: Int!, $input: VentureInput!) {
              updateVenture(id: $id, expectedVersion: $expectedVersion, input: $input) { ...VentureFields }
            }
            """ + VENTURE_FIELDS);

    public static final DownstreamOperation ADD_PARTICIPANT = new DownstreamOperation("AddParticipant", """
            mutation AddParticipant($ventureId: ID!, $partnerId: ID!, $role: ParticipantRole!) {
              addParticipant(ventureId: $ventureId, partnerId: $partnerId, role: $role) { ...VentureFields }
            }
            """ + VENTURE_FIELDS);

    public static final DownstreamOperation REMOVE_PARTICIPANT = new DownstreamOperation("RemoveParticipant", """
            mutation RemoveParticipant($ventureId: ID!, $partnerId: ID!, $role: ParticipantRole!) {
              removeParticipant(ventureId: $ventureId, partnerId: $partnerId, role: $role) { ...VentureFields }
            }
            """ + VENTURE_FIELDS);

    public static final DownstreamOperation SET_OWNERSHIP = new DownstreamOperation("SetOwnership", """
            mutation SetOwnership($ventureId: ID!, $input: SetOwnershipInput!) {
              setOwnership(ventureId: $ventureId, input: $input) { ...CapTableFields }
            }
            """ + CAP_TABLE_FIELDS);

    public static final DownstreamOperation TRANSFER_STAKE = new DownstreamOperation("TransferStake", """
            mutation TransferStake($ventureId: ID!, $input: TransferStakeInput!) {
              transferStake(ventureId: $ventureId, input: $input) { ...CapTableFields }
            }
            """ + CAP_TABLE_FIELDS);

    public static final DownstreamOperation ADD_FUNDING_PHASE = new DownstreamOperation("AddFundingPhase", """
            mutation AddFundingPhase($ventureId: ID!, $input: FundingPhaseInput!) {
              addFundingPhase(ventureId: $ventureId, input: $input) { ...PhaseFields }
            }
            """ + PHASE_FIELDS);

    public static final DownstreamOperation UPDATE_FUNDING_PHASE = new DownstreamOperation("UpdateFundingPhase", """
            mutation UpdateFundingPhase($id: ID!, $expectedVersion: Int!, $input: FundingPhaseInput!) {
              updateFundingPhase(id: $id, expectedVersion: $expectedVersion, input: $input) { ...PhaseFields }
            }
            """ + PHASE_FIELDS);

    public static final DownstreamOperation PING = new DownstreamOperation("Ping", "query Ping { __typename }");

    private VenturesDocuments() {
    }
}
