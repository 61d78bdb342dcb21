package io.jvplatform.gateway.support;

/** Queries a web client sends, shared by the tests that send them. */
public final class Queries {

    /** The dashboard: a page of ventures with owners, phases and each owner's commitment. */
    public static final String DASHBOARD = """
            query Dashboard($filter: VentureFilter, $first: Int, $after: String) {
              ventures(filter: $filter, first: $first, after: $after) {
                totalCount
                pageInfo { hasNextPage endCursor }
                edges {
                  cursor
                  node {
                    id name program status jurisdiction
                    site { name region country }
                    ownership { ledgerVersion parity stakes { percentage partner { id name } } }
                    fundingPhases {
                      name ordinal kind status capacityMw
                      committedCapital { amount currency }
                      commitments { percentage amount { amount currency } partner { id name } }
                    }
                    totals { amount currency }
                  }
                }
              }
            }
            """;

    private Queries() {
    }
}
