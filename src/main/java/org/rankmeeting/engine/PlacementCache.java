package org.rankmeeting.engine;

import org.rankmeeting.scenario.Applicant;

import org.rankmeeting.scenario.Program;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
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

    /** A file the engine needed while collecting, to be evaluated later in one batch. */
    record Pending(Applicant applicant, Program program, CaseFactory.MeetingState state) {
    }

    private final Map<Key, Placement> placements = new HashMap<>();
    /** Null unless {@link #shareAlike()}: the placements worked out in batches, by what the rules can tell apart. */
    private Map<AlikeCases.Key, Placement> alike;
    private final Map<Key, Pending> pending = new LinkedHashMap<>();
    private boolean collecting;
    private int hits;
    private int misses;
    private int noted;
    private int evaluated;
    private int shared;

    /**
     * While collecting, a miss is not evaluated: it is noted, and the file's opening placement stands in for it so
     * the meeting can go on. A dry run in this mode finds every evaluation a set of runs will need, so that
     * {@link Engine#evaluatePending} can do them in a few large sessions instead of many one-file sessions.
     */
    void collect(boolean on) {
        this.collecting = on;
    }

    boolean collecting() {
        return collecting;
    }

    /**
     * From now on, a case the rules cannot tell from one already evaluated in a batch ({@link AlikeCases}) takes its
     * placement instead of a fresh evaluation: the same stage, bucket, tier, score, order key and rules fired, but its
     * evidence may name the other case's writer, person or site. For a search that reads only those (a counterfactual
     * search; its answers are re-run afresh before they are shown), not for a meeting anyone reads.
     */
    public PlacementCache shareAlike() {
        if (alike == null) {
            alike = new HashMap<>();
        }
        return this;
    }

    /** The placement of a case alike this key, or null (and null when not sharing). */
    Placement alike(AlikeCases.Key key) {
        return alike == null ? null : alike.get(key);
    }

    boolean sharesAlike() {
        return alike != null;
    }

    /** Keeps a fresh placement by its key, and remembers it for the file like {@link #put}. */
    void putAlike(AlikeCases.Key key, Applicant applicant, String program, CaseFactory.MeetingState state, Placement placement) {
        alike.putIfAbsent(key, placement);
        put(applicant, program, state, placement);
    }

    /** A placement taken from an alike case: remembered for the file, not counted as evaluated. */
    void share(Applicant applicant, String program, CaseFactory.MeetingState state, Placement placement) {
        shared++;
        placements.put(new Key(applicant, program, state), placement);
    }

    /** Placements taken from an alike case instead of evaluated. */
    public int shared() {
        return shared;
    }

    void note(Applicant applicant, Program program, CaseFactory.MeetingState state) {
        noted++;
        pending.putIfAbsent(new Key(applicant, program.id(), state), new Pending(applicant, program, state));
    }

    List<Pending> drainPending() {
        List<Pending> out = new ArrayList<>(pending.values());
        pending.clear();
        return out;
    }

    Placement get(Applicant applicant, String program, CaseFactory.MeetingState state) {
        Placement p = placements.get(new Key(applicant, program, state));
        if (p == null) {
            misses++;
        } else {
            hits++;
        }
        return p;
    }

    /** As {@link #get}, without counting a hit or a miss. */
    Placement peek(Applicant applicant, String program, CaseFactory.MeetingState state) {
        return placements.get(new Key(applicant, program, state));
    }

    void put(Applicant applicant, String program, CaseFactory.MeetingState state, Placement placement) {
        evaluated++;
        placements.put(new Key(applicant, program, state), placement);
    }

    /** Misses noted while collecting, ever: a run that notes none used only placements already worked out. */
    int noted() {
        return noted;
    }

    /** Placements the rules worked out through this cache (each a fresh evaluation of one file at one program). */
    public int evaluated() {
        return evaluated;
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
