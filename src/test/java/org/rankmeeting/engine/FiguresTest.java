package org.rankmeeting.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rankmeeting.BadInputException;
import org.rankmeeting.scenario.Tier;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The figures table ({@code rules/figures.yaml}): the rules decide by it and their descriptions are written from it,
 * every figure in it decides something, and a bad table is reported like a bad scenario file.
 */
public class FiguresTest {

    private static final String PROGRAM = "{id: p, screens: {imgStep2Cutoff: 225}}";
    /** An IMG whose best US rotation is an inpatient month with a decent letter (70 on the bundled ladder: +4). */
    private static final String INPATIENT = "{id: a, school: unknown-intl, step2: {score: 240},"
            + " usce: [{kind: inpatient, site: Mercy, weeks: 4, letter: decent, writer: us-attending}]}";
    private static final String CREDIT = "The best US rotation sets the USCE credit";

    @Test
    void editingAFigureInACopyOfTheRulesFolderChangesTheOutcomeAndTheWords(@TempDir Path dir) throws IOException {
        RuleBase edited = withTableEdited(dir, "inpatientWithDecentLetter: 70", "inpatientWithDecentLetter: 50");

        Placement before = RuleFixture.place(PROGRAM, INPATIENT);
        Placement after = RuleFixture.place(edited, PROGRAM, INPATIENT);
        assertThat(RuleFixture.fired(before, CREDIT).getPoints()).isEqualTo(4);
        assertThat(RuleFixture.fired(after, CREDIT).getPoints()).isEqualTo(2);
        assertThat(RuleFixture.fired(after, CREDIT).getValues()).endsWith("ladder value 50/100");
        assertThat(after.score()).isEqualTo(before.score() - 2);
        assertThat(before.tier()).isEqualTo(Tier.UPPER_MID);
        assertThat(after.tier()).isEqualTo(Tier.MID);

        assertThat(description(edited, "USCE ladder: inpatient rotation"))
                .isEqualTo("An inpatient rotation with duties and a decent letter is worth 50 (45 without one).");
        assertThat(description(edited, CREDIT)).contains("a good inpatient month +2,");
        assertThat(description(RuleFixture.RULES, "USCE ladder: inpatient rotation"))
                .isEqualTo("An inpatient rotation with duties and a decent letter is worth 70 (45 without one).");
        assertThat(description(RuleFixture.RULES, CREDIT)).contains("a good inpatient month +4,");
    }

    @Test
    void theKneeOfTheUsceCreditIsAlsoTheRotationAnExamOrientedRegionMustShow(@TempDir Path dir) throws IOException {
        RuleBase edited = withTableEdited(dir, "knee: 70", "knee: 60");
        // A sub-internship without a strong letter: 60 on the bundled ladder.
        String subI = "{id: a, school: rom, step2: {score: 240}, usce: [{kind: sub-i, site: Mercy, weeks: 4}]}";
        String k6 = "Exam-oriented region needs strong US clinical experience";

        Evidence before = RuleFixture.fired(RuleFixture.place(PROGRAM, subI), k6);
        assertThat(before.getValues()).endsWith("no US rotation worth 70 or more on the ladder");
        assertThat(before.getMargins()).extracting(Margin::gap).containsExactly(10);
        RuleFixture.notFired(RuleFixture.place(edited, PROGRAM, subI), k6);

        assertThat(description(RuleFixture.RULES, k6)).contains("at least 70 on the ladder");
        assertThat(description(edited, k6)).contains("at least 60 on the ladder");
    }

    @Test
    void aRulesFolderWithoutATableReadsTheBundledFigures(@TempDir Path dir) throws IOException {
        Path rules = copyOfTheRules(dir);
        Files.delete(rules.resolve(Figures.FILE));
        assertThat(RuleBase.load(rules).figures()).isEqualTo(Figures.bundled());
    }

