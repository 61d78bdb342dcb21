package io.jvplatform.gateway.export;

/**
 * The public query an export runs, through the gateway's own engine with the caller's token: the
 * same roles, partner scoping, error codes and joins (partner names from partners-service) as any
 * client's query. The documents are built from its answer only.
 */
final class VentureExport {

    static final String QUERY = """
            query Export($id: ID!, $asOf: Date) {
              venture(id: $id) {
                id name legalName jurisdiction announcedDate status ledgerVersion
                ownership(asOf: $asOf) { asOf ledgerVersion stakes { partner { ...Holder } percentage } }
                ownershipHistory {
                  version type effectiveDate recordedAt actor reason
                  stakes { partner { ...Holder } percentage }
                  from { ...Holder } to { ...Holder } percentage
                }
              }
            }
            fragment Holder on Partner { id name legalName lei country kind }
            """;

    private VentureExport() {
    }
}
