package org.rankmeeting.whatif;

import org.rankmeeting.engine.Evidence;
import org.rankmeeting.engine.Placement;
import org.rankmeeting.scenario.Program;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One program's verdict on the baseline file and on the variant: placement and rank before and after, and the
 * explanation lines that appeared, disappeared or changed.
 */
public record ProgramDiff(Program program, Placement before, int rankBefore, Placement after, int rankAfter,
                          List<ReasonChange> reasons) {

    public static ProgramDiff of(Program program, Placement before, int rankBefore, Placement after, int rankAfter) {
        return new ProgramDiff(program, before, rankBefore, after, rankAfter, compare(before.trail(), after.trail()));
    }

    /** Levels moved: positive is up (screened out, not invited, then the tiers; see {@link Placement#level()}). */
    public int levelChange() {
        return after.level() - before.level();
    }

    public boolean outcomeChanged() {
        return before.stage() != after.stage() || before.bucket() != after.bucket() || before.tier() != after.tier();
    }

    public boolean anyChange() {
        return outcomeChanged() || rankBefore != rankAfter || before.score() != after.score()
                || before.orderKey() != after.orderKey() || !reasons.isEmpty();
    }

    /**
     * Lines are matched by rule and subject (the letter writer or person a line is about), and by order of
     * appearance when a rule fires more than once for the same subject; a matched pair whose effect, points,
     * bucket, tier, sentence or values differ is a change.
     */
    static List<ReasonChange> compare(List<Evidence> before, List<Evidence> after) {
        Map<String, Evidence> old = keyed(before);
        Map<String, Evidence> now = keyed(after);
        List<ReasonChange> out = new ArrayList<>();
        for (Map.Entry<String, Evidence> e : now.entrySet()) {
            Evidence was = old.get(e.getKey());
            if (was == null) {
                out.add(new ReasonChange(ReasonChange.Kind.APPEARED, null, e.getValue()));
            } else if (!same(was, e.getValue())) {
                out.add(new ReasonChange(ReasonChange.Kind.CHANGED, was, e.getValue()));
            }
        }
        for (Map.Entry<String, Evidence> e : old.entrySet()) {
            if (!now.containsKey(e.getKey())) {
                out.add(new ReasonChange(ReasonChange.Kind.DISAPPEARED, e.getValue(), null));
            }
        }
        return List.copyOf(out);
    }

    private static Map<String, Evidence> keyed(List<Evidence> trail) {
        Map<String, Evidence> out = new LinkedHashMap<>();
        for (Evidence e : trail) {
            String base = e.getRule() + "\u0000" + Objects.toString(e.getSubject(), "");
            String key = base;
            for (int n = 2; out.containsKey(key); n++) {
                key = base + "\u0000" + n;
            }
            out.put(key, e);
        }
        return out;
    }

    private static boolean same(Evidence a, Evidence b) {
        return a.getEffect() == b.getEffect() && a.getPoints() == b.getPoints() && a.getBucket() == b.getBucket()
                && a.getTier() == b.getTier() && a.getSentence().equals(b.getSentence())
                && a.getValues().equals(b.getValues());
    }
}
