package org.rankmeeting.engine;

import org.rankmeeting.scenario.Applicant;

import java.util.HashMap;
import java.util.Map;

/**
 * Placements already worked out, by applicant file (the instance itself, compared by identity), program and
 * meeting state. Files are immutable records and the rules are deterministic, so a hit is exactly the placement a
 * fresh evaluation would give. Not thread-safe; one cache per search.
 */
public final class PlacementCache {

    private record Key(Applicant applicant, String program, CaseFactory.MeetingState state) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.applicant == applicant && k.program.equals(program) && k.state.equals(state);
        }

        @Override
        public int hashCode() {
            return (System.identityHashCode(applicant) * 31 + program.hashCode()) * 31 + state.hashCode();
        }
    }

    private final Map<Key, Placement> placements = new HashMap<>();
    private int hits;
    private int misses;

    Placement get(Applicant applicant, String program, CaseFactory.MeetingState state) {
        Placement p = placements.get(new Key(applicant, program, state));
        if (p == null) {
            misses++;
        } else {
            hits++;
        }
        return p;
    }

    void put(Applicant applicant, String program, CaseFactory.MeetingState state, Placement placement) {
        placements.put(new Key(applicant, program, state), placement);
    }

    public int hits() {
        return hits;
    }

    public int misses() {
        return misses;
    }

    public int size() {
        return placements.size();
    }
}
