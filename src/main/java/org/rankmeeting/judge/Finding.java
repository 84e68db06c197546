package org.rankmeeting.judge;

import org.kie.api.runtime.rule.RuleContext;
import org.rankmeeting.scenario.Program;

/**
 * One line of a program's judgement, inserted by a judging rule's consequence: a component's score, a red flag,
 * the interview-day reading or the category, with a sentence in the applicant's voice and the values that decided
 * it. As with the engine's evidence, the rule name and heuristic ids are taken from the firing rule itself.
 */
public final class Finding {

    private final String programId;
    private final String rule;
    private final String heuristic;
    private final String sentence;
    private final String values;
    private Component component;
    private int points;
    private boolean neutral;
    private boolean redFlag;
    private InterviewReading reading;
    private Program.Category category;

    private Finding(String programId, String rule, String heuristic, String sentence, String values) {
        this.programId = programId;
        this.rule = rule;
        this.heuristic = heuristic;
        this.sentence = sentence;
        this.values = values == null ? "" : values;
    }

    private static Finding of(RuleContext drools, ProgramFile f, String sentence, String values) {
        var rule = drools.getRule();
        Object meta = rule.getMetaData().get("heuristic");
        return new Finding(f.getId(), rule.getName(), meta == null ? "?" : meta.toString(), sentence, values);
    }

    /** P2: what one component scores, from 0 to its weight. */
    public static Finding score(RuleContext drools, ProgramFile f, Component component, int points,
                                String sentence, String values) {
        Finding x = of(drools, f, sentence, values);
        x.component = component;
        x.points = points;
        return x;
    }

    /**
     * P2: a component with no data behind it, scored {@code points} (the rules give half the weight, rounded down).
     * The values say so: "no pass-rate data: scored neutral, 12 of 25".
     */
    public static Finding neutral(RuleContext drools, ProgramFile f, Component component, int points, String missing,
                                  String sentence) {
        Finding x = score(drools, f, component, points, sentence,
                missing + ": scored neutral, " + points + " of " + component.weight());
        x.neutral = true;
        return x;
    }

    /** P3: a red flag that is not itself a component score (the website, the roster). */
    public static Finding flag(RuleContext drools, ProgramFile f, String sentence, String values) {
        Finding x = of(drools, f, sentence, values);
        x.redFlag = true;
        return x;
    }

    /** P4: how the interview day read. */
    public static Finding reading(RuleContext drools, ProgramFile f, InterviewReading reading, String sentence, String values) {
        Finding x = of(drools, f, sentence, values);
        x.reading = reading;
        return x;
    }

    /** P1: the category the applicant puts the program in. */
    public static Finding category(RuleContext drools, ProgramFile f, Program.Category category, String sentence,
                                   String values) {
        Finding x = of(drools, f, sentence, values);
        x.category = category;
        return x;
    }

    /** Marks a component score as a red flag as well (P3). */
    public Finding redFlag() {
        this.redFlag = true;
        return this;
    }

    public String getProgramId() { return programId; }
    public String getRule() { return rule; }
    public String getHeuristic() { return heuristic; }
    public String getSentence() { return sentence; }
    public String getValues() { return values; }
    /** The component this line scores, or null. */
    public Component getComponent() { return component; }
    /** The points it gives its component (0 when it scores none). */
    public int getPoints() { return points; }
    /** A component line that scores something. */
    public boolean isScored() { return component != null; }
    /** A component scored neutral because its signal was not recorded. */
    public boolean isNeutral() { return neutral; }
    public boolean isRedFlag() { return redFlag; }
    /** The interview-day reading this line gives, or null. */
    public InterviewReading getReading() { return reading; }
    /** The category this line decides, or null. */
    public Program.Category getCategory() { return category; }

    /** A warning sign for P1: a red flag, or an interview day that read as a service program. */
    public boolean isWarning() { return redFlag || reading == InterviewReading.SERVICE_PROGRAM; }

    /** What the line does, in a few words: "graduate outcomes 30/30", "red flag", "category: dependent but stable". */
    public String effect() {
        if (component != null) {
            return component.label() + " " + points + "/" + component.weight()
                    + (neutral ? ", neutral" : "") + (redFlag ? ", red flag" : "");
        }
        if (redFlag) {
            return "red flag";
        }
        if (reading != null) {
            return "interview day: " + reading.label();
        }
        if (category != null) {
            return "category: " + category.label();
        }
        return "note";
    }

    /** One line: [P2, P3] rule | effect | sentence (values). */
    public String line() {
        return "[" + heuristic + "] " + rule + " | " + effect() + " | " + sentence + (values.isEmpty() ? "" : " (" + values + ")");
    }

    @Override
    public String toString() {
        return programId + ": " + line();
    }
}
