package org.rankmeeting.judge;

import org.rankmeeting.scenario.Program;

import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * An applicant's reading of one program from its public signals (heuristics P1-P4), independent of the category
 * the program's own profile declares.
 *
 * @param programId        the program's id
 * @param programName      its display name
 * @param category         P1: strategically IMG-friendly, dependent but stable or desperate for bodies
 * @param score            P2: the weighted total, 0-100 (the sum of {@link #components()})
 * @param components       P2: each component's score, 0 to its {@link Component#weight()}, heaviest first
 * @param neutral          components scored neutral (half their weight) because their signal was not recorded
 * @param interviewDay     P4: how the interview day read
 * @param declaredCategory the category the scenario's program profile declares (what the rank-meeting engine
 *                         uses), or null; shown for comparison only
 * @param lines            the explanation, in order: the five components (heaviest first), other red flags,
 *                         the interview-day reading, the category
 */
public record Judgement(String programId, String programName, Program.Category category, int score,
                        Map<Component, Integer> components, List<Component> neutral, InterviewReading interviewDay,
                        Program.Category declaredCategory, List<Finding> lines) {

    /**
     * Best program first, as an applicant would rank on these signals alone: strategic before dependent before
     * desperate, then the higher score, then the program id.
     */
    public static final Comparator<Judgement> BEST_FIRST = Comparator
            .comparingInt((Judgement j) -> j.category().ordinal())
            .thenComparing(Comparator.comparingInt((Judgement j) -> j.score()).reversed())
            .thenComparing(Judgement::programId);

    public Judgement {
        EnumMap<Component, Integer> ordered = new EnumMap<>(Component.class);
        ordered.putAll(components);
        components = Collections.unmodifiableMap(ordered);
        neutral = List.copyOf(neutral);
        lines = List.copyOf(lines);
    }

    /** P1: the category the applicant puts the program in. */
    @Override
    public Program.Category category() {
        return category;
    }

    /** P2: the weighted score out of 100; higher is a better training environment on the public evidence. */
    @Override
    public int score() {
        return score;
    }

    /** One component's score (0 to its weight). */
    public int score(Component component) {
        return components.getOrDefault(component, 0);
    }

    /** P3: the lines that raise a red flag, in explanation order. */
    public List<Finding> redFlags() {
        return lines.stream().filter(Finding::isRedFlag).toList();
    }

    /** Red flags plus a service-program interview day: what P1 counts against a program. */
    public int warningSigns() {
        return (int) lines.stream().filter(Finding::isWarning).count();
    }

    /** The line that decided the category. */
    public Finding categoryLine() {
        return lines.stream().filter(l -> l.getCategory() != null).findFirst().orElseThrow();
    }

    /** Whether the applicant's reading agrees with the category the program's profile declares (false when none is declared). */
    public boolean agreesWithDeclared() {
        return declaredCategory == category;
    }
}
