package org.rankmeeting.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.rankmeeting.BadInputException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and checks a {@link MatchFile} (YAML or JSON), reporting problems as the scenario reader does:
 * {@code <file>:<line>:<col>: <field path>: <what was expected>}, unknown fields and ids with a "did you
 * mean", every problem after binding sorted by line.
 *
 * <h2>Checks</h2>
 * At least one program; every program, applicant and couple has an id, unique in its kind; applicants and
 * couple partners share one namespace (a partner is not also a single applicant, nor in two couples); a
 * program has {@code positions} (0 or more); rank lists name known applicants or programs, each once; a
 * couple has two partners and pairs of two entries, each a program or {@code no-match}, not both
 * {@code no-match}; expectations name a known applicant and/or program.
 */
public final class MatchFileReader {

    /** A match file as read, with the name messages use for it. */
    public record Loaded(String displayName, MatchFile file) {}

    private MatchFileReader() {
    }

    /** Whether the file's text is a match file: some program writes {@code rankList} as a list. Unreadable text is not. */
    public static boolean isMatchFile(String text, ScenarioReader.Format format) {
        try {
            JsonNode programs = ScenarioReader.mapper(format).readTree(text).path("programs");
            for (JsonNode program : programs) {
                if (program.path("rankList").isArray()) {
                    return true;
                }
            }
            return false;
        } catch (Exception e) {
            return false;
        }
    }

    /** Whether {@code file} can be read and is a match file. */
    public static boolean isMatchFile(Path file) {
        try {
            ScenarioReader.Text t = ScenarioReader.load(file);
            return isMatchFile(t.text(), t.format());
        } catch (BadInputException e) {
            return false;
        }
    }

    /** @throws BadInputException for an unreadable file or any problem in it */
    public static Loaded read(Path file) {
        ScenarioReader.Text t = ScenarioReader.load(file);
        return parse(t.displayName(), t.text(), t.format());
    }

    /** @throws BadInputException for any problem in the text */
    public static Loaded parse(String displayName, String text, ScenarioReader.Format format) {
        ObjectMapper mapper = ScenarioReader.mapper(format);
        MatchFile file = ScenarioReader.bind(displayName, text, format, mapper, MatchFile.class, "match file");
        Checker checker = new Checker(file, LocationIndex.build(mapper, text));
        checker.run();
        if (!checker.problems.isEmpty()) {
            checker.problems.sort(Comparator.comparingInt((ScenarioValidator.Problem p) -> Messages.line(p.location()))
                    .thenComparingInt(p -> Messages.column(p.location())));
            throw new BadInputException(checker.problems.stream().map(p -> p.format(displayName)).toList());
        }
        return new Loaded(displayName, file);
    }

    private static final class Checker {
        private final MatchFile file;
        private final LocationIndex index;
        private final List<ScenarioValidator.Problem> problems = new ArrayList<>();
        private final Map<String, FieldPath> programs = new LinkedHashMap<>();
        private final Map<String, FieldPath> applicants = new LinkedHashMap<>();
        private final Map<String, FieldPath> couples = new LinkedHashMap<>();

        Checker(MatchFile file, LocationIndex index) {
            this.file = file;
            this.index = index;
        }

        void run() {
            FieldPath root = FieldPath.ROOT;
            if (file.programs().isEmpty()) {
                problem(index.entry(root.field("programs")), root.field("programs"), "expected at least one program, got none");
            }
            for (int i = 0; i < file.programs().size(); i++) {
                FieldPath p = root.field("programs").index(i);
                id(p, p.field("id"), file.programs().get(i).id(), programs, "program");
            }
            for (int i = 0; i < file.applicants().size(); i++) {
                FieldPath a = root.field("applicants").index(i);
                id(a, a.field("id"), file.applicants().get(i).id(), applicants, "applicant");
            }
            for (int i = 0; i < file.couples().size(); i++) {
                FieldPath c = root.field("couples").index(i);
                Couple couple = file.couples().get(i);
                id(c, c.field("id"), couple.id(), couples, "couple");
                FieldPath partners = c.field("partners");
                if (couple.partners().size() != 2) {
                    problem(index.value(partners), partners, "expected two partners, got " + couple.partners().size());
                }
                for (int j = 0; j < couple.partners().size(); j++) {
                    id(partners.index(j), partners.index(j), couple.partners().get(j), applicants, "applicant");
                }
            }
            for (int i = 0; i < file.programs().size(); i++) {
                FieldPath p = root.field("programs").index(i);
                MatchFile.MatchProgram program = file.programs().get(i);
                if (program.positions() == null) {
                    missing(p, "positions");
                } else if (program.positions() < 0) {
                    problem(index.value(p.field("positions")), p.field("positions"), "expected 0 or more positions, got " + program.positions());
                }
                list(p.field("rankList"), program.rankList(), applicants, "applicant");
            }
            for (int i = 0; i < file.applicants().size(); i++) {
                list(root.field("applicants").index(i).field("rankList"), file.applicants().get(i).rankList(), programs, "program");
            }
            for (int i = 0; i < file.couples().size(); i++) {
                pairs(root.field("couples").index(i).field("rankList"), file.couples().get(i).rankList());
            }
            for (int i = 0; i < file.expectations().size(); i++) {
                expectation(root.field("expectations").index(i), file.expectations().get(i));
            }
        }