    /**
     * No dead figures: every figure is read by a rule, by name ({@code figures.alumniWeight().largePool()}), or, for
     * the shape of the credit curve, through {@code figures.usceCredit().of(value)}, whose result each of them moves.
     */
    @Test
    void everyFigureInTheTableIsReadByARule() throws IOException {
        StringBuilder drl = new StringBuilder();
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".drl")).toList()) {
                drl.append(Files.readString(f));
            }
        }
        Figures bundled = Figures.bundled();
        List<String> throughTheCurve = List.of("usceCredit.zeroAt", "usceCredit.knee", "usceCredit.perPointToKnee",
                "usceCredit.perPointAboveKnee");
        assertThat(drl).contains("figures.usceCredit().of(");
        List<String> unread = new ArrayList<>();
        for (String name : bundled.byName().keySet()) {
            String[] parts = name.split("\\.");
            if (throughTheCurve.contains(name)) {
                if (!movesTheCurve(bundled, name)) {
                    unread.add(name + " (the credit curve does not read it)");
                }
            } else if (!drl.toString().contains("figures." + parts[0] + "()." + parts[1] + "()")) {
                unread.add(name);
            }
        }
        assertThat(unread).as("figures no rule reads").isEmpty();
    }

    /** Whether another value of the figure changes the points some ladder value (0-100) is worth. */
    private static boolean movesTheCurve(Figures figures, String name) {
        int value = figures.byName().get(name);
        for (int other : List.of(value - 3, value + 3)) {
            Figures changed = with(figures, name, other);
            for (int v = 0; changed != null && v <= 100; v++) {
                if (changed.usceCredit().of(v) != figures.usceCredit().of(v)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void everyDescriptionThatNamesAFigureIsWrittenFromTheTable() {
        // the bundled rules' descriptions have no placeholder left, and the ones that name figures show the table's numbers
        for (RuleBase.RuleInfo r : RuleFixture.RULES.rules()) {
            assertThat(r.description()).as(r.name()).doesNotContainPattern("\\{[A-Za-z]+\\.[A-Za-z]+(:[A-Za-z]+)?}");
        }
        assertThat(description(RuleFixture.RULES, "Large IMG pool: alumni input weighs more"))
                .isEqualTo("In a pool of 1,000+ applications alumni input carries 80% (not for a school the program knows and trusts).");
        assertThat(description(RuleFixture.RULES, "A voice that praises everyone is discounted"))
                .isEqualTo("A voucher who calls everyone great: two thirds of their praise is discounted.");
    }

    @Test
    void aDescriptionNamingAFigureTheTableLacksIsARuleFileError() {
        String drl = """
                package rankmeeting.rules.test;
                import org.rankmeeting.engine.Case;
                rule "Mistyped figure"
                    @heuristic("U1") @description("Worth {usceLadder.shadowin} of 100.")
                    ruleflow-group "file"
                when
                    $c : Case()
                then
                end
                """;
        assertThatThrownBy(() -> RuleBase.build(List.of(new RuleBase.RuleSource("typo.drl", drl)), "test rules"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("typo.drl: rule 'Mistyped figure': the description names the figure 'usceLadder.shadowin',"
                        + " which is not in figures.yaml; did you mean 'usceLadder.shadowing'?");
    }

    @Test
    void sharesAreWrittenInWordsWhereThereAreCommonOnes() {
        assertThat(Figures.shareInWords(50)).isEqualTo("half");
        assertThat(Figures.shareInWords(67)).isEqualTo("two thirds");
        assertThat(Figures.shareInWords(40)).isEqualTo("40%");
        // a share of points rounds towards zero, as the rules' halves and thirds always have
        assertThat(Figures.share(-7, 50)).isEqualTo(-3);
        assertThat(Figures.share(11, 67)).isEqualTo(7);
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    public static Path copyOfTheRules(Path dir) throws IOException {
        Path rules = dir.resolve("rules");
        Files.createDirectories(rules);
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path f : files.toList()) {
                Files.copy(f, rules.resolve(f.getFileName()));
            }
        }
        return rules;
    }

    /** The rules of a copy of the bundled folder whose figures table has {@code from} replaced by {@code to}. */
    private static RuleBase withTableEdited(Path dir, String from, String to) throws IOException {
        Path rules = copyOfTheRules(dir);
        Path table = rules.resolve(Figures.FILE);
        Files.writeString(table, Files.readString(table).replace(from, to));
        return RuleBase.load(rules);
    }

    private static String description(RuleBase rules, String rule) {
        return rules.rules().stream().filter(r -> r.name().equals(rule)).findFirst().orElseThrow().description();
    }

    /** The figures with one changed, or null when the value is outside the figure's range. */
    static Figures with(Figures figures, String name, int value) {
        Map<String, Integer> values = new LinkedHashMap<>(figures.byName());
        values.put(name, value);
        String yaml = toYaml(values);
        try {
            return Figures.parse("changed.yaml", yaml);
        } catch (BadInputException e) {
            return null;
        }
    }

    static String toYaml(Map<String, Integer> values) {
        StringBuilder out = new StringBuilder();
        String group = "";
        for (Map.Entry<String, Integer> e : values.entrySet()) {
            String[] parts = e.getKey().split("\\.");
            if (!parts[0].equals(group)) {
                group = parts[0];
                out.append(group).append(":\n");
            }
            out.append("  ").append(parts[1]).append(": ").append(e.getValue()).append('\n');
        }
        return out.toString();
    }
}
