package org.rankmeeting.national;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The principal reasons of a national run as small numbers: each distinct reason as the board prints it ("K1 +6",
 * "S1 An IMG below the Step 2 cutoff is filtered out") gets an id once, so a placement keeps four shorts instead of
 * its explanation trail. Safe to share between the threads of one run.
 */
public final class ReasonIds {

    /** The id meaning "no reason here" (a placement with fewer than four principal reasons). */
    public static final short NONE = 0;

    private final ConcurrentHashMap<String, Short> ids = new ConcurrentHashMap<>();
    private final List<String> texts = new ArrayList<>(List.of(""));

    /** The id of this reason, given on first sight. */
    public short id(String reason) {
        Short known = ids.get(reason);
        if (known != null) {
            return known;
        }
        synchronized (texts) {
            return ids.computeIfAbsent(reason, r -> {
                if (texts.size() > Short.MAX_VALUE) {
                    throw new IllegalStateException("more than " + Short.MAX_VALUE + " distinct principal reasons");
                }
                texts.add(r);
                return (short) (texts.size() - 1);
            });
        }
    }

    /** The reason an id stands for. */
    public String text(short id) {
        synchronized (texts) {
            return texts.get(id);
        }
    }

    /** How many distinct reasons have ids. */
    public int size() {
        synchronized (texts) {
            return texts.size() - 1;
        }
    }
}
