package org.rankmeeting.engine;

import org.rankmeeting.scenario.Applicant;
import org.rankmeeting.scenario.Bucket;
import org.rankmeeting.scenario.Program;
import org.rankmeeting.scenario.Stage;
import org.rankmeeting.scenario.Tier;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The outcome for one applicant at one program: how far the file got, its invitation bucket,
 * its tier (interviewed files only), the committee score and order key, and the full trail of evidence.
 */
public record Placement(String applicantId, String applicantName, String programId, String programName,
                        Stage stage, Bucket bucket, Tier tier, int score, int orderKey, List<Evidence> trail) {

    public static final int PRINCIPAL_REASONS = 4;

    /** A stand-in while a search is only collecting what to evaluate: never shown, never cached. */
    static Placement placeholder(Applicant a, Program p) {
        return new Placement(a.id(), a.displayName(), p.id(), p.displayName(), Stage.SCREENED_OUT, null, null, 0, 0, List.of());
    }

    /** On the program's rank list: interviewed and placed in a ranked tier. */
    public boolean isRanked() {
        return stage == Stage.INTERVIEWED && tier != null && tier.isRanked();
    }

    /** The outcome in a few words: "upper-mid", "not invited", "screened out". */
    public String outcomeLabel() {
        return stage == Stage.INTERVIEWED ? tier.label() : stage.label();
    }

    /**
     * The committee score as people may see it: only for a file the committee read (interviewed); null for a file
     * screened out or not invited, whose points nobody added up ({@link #decidedBy()} says what decided it).
     */
    public Integer committeeScore() {
        return stage == Stage.INTERVIEWED ? score : null;
    }

    /**
     * For a file nobody read (screened out or not invited), what decided it: "[S1] An IMG below the Step 2 cutoff
     * is filtered out", the first gate or hold in the trail; null for an interviewed file.
     */
    public String decidedBy() {
        if (stage == Stage.INTERVIEWED) {
            return null;
        }
        Effect stopper = stage == Stage.SCREENED_OUT ? Effect.GATE : Effect.HOLD;
        return trail.stream().filter(e -> e.getEffect() == stopper).findFirst()
                .map(e -> "[" + e.getHeuristic() + "] " + e.getRule()).orElse(stage.label());
    }

    /** "score 27" for a file the committee read, "decided by [B2] ..." for one it did not. */
    public String scoreOrDecider() {
        return stage == Stage.INTERVIEWED ? "score " + score : "decided by " + decidedBy();
    }

    /** A number that orders outcomes from worst to best: screened out, not invited, then the tiers. */
    public int level() {
        return TierLadder.level(stage, tier);
    }

    /**
     * Up to four reasons that moved the outcome most: what screened or held the file when it was stopped,
     * otherwise the largest score, band and order effects.
     */
    public List<Evidence> principalReasons() {
        List<Evidence> out = new ArrayList<>();
        if (stage != Stage.INTERVIEWED) {
            Effect stopper = stage == Stage.SCREENED_OUT ? Effect.GATE : Effect.HOLD;
            addWithEffect(out, stopper);
            addWithEffect(out, Effect.BUCKET);
        } else {
            addWithEffect(out, Effect.BAND);
            List<Evidence> moves = new ArrayList<>();
            for (Evidence e : trail) {
                if ((e.getEffect() == Effect.POINTS || e.getEffect() == Effect.ORDER) && e.getPoints() != 0
                        && e.getSignal() != Signal.LADDER_START) {
                    moves.add(e);
                }
            }
            moves.sort(LARGEST_FIRST); // stable: equal moves stay in trail order
            out.addAll(moves);
        }
        return out.size() > PRINCIPAL_REASONS ? List.copyOf(out.subList(0, PRINCIPAL_REASONS)) : List.copyOf(out);
    }

    private static final Comparator<Evidence> LARGEST_FIRST = Comparator.comparingInt(e -> -Math.abs(e.getPoints()));

    private void addWithEffect(List<Evidence> out, Effect effect) {
        for (Evidence e : trail) {
            if (e.getEffect() == effect) {
                out.add(e);
            }
        }
    }

    /**
     * What held this file back, each with its margin (near misses): for a file that was stopped, the margins
     * of the gates (screened out) or holds (not invited) that stopped it; for an interviewed file, the margins
     * of every rule that capped or cost it on a threshold, then the distance to the next tier on the ladder
     * (left out when a band, not the score, set the tier, and at the top of the ladder). In trail order.
     */
    public List<NearMiss> nearMisses() {
        List<NearMiss> out = new ArrayList<>();
        boolean stopped = stage != Stage.INTERVIEWED;
        Effect stopper = stage == Stage.SCREENED_OUT ? Effect.GATE : Effect.HOLD;
        boolean banded = false;
        for (Evidence e : trail) {
            banded |= e.getEffect() == Effect.BAND;
            boolean counts = stopped ? e.getEffect() == stopper : e.getEffect() != Effect.GATE && e.getEffect() != Effect.HOLD;
            if (counts) {
                e.getMargins().forEach(m -> out.add(NearMiss.of(e, m)));
            }
        }
        if (!stopped && !banded) {
            Margin ladder = TierLadder.toNextTier(score);
            if (ladder != null) {
                out.add(new NearMiss("T1", TierLadder.LADDER_RULE, ladder));
            }
        }
        Evidence band = band();
        if (band != null && band.getMargins().isEmpty() && band.getTier().ordinal() < pointsTier().ordinal()) {
            out.add(NearMiss.of(band, Margin.of("the band sets " + tier.label() + " whatever the score; on points alone "
                    + score + " would be " + pointsTier().label())));
        }
        return List.copyOf(out);
    }

    /** The band that set the tier of an interviewed file instead of its score (T4, A2), or null. */
    public Evidence band() {
        if (stage != Stage.INTERVIEWED) {
            return null;
        }
        Evidence last = null;
        for (Evidence e : trail) {
            if (e.getEffect() == Effect.BAND) {
                last = e;
            }
        }
        return last != null && last.getTier() == tier ? last : null;
    }

    /** The tier the score alone reaches on the ladder (what a band overrides). */
    public Tier pointsTier() {
        return TierLadder.tierFor(score);
    }

    /** Rank-list order: ranked tiers high to low, then order key, then name, then the rest by stage. */
    public static final Comparator<Placement> LIST_ORDER = Comparator
            .comparingInt(Placement::level).reversed()
            .thenComparing(Comparator.comparingInt(Placement::orderKey).reversed())
            .thenComparing(Placement::applicantName)
            .thenComparing(Placement::applicantId);
}
