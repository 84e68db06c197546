package org.rankmeeting.engine;

import org.kie.api.runtime.rule.RuleContext;
import org.rankmeeting.scenario.Bucket;
import org.rankmeeting.scenario.Tier;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One line of the explanation, inserted by a rule's consequence: which rule, which heuristic,
 * what it did to the placement, a sentence in the committee's voice and the values that decided it.
 * The rule name and heuristic ids come from the firing rule itself ({@code @heuristic} metadata),
 * so an explanation line can never name a rule other than the one that produced it.
 *
 * <p>A rule that gates, holds or caps a file on a threshold also says by how much the file missed it
 * ({@link #margin}); {@link Placement#nearMisses()} gathers those into "what held this file back".
 */
public final class Evidence {

    private final int caseId;
    private final String rule;
    private final String heuristic;
    private final Effect effect;
    private final int points;
    private final String sentence;
    private final String values;
    private final Part part;
    private Signal signal;
    private Bucket bucket;
    private Tier tier;
    private String subject;
    private List<Margin> margins = List.of();

    private Evidence(int caseId, String rule, String heuristic, Part part, Effect effect, int points, String sentence, String values) {
        this.caseId = caseId;
        this.part = part;
        this.rule = rule;
        this.heuristic = heuristic;
        this.effect = effect;
        this.points = points;
        this.sentence = sentence;
        this.values = values == null ? "" : values;
    }

    static Evidence of(RuleContext drools, Case c, Effect effect, int points, String sentence, String values) {
        var rule = drools.getRule();
        Object meta = rule.getMetaData().get("heuristic");
        String heuristic = meta == null ? "?" : meta.toString();
        return new Evidence(c.getId(), rule.getName(), heuristic, RuleBase.partOf(rule), effect, points, sentence, values);
    }

    /** Adds (or, negative, takes) committee points; 10 points is one tier. */
    public static Evidence points(RuleContext drools, Case c, int points, String sentence, String values) {
        return of(drools, c, Effect.POINTS, points, sentence, values);
    }

    public static Evidence gate(RuleContext drools, Case c, String sentence, String values) {
        return of(drools, c, Effect.GATE, 0, sentence, values);
    }

    public static Evidence hold(RuleContext drools, Case c, String sentence, String values) {
        return of(drools, c, Effect.HOLD, 0, sentence, values);
    }

    public static Evidence note(RuleContext drools, Case c, String sentence, String values) {
        return of(drools, c, Effect.NOTE, 0, sentence, values);
    }

    public static Evidence order(RuleContext drools, Case c, int places, String sentence, String values) {
        return of(drools, c, Effect.ORDER, places, sentence, values);
    }

    public static Evidence bucket(RuleContext drools, Case c, Bucket bucket, String sentence, String values) {
        Evidence e = of(drools, c, Effect.BUCKET, 0, sentence, values);
        e.bucket = bucket;
        return e;
    }

    public static Evidence band(RuleContext drools, Case c, Tier tier, String sentence, String values) {
        Evidence e = of(drools, c, Effect.BAND, 0, sentence, values);
        e.tier = tier;
        return e;
    }

    /** Marks the evidence with a judgement other rules react to. */
    public Evidence signal(Signal signal) {
        this.signal = signal;
        return this;
    }

    /** Names the person or letter writer the evidence is about. */
    public Evidence about(String subject) {
        this.subject = subject;
        return this;
    }

    /** Says by how much the file missed the threshold this evidence applies (a near miss); may be called more than once. */
    public Evidence margin(Margin margin) {
        List<Margin> more = new ArrayList<>(margins);
        more.add(margin);
        this.margins = List.copyOf(more);
        return this;
    }

    /** A near miss in words only: "this program does not sponsor the J-1 this applicant needs". */
    public Evidence margin(String phrase) {
        return margin(Margin.of(phrase));
    }

    /** A numeric near miss: what was measured, the file's value, the threshold, and the phrase people read. */
    public Evidence margin(String measure, int value, int threshold, String phrase) {
        return margin(Margin.numeric(measure, value, threshold, phrase));
    }

    public int getCaseId() { return caseId; }
    public String getRule() { return rule; }
    public String getHeuristic() { return heuristic; }
    public Effect getEffect() { return effect; }
    public int getPoints() { return points; }
    public String getSentence() { return sentence; }
    public String getValues() { return values; }
    public Signal getSignal() { return signal; }
    /** The part of the file the rule's points are about ({@code @part}), or null. */
    public Part getPart() { return part; }
    public Bucket getBucket() { return bucket; }
    public Tier getTier() { return tier; }
    public String getSubject() { return subject; }
    /** The near misses this evidence records, in the order the rule gave them; empty for most lines. */
    public List<Margin> getMargins() { return margins; }
    public boolean hasMargins() { return !margins.isEmpty(); }

    /** The heuristic family: the letter of the first id (S, B, K, L, U, V, A, I, R, T). */
    public char getFamily() {
        return heuristic.isEmpty() ? '?' : heuristic.charAt(0);
    }

    @Override
    public String toString() {
        return heuristic + " " + rule + " [" + effect.label() + (points != 0 ? " " + signed(points) : "") + "] "
                + sentence + (values.isEmpty() ? "" : " (" + values + ")")
                + (margins.isEmpty() ? "" : " {near miss: " + margins.stream().map(Margin::phrase).collect(Collectors.joining("; ")) + "}");
    }

    public static String signed(int n) {
        return n > 0 ? "+" + n : Integer.toString(n);
    }
}
