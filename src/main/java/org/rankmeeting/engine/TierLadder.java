package org.rankmeeting.engine;

import org.rankmeeting.scenario.Bucket;
import org.rankmeeting.scenario.Stage;
import org.rankmeeting.scenario.Tier;

import java.util.List;

/**
 * The one place where evidence becomes a placement. The rules decide what counts and by how much;
 * this class only adds up:
 * <ul>
 *   <li>any {@link Effect#GATE} screens the file out; otherwise any {@link Effect#HOLD} means not invited;</li>
 *   <li>an interviewed file's committee score is the sum of its {@link Effect#POINTS}
 *       (the T1 rule gives every interviewed file 20, the middle of the ladder);</li>
 *   <li>every {@value #POINTS_PER_TIER} points is one tier: 40+ rank to match, 30+ upper-mid, 20+ mid,
 *       10+ mid-low, below 10 not ranked; a {@link Effect#BAND} (T4) overrides the score;</li>
 *   <li>the order key inside a tier is the score plus the {@link Effect#ORDER} adjustments.</li>
 * </ul>
 */
public final class TierLadder {

    public static final int POINTS_PER_TIER = 10;

    private TierLadder() {
    }

    public static Tier tierFor(int score) {
        if (score >= 4 * POINTS_PER_TIER) {
            return Tier.RANK_TO_MATCH;
        }
        if (score >= 3 * POINTS_PER_TIER) {
            return Tier.UPPER_MID;
        }
        if (score >= 2 * POINTS_PER_TIER) {
            return Tier.MID;
        }
        if (score >= POINTS_PER_TIER) {
            return Tier.MID_LOW;
        }
        return Tier.NOT_RANKED;
    }

    /**
     * A number that orders outcomes from worst to best, one step per level: screened out 0, not invited 1, then the
     * tiers from not ranked (2) to rank to match (6).
     */
    public static int level(Stage stage, Tier tier) {
        return switch (stage) {
            case SCREENED_OUT -> 0;
            case NOT_INVITED -> 1;
            case INTERVIEWED -> levelOf(tier);
        };
    }

    /** The level of an interviewed file in this tier. */
    public static int levelOf(Tier tier) {
        return 2 + tier.ordinal();
    }

    /** The lowest score that reaches a tier. */
    public static int floorOf(Tier tier) {
        return tier.ordinal() * POINTS_PER_TIER;
    }

    /** The ranked tiers' floors, top first: "40 rank to match, 30 upper-mid, 20 mid, 10 mid-low". */
    public static String floors() {
        StringBuilder out = new StringBuilder();
        Tier[] all = Tier.values();
        for (int i = all.length - 1; i >= 0; i--) {
            if (all[i].isRanked()) {
                out.append(out.length() == 0 ? "" : ", ").append(floorOf(all[i])).append(' ').append(all[i].label());
            }
        }
        return out.toString();
    }

    /** The rule name near misses from the ladder itself carry (heuristic T1). */
    public static final String LADDER_RULE = "The tier ladder";

    /** The tier above this one, or null at the top of the ladder. */
    public static Tier nextTier(Tier tier) {
        Tier[] all = Tier.values();
        return tier.ordinal() + 1 < all.length ? all[tier.ordinal() + 1] : null;
    }

    /**
     * How far a score is from the next tier up: "score 27 is 3 short of upper-mid (30)";
     * null when the score already reaches the top tier.
     */
    public static Margin toNextTier(int score) {
        Tier next = nextTier(tierFor(score));
        if (next == null) {
            return null;
        }
        int floor = floorOf(next);
        return Margin.numeric("score", score, floor,
                "score " + score + " is " + (floor - score) + " short of " + next.label() + " (" + floor + ")");
    }

    public static Placement place(Case c, List<Evidence> trail) {
        boolean gated = false;
        boolean held = false;
        Bucket bucket = null;
        Tier band = null;
        int score = 0;
        int order = 0;
        for (Evidence e : trail) {
            switch (e.getEffect()) {
                case GATE -> gated = true;
                case HOLD -> held = true;
                case BUCKET -> bucket = e.getBucket();
                case BAND -> band = e.getTier();
                case POINTS -> score += e.getPoints();
                case ORDER -> order += e.getPoints();
                case NOTE -> { }
            }
        }
        Stage stage = gated ? Stage.SCREENED_OUT : held ? Stage.NOT_INVITED : Stage.INTERVIEWED;
        Tier tier = null;
        if (stage == Stage.INTERVIEWED) {
            tier = band != null ? band : tierFor(score);
        }
        return new Placement(c.getApplicantId(), c.getApplicantName(), c.getProgramId(), c.getProgramName(),
                stage, gated ? null : bucket, tier, score, score + order, List.copyOf(trail));
    }
}
