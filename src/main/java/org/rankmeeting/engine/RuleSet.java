package org.rankmeeting.engine;

import java.util.List;

/**
 * The rule sets of a rules folder and their stages, in the order they run: the project's one declaration of them,
 * as a {@code kmodule.xml} would be. A rule joins a stage with {@code agenda-group "STAGE"}; every subject of a
 * session goes through a stage before any goes on to the next, and salience orders rules only inside a stage.
 * A rule that names a stage no rule set has is a rule-file error.
 */
public enum RuleSet {

    /** The rank meeting: files at programs ({@link Case}), explained by {@link Evidence}. */
    MEETING("the rules", 500,
            "screen",         // S, V2: the coordinator's filters, and the Step 2 bar they measure against
            "school",         // K1, K2, K8, A6 rescues, K7: what the program knows of the school and region
            "file",           // U, L, S, V, R, K3, K4, K6, K9: the paper file
            "magnify",        // K5: an unknown school makes the file's flaws weigh more
            "alumni-weight",  // A4, A5: how much alumni input weighs and how the program uses it
            "alumni",         // A1-A3, A7, A8: what the alumni say
            "invite",         // B, A5 hold: the invitation buckets and holds
            "interview",      // I, A7: interview day
            "committee"),     // T: the ladder, late saves, the alumni cap, the rank spot
    /** Programs judged from the applicant's side (P1-P4), on {@code judge.ProgramFile} facts. */
    JUDGING("the judging rules", 200,
            "signals",        // P2, P3: components and red flags from public signals
            "interview-day",  // P4: what the interview day sounded like
            "verdict");       // P1: the total and the category

    private final String label;
    private final int maxFiringsPerSubject;
    private final List<String> stages;

    RuleSet(String label, int maxFiringsPerSubject, String... stages) {
        this.label = label;
        this.maxFiringsPerSubject = maxFiringsPerSubject;
        this.stages = List.of(stages);
    }

    /** How messages name the rule set: "the rules", "the judging rules". */
    public String label() { return label; }

    /** Firings allowed per subject before the rule set is declared to loop. */
    public int maxFiringsPerSubject() { return maxFiringsPerSubject; }

    public List<String> stages() { return stages; }

    /** The rule set a stage belongs to, or null. */
    public static RuleSet ofStage(String stage) {
        for (RuleSet set : values()) {
            if (set.stages.contains(stage)) {
                return set;
            }
        }
        return null;
    }
}
