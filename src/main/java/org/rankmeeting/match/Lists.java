package org.rankmeeting.match;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Immutable copies that keep {@code null} elements, so validation can report them instead of failing early. */
final class Lists {

    private Lists() {
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
