package org.rankmeeting.engine;

/**
 * One item of "what held this file back" for a placement: the rule (and heuristic) that set the threshold,
 * and the {@link Margin} by which the file missed it. The distance to the next tier comes from the
 * ladder itself ({@link TierLadder#LADDER_RULE}, heuristic T1) rather than from a rule.
 */
public record NearMiss(String heuristic, String rule, Margin margin) {

    static NearMiss of(Evidence e, Margin m) {
        return new NearMiss(e.getHeuristic(), e.getRule(), m);
    }
}