        /** An id at {@code at}, unique among {@code seen}; {@code entity} is what lacks it when it is missing. */
        private void id(FieldPath entity, FieldPath at, String id, Map<String, FieldPath> seen, String kind) {
            if (id == null) {
                missing(entity, "id");
            } else if (id.isBlank() || id.equals(Couple.NO_MATCH)) {
                problem(index.value(at), at, "expected an id, got '" + id + "'");
            } else if (seen.containsKey(id)) {
                problem(index.value(at), at, "duplicate " + kind + " id '" + id + "' (first at line "
                        + Messages.line(index.value(seen.get(id))) + ")");
            } else {
                seen.put(id, at);
            }
        }

        private void list(FieldPath path, List<String> entries, Map<String, FieldPath> known, String kind) {
            List<String> seen = new ArrayList<>();
            for (int j = 0; j < entries.size(); j++) {
                FieldPath at = path.index(j);
                String id = entries.get(j);
                ref(at, id, known, kind);
                if (seen.contains(id)) {
                    problem(index.value(at), at, kind + " '" + id + "' is ranked twice (first at position " + (seen.indexOf(id) + 1) + ")");
                }
                seen.add(id);
            }
        }

        private void pairs(FieldPath path, List<List<String>> pairs) {
            for (int j = 0; j < pairs.size(); j++) {
                FieldPath at = path.index(j);
                List<String> pair = pairs.get(j);
                String wrong = Couple.pairProblem(pair);
                if (wrong != null) {
                    problem(index.value(at), at, wrong);
                }
                if (pair.size() != 2) {
                    continue;
                }
                for (int k : Couple.programPlaces(pair)) {
                    ref(at.index(k), pair.get(k), programs, "program");
                }
            }
        }

        private void expectation(FieldPath path, MatchFile.MatchExpectation e) {
            if (e.applicant() == null && e.program() == null) {
                problem(index.entry(path), path, "expected 'applicant' (with 'program', or 'no-match' for unmatched) "
                        + "or 'program' with 'unfilled', got neither");
                return;
            }
            if (e.applicant() != null) {
                ref(path.field("applicant"), e.applicant(), applicants, "applicant");
                if (e.program() == null) {
                    missing(path, "program");
                }
                if (e.unfilled() != null) {
                    problem(index.value(path.field("unfilled")), path.field("unfilled"), "'unfilled' goes with a program alone, not with an applicant");
                }
            } else if (e.unfilled() == null) {
                missing(path, "unfilled");
            }
            if (e.program() != null && !(e.applicant() != null && Couple.NO_MATCH.equals(e.program()))) {
                ref(path.field("program"), e.program(), programs, "program");
            }
            if (e.choice() != null && e.choice() < 1) {
                problem(index.value(path.field("choice")), path.field("choice"), "expected a choice of 1 or more, got " + e.choice());
            }
        }

        private void ref(FieldPath path, String value, Map<String, FieldPath> known, String kind) {
            if (value == null || known.containsKey(value)) {
                return;
            }
            String message = "unknown " + kind + " '" + value + "'";
            String suggestion = Suggestions.didYouMean(value, known.keySet());
            if (!suggestion.isEmpty()) {
                message += suggestion;
            } else if (!known.isEmpty()) {
                message += "; expected one of " + Suggestions.list(known.keySet());
            }
            problem(index.value(path), path, message);
        }

        private void missing(FieldPath entity, String field) {
            problem(index.entry(entity), entity, "missing required field '" + field + "'");
        }

        private void problem(JsonLocation location, FieldPath path, String message) {
            problems.add(new ScenarioValidator.Problem(location, path.dotted(), message));
        }
    }
}
