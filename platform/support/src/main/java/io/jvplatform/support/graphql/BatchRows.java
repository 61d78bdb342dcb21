package io.jvplatform.support.graphql;

import org.dataloader.DataLoader;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The rows of one list in an answer (the ventures of a page, of {@code venturesByIds}, of every
 * partner on a page): the first time a batched field is asked of one row, it is fetched for all rows
 * at once, and each later row reads its value from here, already complete. So graphql-java sees a
 * plain value for every row instead of a data-loader future it must chain and dispatch level by level.
 * <p>
 * It travels down the answer as graphql-java's local context, set by the list's fetcher. A list held
 * by each row of an outer list (the ventures of each partner) shares one instance across all the
 * outer rows, so a level is still one batch. One answer's rows only: nothing outlives the request.
 */
final class BatchRows {

    private final List<Object> rows;
    private final Set<Object> members = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<List<Object>, Map<Object, CompletableFuture<Object>>> fetched = new HashMap<>();
    private final Map<Object, BatchRows> nested = new HashMap<>();

    BatchRows(Iterable<?> rows) {
        this.rows = new ArrayList<>();
        for (Object row : rows) {
            if (row != null) {
                this.rows.add(row);
                members.add(row);
            }
        }
    }

    List<Object> rows() {
        return rows;
    }

    /** Whether this very object (not just an equal one) is one of the rows. */
    boolean holds(Object row) {
        return members.contains(row);
    }

    /**
     * The batched value for {@code row}, fetched through {@code loader} together with every row of the
     * same type on first call for these arguments (the key context, which SmallRye's loader reads from the
     * first key only, is made then); null when {@code row} is not one of the rows. The
     * loader's cache is cleared before each new batch: it keys by row alone, so a second alias of the
     * field with other arguments would otherwise get the first one's values.
     */
    synchronized CompletableFuture<Object> fetch(String loaderName, List<Object> arguments, DataLoader<Object, Object> loader,
                                                 Object row, Supplier<Object> keyContext) {
        List<Object> key = List.of(loaderName, arguments);
        Map<Object, CompletableFuture<Object>> byRow = fetched.get(key);
        if (byRow == null) {
            if (!holds(row)) {
                return null;
            }
            byRow = new IdentityHashMap<>();
            Object context = keyContext.get();
            loader.clearAll();
            for (Object sibling : rows) {
                if (sibling.getClass() == row.getClass() && !byRow.containsKey(sibling)) {
                    byRow.put(sibling, loader.load(sibling, context));
                }
            }
            loader.dispatch();
            fetched.put(key, byRow);
        }
        return byRow.get(row);
    }

    /** The rows of a list that every one of these rows holds under {@code field}, made once. */
    synchronized BatchRows nested(Object field, Supplier<BatchRows> rowsOfAll) {
        return nested.computeIfAbsent(field, ignored -> rowsOfAll.get());
    }
}
