package io.jvplatform.gateway;

import static io.jvplatform.gateway.support.GraphQL.vars;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.jvplatform.gateway.support.GraphQL;
import io.jvplatform.gateway.support.PlatformResource;
import io.jvplatform.gateway.support.Ventures;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@QuarkusTestResource(PlatformResource.class)
class PagingTests {

    private static final String PROGRAM = "Paging";
    private static final int ACTIVE_VENTURES = 7;
    private static final int STALLED_VENTURES = 4;
    private static final int PAGE_SIZE = 3;

    private static final String PAGE = """
            query Page($filter: VentureFilter, $first: Int, $after: String) {
              ventures(filter: $filter, first: $first, after: $after) {
                totalCount
                pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                edges { cursor node { id name status } }
              }
            }
            """;

    private static boolean created;

    @BeforeEach
    void createVenturesOnce() {
        if (!created) {
            for (int i = 0; i < ACTIVE_VENTURES; i++) {
                Ventures.create("Paging active " + i, PROGRAM, "ACTIVE");
            }
            for (int i = 0; i < STALLED_VENTURES; i++) {
                Ventures.create("Paging stalled " + i, PROGRAM, "STALLED");
            }
            created = true;
        }
    }

    @Test
    void walkingAllPagesVisitsEveryVentureExactlyOnce() {
        List<String> visited = new ArrayList<>();
        String after = null;
        int pages = 0;
        boolean hasNext = true;
        while (hasNext) {
            JsonPath page = GraphQL.ok(PAGE, vars("filter", Map.of("program", PROGRAM), "first", PAGE_SIZE, "after", after));
            visited.addAll(page.getList("data.ventures.edges.node.id"));
            assertThat(page.getBoolean("data.ventures.pageInfo.hasPreviousPage")).isEqualTo(pages > 0);
            hasNext = page.getBoolean("data.ventures.pageInfo.hasNextPage");
            after = page.getString("data.ventures.pageInfo.endCursor");
            assertThat(page.getInt("data.ventures.totalCount")).isEqualTo(ACTIVE_VENTURES + STALLED_VENTURES);
            pages++;
        }

        assertThat(visited).hasSize(ACTIVE_VENTURES + STALLED_VENTURES).doesNotHaveDuplicates();
        assertThat(pages).isEqualTo((ACTIVE_VENTURES + STALLED_VENTURES + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    @Test
    void totalCountCountsTheFilteredVenturesAcrossPages() {
        JsonPath page = GraphQL.ok(PAGE, vars("filter", Map.of("program", PROGRAM, "status", "STALLED"), "first", 2));

        assertThat(page.getInt("data.ventures.totalCount")).isEqualTo(STALLED_VENTURES);
        assertThat(page.getList("data.ventures.edges")).hasSize(2);
        assertThat(page.getList("data.ventures.edges.node.status")).containsOnly("STALLED");
        assertThat(page.getBoolean("data.ventures.pageInfo.hasNextPage")).isTrue();
    }

    @Test
    void aCursorResumesRightAfterItsVenture() {
        JsonPath all = GraphQL.ok(PAGE, vars("filter", Map.of("program", PROGRAM), "first", 100));
        List<String> ids = all.getList("data.ventures.edges.node.id");
        String thirdCursor = all.getString("data.ventures.edges[2].cursor");

        JsonPath rest = GraphQL.ok(PAGE, vars("filter", Map.of("program", PROGRAM), "first", 100, "after", thirdCursor));

        assertThat(rest.getList("data.ventures.edges.node.id", String.class)).isEqualTo(ids.subList(3, ids.size()));
        Set<String> cursors = new HashSet<>(all.getList("data.ventures.edges.cursor"));
        assertThat(cursors).hasSize(ids.size());
    }

    @Test
    void aCursorThatIsNotOursIsTheClientsError() {
        JsonPath result = GraphQL.execute(PAGE, vars("filter", Map.of("program", PROGRAM), "first", 2, "after", "bogus"));

        assertThat(result.getString("errors[0].extensions.code")).isEqualTo("VALIDATION");
        assertThat(result.getString("errors[0].extensions.field")).isEqualTo("after");
    }
}
