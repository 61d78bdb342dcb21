package io.jvplatform.gateway.client;

/** Every document the gateway sends to partners-service. */
public final class PartnersDocuments {

    private static final String PARTNER_FIELDS = """
            fragment PartnerFields on Partner {
              id name legalName lei country kind website description archived version
            }
            """;

    public static final DownstreamOperation PARTNER = new DownstreamOperation("Partner", """
            query Partner($id: ID!) { partner(id: $id) { ...PartnerFields } }
            """ + PARTNER_FIELDS);

    public static final DownstreamOperation PARTNERS_BY_IDS = new DownstreamOperation("PartnersByIds", """
            query PartnersByIds($ids: [ID!]!) { partnersByIds(ids: $ids) { ...PartnerFields } }
            """ + PARTNER_FIELDS);

    public static final DownstreamOperation PARTNERS = new DownstreamOperation("Partners", """
            query Partners($filter: PartnerFilter, $offset: Int, $limit: Int) {
              partners(filter: $filter, offset: $offset, limit: $limit) { totalCount items { ...PartnerFields } }
            }
            """ + PARTNER_FIELDS);

    public static final DownstreamOperation CREATE_PARTNER = new DownstreamOperation("CreatePartner", """
            mutation CreatePartner($input: PartnerInput!) { createPartner(input: $input) { ...PartnerFields } }
            """ + PARTNER_FIELDS);

    public static final DownstreamOperation UPDATE_PARTNER = new DownstreamOperation("UpdatePartner", """
            mutation UpdatePartner($id: ID!, $expectedVersion: Int!, $input: PartnerInput!) {
              updatePartner(id: $id, expectedVersion: $expectedVersion, input: $input) { ...PartnerFields }
            }
            """ + PARTNER_FIELDS);

    public static final DownstreamOperation ARCHIVE_PARTNER = new DownstreamOperation("ArchivePartner", """
            mutation ArchivePartner($id: ID!, $expectedVersion: Int!) {
              archivePartner(id: $id, expectedVersion: $expectedVersion) { ...PartnerFields }
            }
            """ + PARTNER_FIELDS);

    public static final DownstreamOperation RESTORE_PARTNER = new DownstreamOperation("RestorePartner", """
            mutation RestorePartner($id: ID!, $expectedVersion: Int!) {
              restorePartner(id: $id, expectedVersion: $expectedVersion) { ...PartnerFields }
            }
            """ + PARTNER_FIELDS);

    /** The cheapest document a GraphQL server answers: readiness. */
    public static final DownstreamOperation PING = new DownstreamOperation("Ping", "query Ping { __typename }");

    private PartnersDocuments() {
    }
}
