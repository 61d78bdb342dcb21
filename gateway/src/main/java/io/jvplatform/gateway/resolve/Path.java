package io.jvplatform.gateway.resolve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A position in the client's answer ({@code ventures.edges.3.node.ownership}), shared by the
 * positions below it: built for every object the resolution walks, turned into a list only for
 * an error.
 */
record Path(Path parent, Object segment) {

    static Path root(String key) {
        return new Path(null, key);
    }

    Path key(String key) {
        return new Path(this, key);
    }

    Path index(int index) {
        return new Path(this, index);
    }

    List<Object> toList() {
        List<Object> segments = new ArrayList<>();
        for (Path path = this; path != null; path = path.parent) {
            segments.add(path.segment);
        }
        Collections.reverse(segments);
        return segments;
    }
}
