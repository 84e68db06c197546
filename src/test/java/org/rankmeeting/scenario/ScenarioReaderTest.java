package org.rankmeeting.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rankmeeting.BadInputException;
import org.rankmeeting.scenario.ScenarioReader.Format;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class ScenarioReaderTest {

    /** Lines 1-8 of most scenarios below: a region, a school in it and a writer. */
    private static final String WORLD = """
            cycle: 2025
            regions:
              - id: south-asia
            schools:
              - id: uni-a
                region: south-asia
            writers:
              - id: dr-x
            """;

    /** A complete valid scenario: WORLD, then a program (lines 9-10) and an applicant (lines 11-15). */
    private static final String VALID = WORLD + """
            programs:
              - id: prog-1
            applicants:
              - id: app-1
                school: uni-a
                step2:
                  score: 244
            """;

    private static Scenario scenario(String yaml) {
        return ScenarioReader.parse("s.yaml", yaml, Format.YAML).scenario();
    }

    private static List<String> problems(String yaml) {
        return problems("s.yaml", yaml, Format.YAML);
    }

    private static List<String> jsonProblems(String json) {
        return problems("s.json", json, Format.JSON);
    }

    private static List<String> problems(String name, String text, Format format) {
        Throwable thrown = catchThrowable(() -> ScenarioReader.parse(name, text, format));
        assertThat(thrown).isInstanceOf(BadInputException.class);
        // One message for the user, nothing chained that a caller might print as a stack trace.
        assertThat(thrown.getCause()).isNull();
        assertThat(thrown.getMessage()).doesNotContain("com.fasterxml", "Exception", "Source:");
        return ((BadInputException) thrown).problems();
    }

    // ---- valid input, defaults, formats -------------------------------------------------------------------

    @Nested
    class ValidInput {

        @Test
        void minimalScenarioGetsDefaultsForAttemptsTakenAndCycle() {
            Scenario s = scenario(VALID.replace("cycle: 2025\n", ""));

            assertThat(s.cycle()).isEqualTo(Year.now().getValue());
            Applicant.Step2 step2 = s.applicants().get(0).step2();
            assertThat(step2.score()).isEqualTo(244);
            assertThat(step2.attempts()).isEqualTo(1);
            assertThat(step2.taken()).isTrue();
            // Everything else absent stays null; absent lists are empty.
            assertThat(s.applicants().get(0).visa()).isNull();
            assertThat(s.applicants().get(0).letters()).isEmpty();
            assertThat(s.programs().get(0).positions()).isNull();
        }

        @Test
        void explicitAttemptsTakenAndCycleAreKept() {
            Scenario s = scenario(VALID.replace("score: 244", "score: 244\n      attempts: 2\n      taken: false"));

            assertThat(s.cycle()).isEqualTo(2025);
            assertThat(s.applicants().get(0).step2()).isEqualTo(new Applicant.Step2(244, 2, false));
        }

        @Test
        void enumValuesAreReadInAnyCaseWithHyphensUnderscoresOrSpaces() {
            Scenario s = scenario(VALID + """
                        usce:
                          - kind: sub-i
                          - kind: SUB_I
                          - kind: Sub I
                          - kind: inpatient
                        visa: Green Card
                    """);

            assertThat(s.applicants().get(0).usce()).extracting(Applicant.Rotation::kind).containsExactly(
                    Applicant.Rotation.Kind.SUB_I, Applicant.Rotation.Kind.SUB_I, Applicant.Rotation.Kind.SUB_I,
                    Applicant.Rotation.Kind.INPATIENT);
            assertThat(s.applicants().get(0).visa()).isEqualTo(Applicant.Visa.GREEN_CARD);
        }

        @Test
        void visaTypesMayBeWrittenWithTheirUsualPunctuation() {
            Scenario s = scenario(VALID.replace("  - id: prog-1\n", """
                      - id: prog-1
                        visas:
                          J-1: {budget: 2, committed: 1}
                          h1b: {budget: 0}
                        screens:
                          sponsors: [H-1B, j1]
                    """) + "    visa: J-1\n");

            Program program = s.programs().get(0);
            assertThat(program.visas()).containsOnlyKeys(Applicant.Visa.J1, Applicant.Visa.H1B);
            assertThat(program.visas().get(Applicant.Visa.J1)).isEqualTo(new Program.VisaBudget(2, 1));
            assertThat(program.screens().sponsors()).containsExactly(Applicant.Visa.H1B, Applicant.Visa.J1);
            assertThat(s.applicants().get(0).visa()).isEqualTo(Applicant.Visa.J1);
        }

        @Test
        void quotedWholeNumbersAreAccepted() {
            Scenario s = scenario(VALID.replace("score: 244", "score: \"244\""));

            assertThat(s.applicants().get(0).step2().score()).isEqualTo(244);
        }

        @Test
        void regionIsFreeTextWhenTheScenarioDeclaresNoRegions() {
            Scenario s = scenario("""
                    schools:
                      - id: uni-a
                        region: Anywhere at all
                    programs:
                      - id: prog-1
                        avoidingRegions: [Somewhere else]
                    applicants:
                      - id: app-1
                        school: uni-a
                        step2: {score: 230}
                    """);

            assertThat(s.schools().get(0).region()).isEqualTo("Anywhere at all");
            assertThat(s.programs().get(0).avoidingRegions()).containsExactly("Somewhere else");
        }

        @Test
        void contactsMayNamePeopleOfAnyProgram() {
            Scenario s = scenario(WORLD + """
                    programs:
                      - id: prog-1
                      - id: prog-2
                        people:
                          - id: alum-1
                            school: uni-a
                    applicants:
                      - id: app-1
                        school: uni-a
                        step2: {score: 244}
                        contacts: [{person: alum-1, said: top}]
                        lateAdvocacy: [{person: alum-1, says: hire her}]
                        localTies: [prog-2]
                    """);

            assertThat(s.applicants().get(0).contacts().get(0).said()).isEqualTo(Applicant.Contact.Verdict.TOP);
        }

        @Test
        void yamlAndTheEquivalentJsonProduceEqualScenarios() {
            String yaml = WORLD + """
                    programs:
                      - id: prog-1
                        category: dependent
                        positions: 6
                        visas:
                          j1: {budget: 2, committed: 1}
                        screens: {imgStep2Cutoff: 230, sponsors: [j1]}
                        letterWriters: {trusted: [dr-x]}
                        people:
                          - {id: alum-1, role: faculty, school: uni-a, since: 2022}
                    applicants:
                      - id: app-1
                        school: uni-a
                        graduationYear: 2021
                        step2: {score: 244, attempts: 1}
                        visa: j1
                        letters: [{writer: dr-x, strength: strong, style: comparative}]
                        usce: [{kind: sub-i, site: prog-1, weeks: 4, letter: strong, writer: dr-x}]
                        contacts: [{person: alum-1, relationship: built, said: top, mentionedAtInterview: true}]
                    expectations:
                      - {applicant: app-1, program: prog-1, stage: interviewed, tier: rank-to-match}
                    """;
            String json = """
                    {
                      "cycle": 2025,
                      "regions": [{"id": "south-asia"}],
                      "schools": [{"id": "uni-a", "region": "south-asia"}],
                      "writers": [{"id": "dr-x"}],
                      "programs": [{
                        "id": "prog-1", "category": "DEPENDENT", "positions": 6,
                        "visas": {"J1": {"budget": 2, "committed": 1}},
                        "screens": {"imgStep2Cutoff": 230, "sponsors": ["j1"]},
                        "letterWriters": {"trusted": ["dr-x"]},
                        "people": [{"id": "alum-1", "role": "faculty", "school": "uni-a", "since": 2022}]
                      }],
                      "applicants": [{
                        "id": "app-1", "school": "uni-a", "graduationYear": 2021,
                        "step2": {"score": 244, "attempts": 1},
                        "visa": "J1",
                        "letters": [{"writer": "dr-x", "strength": "strong", "style": "comparative"}],
                        "usce": [{"kind": "SUB_I", "site": "prog-1", "weeks": 4, "letter": "strong", "writer": "dr-x"}],
                        "contacts": [{"person": "alum-1", "relationship": "built", "said": "top", "mentionedAtInterview": true}]
                      }],
                      "expectations": [{"applicant": "app-1", "program": "prog-1", "stage": "interviewed", "tier": "rank to match"}]
                    }
                    """;

            Scenario fromYaml = ScenarioReader.parse("s.yaml", yaml, Format.YAML).scenario();
            Scenario fromJson = ScenarioReader.parse("s.json", json, Format.JSON).scenario();

            assertThat(fromJson).isEqualTo(fromYaml);
            assertThat(fromYaml.expectations().get(0).tier()).isEqualTo(Tier.RANK_TO_MATCH);
        }

        @Test
        void jsonMapperWritesEnumsAndVisaKeysAsKebabCodesAndReadsItsOwnOutputBack() throws JsonProcessingException {
            Scenario original = scenario(VALID.replace("  - id: prog-1\n", """
                      - id: prog-1
                        imgHistory: once-burned
                        visas:
                          green card: {budget: 1}
                    """) + """
                        usce: [{kind: sub-i, weeks: 4}]
                    expectations:
                      - {applicant: app-1, program: prog-1, tier: rank-to-match}
                    """);

            String json = ScenarioReader.jsonMapper().writeValueAsString(original);

            assertThat(json).contains("\"imgHistory\":\"once-burned\"", "\"green-card\":{\"budget\":1",
                    "\"kind\":\"sub-i\"", "\"tier\":\"rank-to-match\"");
            // Helper methods of the records (School.isUs, Expectation.isOrder) are not written as fields.
            assertThat(json).doesNotContain("\"us\"", "\"order\"");
            assertThat(ScenarioReader.parse("out.json", json, Format.JSON).scenario()).isEqualTo(original);
        }

        @Test
        void readsAFileChoosingTheFormatByExtension(@TempDir Path dir) throws IOException {
            Path yaml = Files.writeString(dir.resolve("scenario.YML"), VALID);
            Path json = Files.writeString(dir.resolve("scenario.json"), """
                    {"programs": [{"id": "p"}], "applicants": [{"id": "a", "school": "s", "step2": {"score": 250}}],
                     "schools": [{"id": "s"}]}
                    """);

            LoadedScenario fromYaml = ScenarioReader.read(yaml);
            LoadedScenario fromJson = ScenarioReader.read(json);

            assertThat(fromYaml.source()).isEqualTo(yaml);
            assertThat(fromYaml.displayName()).isEqualTo(yaml.toString());
            assertThat(fromYaml.scenario().applicants()).extracting(Applicant::id).containsExactly("app-1");
            assertThat(fromJson.scenario().applicants().get(0).step2().score()).isEqualTo(250);
        }

        @Test
        void parsedTextHasNoSourcePath() {
            LoadedScenario loaded = ScenarioReader.parse("<stdin>", VALID, Format.YAML);

            assertThat(loaded.source()).isNull();
            assertThat(loaded.displayName()).isEqualTo("<stdin>");
        }

        @Test
        void aByteOrderMarkIsIgnored() {
            assertThat(scenario("\uFEFF" + VALID).programs()).hasSize(1);
        }
    }

    // ---- files ---------------------------------------------------------------------------------------------

    @Nested
    class FilesOnDisk {

        @Test
        void unsupportedExtensionIsRejected(@TempDir Path dir) throws IOException {
            Path file = Files.writeString(dir.resolve("x.txt"), VALID);

            assertThat(catchThrowable(() -> ScenarioReader.read(file)))
                    .isInstanceOf(BadInputException.class)
                    .hasMessage(file + ": unsupported file type, expected .yaml, .yml or .json");
        }

        @Test
        void utf16WithAByteOrderMarkIsRead(@TempDir Path dir) throws IOException {
            Path le = Files.write(dir.resolve("le.yaml"), ("\uFEFF" + VALID).getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
            Path be = Files.write(dir.resolve("be.yaml"), ("\uFEFF" + VALID).getBytes(java.nio.charset.StandardCharsets.UTF_16BE));

            assertThat(ScenarioReader.read(le).scenario()).isEqualTo(scenario(VALID));
            assertThat(ScenarioReader.read(be).scenario()).isEqualTo(scenario(VALID));
        }

        @Test
        void missingFileIsReportedByName(@TempDir Path dir) {
            Path file = dir.resolve("nowhere.yaml");

            assertThat(catchThrowable(() -> ScenarioReader.read(file)))
                    .isInstanceOf(BadInputException.class)
                    .hasMessage(file + ": no such file");
        }

        @Test
        void directoryIsNotAScenario(@TempDir Path dir) throws IOException {
            Path sub = Files.createDirectory(dir.resolve("cases.yaml"));

            assertThat(catchThrowable(() -> ScenarioReader.read(sub)))
                    .hasMessage(sub + ": is a directory, expected a scenario file");
        }

        @Test
        void problemsInAFileAreReportedWithItsPath(@TempDir Path dir) throws IOException {
            Path file = Files.writeString(dir.resolve("bad.yaml"), VALID.replace("score: 244", "score: abc"));

            assertThat(catchThrowable(() -> ScenarioReader.read(file)))
                    .hasMessage(file + ":15:14: applicants[0].step2.score: expected a whole number, got 'abc'");
        }
    }

    // ---- syntax and emptiness ------------------------------------------------------------------------------

    @Nested
    class Syntax {

        @Test
        void malformedYamlReportsTheParsersLineAndColumn() {
            assertThat(problems("""
                    programs:
                      - id: a
                       name: b
                    """)).containsExactly("s.yaml:3:4: YAML syntax error: expected <block end>, but found "
                    + "'<block mapping start>' (while parsing a block collection that starts at line 2)");
        }

        @Test
        void tabIndentationInYamlIsASyntaxError() {
            assertThat(problems("programs:\n\t- id: a\n"))
                    .singleElement().asString().startsWith("s.yaml:2:1: YAML syntax error: found character '\\t(TAB)'");
        }

        @Test
        void malformedJsonReportsTheParsersLineAndColumn() {
            assertThat(jsonProblems("{\"programs\": [\n  {\"id\": \"a\",, }\n]}"))
                    .containsExactly("s.json:2:14: JSON syntax error: unexpected character ',': "
                            + "was expecting double-quote to start field name");
        }

        @Test
        void truncatedJsonSaysWhereTheOpenListStarted() {
            assertThat(jsonProblems("{\"programs\": [ {\"id\": \"a\"}\n"))
                    .containsExactly("s.json:2:1: JSON syntax error: unexpected end-of-input: "
                            + "expected close marker for Array (opened at line 1, column 14)");
        }

        @Test
        void emptyFileIsReportedWithoutALocation() {
            assertThat(problems("")).containsExactly(
                    "s.yaml: the file is empty; expected a scenario with programs and applicants");
            assertThat(jsonProblems("  \n")).containsExactly(
                    "s.json: the file is empty; expected a scenario with programs and applicants");
        }

        @Test
        void yamlWithOnlyCommentsOrAnEmptyDocumentCountsAsEmpty() {
            assertThat(problems("# nothing yet\n# still nothing\n")).containsExactly(
                    "s.yaml: the file is empty; expected a scenario with programs and applicants");
            assertThat(problems("---\n")).containsExactly(
                    "s.yaml: the file is empty; expected a scenario with programs and applicants");
        }

        @Test
        void aSecondYamlDocumentIsRejected() {
            assertThat(problems(VALID + "---\ntitle: more\n")).containsExactly(
                    "s.yaml:17:1: expected one scenario document, got a second document after it");
        }

        @Test
        void aFieldWrittenTwiceInOneMapIsRejected() {
            assertThat(problems(VALID + "    school: uni-a\n")).containsExactly(
                    "s.yaml:16:5: applicants[0]: field 'school' is written twice in the same map");
            assertThat(jsonProblems("{\"programs\": [{\"id\": \"a\", \"id\": \"b\"}]}")).containsExactly(
                    "s.json:1:27: programs[0]: field 'id' is written twice in the same map");
        }
    }

    // ---- unknown fields and wrong types --------------------------------------------------------------------

    @Nested
    class UnknownFieldsAndTypes {

        @Test
        void unknownFieldSuggestsTheClosestKnownField() {
            assertThat(problems(VALID + "    stpe2: {score: 250}\n")).containsExactly(
                    "s.yaml:16:5: applicants[0]: unknown field 'stpe2'; did you mean 'step2'?");
        }

        @Test
        void unknownFieldMatchingIgnoresCaseAndSeparators() {
            assertThat(problems(VALID + "    graduation_year: 2020\n")).containsExactly(
                    "s.yaml:16:5: applicants[0]: unknown field 'graduation_year'; did you mean 'graduationYear'?");
        }

        @Test
        void unknownTopLevelFieldIsReportedAgainstTheScenario() {
            assertThat(problems("titel: Cycle 2025\n" + VALID)).containsExactly(
                    "s.yaml:1:1: scenario: unknown field 'titel'; did you mean 'title'?");
        }

        @Test
        void unknownFieldInJsonIsLocatedAtItsKey() {
            assertThat(jsonProblems("{\"programs\": [{\"id\": \"a\",\n  \"postions\": 3}]}")).containsExactly(
                    "s.json:2:3: programs[0]: unknown field 'postions'; did you mean 'positions'?");
        }

        @Test
        void unknownFieldWithoutACloseMatchListsTheKnownFields() {
            assertThat(problems(WORLD.replace("  - id: dr-x", "  - id: dr-x\n    favouriteColour: blue") + """
                    programs: [{id: p}]
                    """)).containsExactly("s.yaml:9:5: writers[0]: unknown field 'favouriteColour'; "
                    + "expected one of 'id', 'name', 'role', 'institution', 'country'");
        }

        @Test
        void recordHelperMethodsAreNotFields() {
            assertThat(problems(WORLD.replace("    region: south-asia", "    region: south-asia\n    us: true")))
                    .singleElement().asString().startsWith("s.yaml:7:5: schools[0]: unknown field 'us'; expected one of 'id'");
        }

        @Test
        void textWhereAWholeNumberIsExpected() {
            assertThat(problems(VALID.replace("score: 244", "score: abc"))).containsExactly(
                    "s.yaml:15:14: applicants[0].step2.score: expected a whole number, got 'abc'");
        }

        @Test
        void fractionOrBooleanWhereAWholeNumberIsExpected() {
            assertThat(problems(VALID.replace("score: 244", "score: 244.5"))).containsExactly(
                    "s.yaml:15:14: applicants[0].step2.score: expected a whole number, got 244.5");
            assertThat(problems(VALID.replace("score: 244", "score: true"))).containsExactly(
                    "s.yaml:15:14: applicants[0].step2.score: expected a whole number, got true");
        }

        @Test
        void wholeNumberTooLargeForTheField() {
            assertThat(problems(VALID.replace("score: 244", "score: 99999999999"))).containsExactly(
                    "s.yaml:15:14: applicants[0].step2.score: expected a whole number, got 99999999999, which is out of range");
        }

        @Test
        void listWhereAMapIsExpected() {
            assertThat(problems(VALID.replace("step2:\n      score: 244", "step2: [244, 1]"))).containsExactly(
                    "s.yaml:14:12: applicants[0].step2: expected a map of fields (score, attempts, taken), got a list");
        }

        @Test
        void mapOrTextWhereAListIsExpected() {
            assertThat(problems(WORLD + "programs: {id: prog-1}\n")).containsExactly(
                    "s.yaml:9:11: programs: expected a list, got a map");
            assertThat(problems(VALID + "    localTies: prog-1\n")).containsExactly(
                    "s.yaml:16:16: applicants[0].localTies: expected a list, got 'prog-1'");
        }

        @Test
        void mapWhereTextIsExpected() {
            assertThat(problems(VALID + "    name: {first: Ana}\n")).containsExactly(
                    "s.yaml:16:11: applicants[0].name: expected text, got a map");
        }

        @Test
        void yesIsNotABooleanAndNumbersAreNotBooleans() {
            assertThat(problems(VALID.replace("score: 244", "score: 244\n      taken: yes"))).containsExactly(
                    "s.yaml:16:14: applicants[0].step2.taken: expected true or false, got 'yes'");
            assertThat(problems(VALID.replace("score: 244", "score: 244\n      taken: 1"))).containsExactly(
                    "s.yaml:16:14: applicants[0].step2.taken: expected true or false, got 1");
        }

        @Test
        void aScenarioMustBeAMap() {
            assertThat(problems("- programs\n- applicants\n")).containsExactly("s.yaml:1:1: scenario: expected a map of fields "
                    + "(title, description, cycle, asOf, regions, schools, writers, programs, applicants, expectations, variants, couples), got a list");
        }

        @Test
        void unknownEnumValueListsTheAcceptedCodesAndSuggestsTheClosest() {
            assertThat(problems(VALID + "    visa: j2\n")).containsExactly(
                    "s.yaml:16:11: applicants[0].visa: expected one of 'citizen', 'green-card', 'j1', 'h1b', got 'j2'; "
                            + "did you mean 'j1'?");
            assertThat(problems(VALID + "    usce: [{kind: externship}]\n")).containsExactly(
                    "s.yaml:16:19: applicants[0].usce[0].kind: expected one of 'shadowing', 'observership', 'clinic', "
                            + "'inpatient', 'sub-i', got 'externship'");
        }

        @Test
        void unknownVisaTypeAsAProgramVisasKey() {
            assertThat(problems(VALID.replace("  - id: prog-1", "  - id: prog-1\n    visas:\n      j-2: {budget: 1}")))
                    .containsExactly("s.yaml:12:7: programs[0].visas: expected one of 'citizen', 'green-card', 'j1', "
                            + "'h1b', got 'j-2'; did you mean 'j1'?");
        }

        @Test
        void emptyListEntryIsRejected() {
            assertThat(problems(VALID + "    localTies:\n      -\n")).containsExactly(
                    "s.yaml:17:8: applicants[0].localTies[0]: expected a value, got nothing (an empty entry)");
        }

        @Test
        void wrongTypeInJsonIsLocatedAtTheValue() {
            assertThat(jsonProblems("{\"programs\": [{\"id\": \"a\", \"positions\": \"six\"}]}")).containsExactly(
                    "s.json:1:40: programs[0].positions: expected a whole number, got 'six'");
        }
    }

    // ---- ranges --------------------------------------------------------------------------------------------

    @Nested
    class Ranges {

        @Test
        void step2ScoreMustBeFrom1To300() {
            assertThat(problems(VALID.replace("score: 244", "score: 301"))).containsExactly(
                    "s.yaml:15:14: applicants[0].step2.score: expected a Step 2 score from 1 to 300, got 301");
            assertThat(problems(VALID.replace("score: 244", "score: 0"))).containsExactly(
                    "s.yaml:15:14: applicants[0].step2.score: expected a Step 2 score from 1 to 300, got 0");
        }

        @Test
        void attemptsMustBeAtLeastOne() {
            assertThat(problems(VALID.replace("score: 244", "score: 244\n      attempts: 0"))).containsExactly(
                    "s.yaml:16:17: applicants[0].step2.attempts: expected 1 to 4 attempts (the USMLE allows at most 4), got 0");
        }

        @Test
        void weeksMonthsAndGapYearsMustNotBeNegative() {
            assertThat(problems(VALID + """
                        gapYears: -1
                        usce: [{kind: clinic, weeks: -4}]
                        research: [{kind: poster, months: -2}]
                    """)).containsExactly(
                    "s.yaml:16:15: applicants[0].gapYears: expected 0 or more years, got -1",
                    "s.yaml:17:34: applicants[0].usce[0].weeks: expected 0 to 52 weeks (a year at one site at most), got -4",
                    "s.yaml:18:39: applicants[0].research[0].months: expected 0 to 240 months, got -2");
        }

        @Test
        void positionsMustBeAtLeastOne() {
            assertThat(problems(VALID.replace("  - id: prog-1", "  - id: prog-1\n    positions: 0"))).containsExactly(
                    "s.yaml:11:16: programs[0].positions: expected 1 or more positions, got 0");
        }

        @Test
        void graduationYearMustNotBeAfterTheCycle() {
            assertThat(problems(VALID + "    graduationYear: 2026\n")).containsExactly(
                    "s.yaml:16:21: applicants[0].graduationYear: expected a year from 1950 to 2025 (the scenario's cycle), got 2026");
        }

        @Test
        void graduationYearIsCheckedAgainstTheCurrentYearWhenNoCycleIsGiven() {
            int next = Year.now().getValue() + 1;
            assertThat(problems(VALID.replace("cycle: 2025\n", "") + "    graduationYear: " + next + "\n")).containsExactly(
                    "s.yaml:15:21: applicants[0].graduationYear: expected a year from 1950 to " + (next - 1)
                            + " (the scenario's cycle), got " + next);
        }

        @Test
        void graduationYearBefore1950IsOutOfRange() {
            assertThat(problems(VALID + "    graduationYear: 1949\n")).containsExactly(
                    "s.yaml:16:21: applicants[0].graduationYear: expected a year from 1950 to 2025 (the scenario's cycle), got 1949");
        }

        @Test
        void transcriptPercentMustBeFrom0To100() {
            assertThat(problems(VALID + "    transcript: {percent: 101}\n")).containsExactly(
                    "s.yaml:16:27: applicants[0].transcript.percent: expected a percentage from 0 to 100, got 101");
            assertThat(problems(VALID + "    transcript: {percent: -1}\n")).containsExactly(
                    "s.yaml:16:27: applicants[0].transcript.percent: expected a percentage from 0 to 100, got -1");
        }

        @Test
        void visaBudgetAndCommittedMustNotBeNegative() {
            assertThat(problems(VALID.replace("  - id: prog-1", """
                      - id: prog-1
                        visas:
                          J-1: {budget: -1, committed: -2}\
                    """))).containsExactly(
                    "s.yaml:12:21: programs[0].visas.J-1.budget: expected 0 or more, got -1",
                    "s.yaml:12:36: programs[0].visas.J-1.committed: expected 0 or more, got -2");
        }

        @Test
        void interviewSlotsAndApplicationsMustNotBeNegative() {
            assertThat(problems(VALID.replace("  - id: prog-1", "  - id: prog-1\n    interviews: {slots: -1, applications: -5}")))
                    .containsExactly(
                            "s.yaml:11:25: programs[0].interviews.slots: expected 0 or more, got -1",
                            "s.yaml:11:43: programs[0].interviews.applications: expected 0 or more, got -5");
        }

        @Test
        void imgStep2CutoffMustBeFrom1To300AndMaxYearsSinceGraduationNotNegative() {
            assertThat(problems(VALID.replace("  - id: prog-1", """
                      - id: prog-1
                        screens:
                          imgStep2Cutoff: 301
                          maxYearsSinceGraduation: -1\
                    """))).containsExactly(
                    "s.yaml:12:23: programs[0].screens.imgStep2Cutoff: expected a Step 2 score from 1 to 300, got 301",
                    "s.yaml:13:32: programs[0].screens.maxYearsSinceGraduation: expected 0 or more years, got -1");
        }

        @Test
        void aPersonCannotBeAtTheProgramSinceAYearAfterTheCycle() {
            assertThat(problems(VALID.replace("  - id: prog-1", """
                      - id: prog-1
                        people:
                          - {id: res-1, role: resident, since: 2026}\
                    """))).containsExactly(
                    "s.yaml:12:44: programs[0].people[0].since: expected a year from 1950 to 2025 (the scenario's cycle), got 2026");
        }
    }

    // ---- ids and references --------------------------------------------------------------------------------

    @Nested
    class References {

        @Test
        void applicantSchoolMustBeADeclaredSchool() {
            assertThat(problems(VALID.replace("school: uni-a", "school: uni-b"))).containsExactly(
                    "s.yaml:13:13: applicants[0].school: unknown school 'uni-b'; did you mean 'uni-a'?");
        }

        @Test
        void referenceWithoutACloseMatchListsTheDeclaredIds() {
            assertThat(problems(VALID.replace("school: uni-a", "school: harvard"))).containsExactly(
                    "s.yaml:13:13: applicants[0].school: unknown school 'harvard'; expected one of the schools: 'uni-a'");
        }

        @Test
        void historySchoolAndPersonSchoolMustBeDeclaredSchools() {
            assertThat(problems(VALID.replace("  - id: prog-1", """
                      - id: prog-1
                        history:
                          - {school: uni-aa, outcome: strong}
                        people:
                          - {id: res-1, school: uni-b}\
                    """))).containsExactly(
                    "s.yaml:12:18: programs[0].history[0].school: unknown school 'uni-aa'; did you mean 'uni-a'?",
                    "s.yaml:14:29: programs[0].people[0].school: unknown school 'uni-b'; did you mean 'uni-a'?");
        }

        @Test
        void lettersUsceAndResearchMustNameDeclaredWriters() {
            assertThat(problems(VALID + """
                        letters: [{writer: dr-y, strength: strong}]
                        usce: [{kind: clinic, writer: dr-z}]
                        research: [{kind: project, pi: prof-q}]
                    """)).containsExactly(
                    "s.yaml:16:24: applicants[0].letters[0].writer: unknown writer 'dr-y'; did you mean 'dr-x'?",
                    "s.yaml:17:35: applicants[0].usce[0].writer: unknown writer 'dr-z'; did you mean 'dr-x'?",
                    "s.yaml:18:36: applicants[0].research[0].pi: unknown writer 'prof-q'; expected one of the writers: 'dr-x'");
        }

        @Test
        void programLetterWriterListsMustNameDeclaredWriters() {
            assertThat(problems(VALID.replace("  - id: prog-1", """
                      - id: prog-1
                        letterWriters:
                          trusted: [dr-x]
                          ignored: [dr-xy]
                          redFlag: [dr-q]\
                    """))).containsExactly(
                    "s.yaml:13:17: programs[0].letterWriters.ignored[0]: unknown writer 'dr-xy'; did you mean 'dr-x'?",
                    "s.yaml:14:17: programs[0].letterWriters.redFlag[0]: unknown writer 'dr-q'; did you mean 'dr-x'?");
        }

        @Test
        void writerReferenceWhenNoWritersAreDeclared() {
            assertThat(problems("""
                    schools: [{id: uni-a}]
                    programs: [{id: prog-1}]
                    applicants:
                      - {id: app-1, school: uni-a, step2: {score: 240}, letters: [{writer: dr-x}]}
                    """)).containsExactly(
                    "s.yaml:4:72: applicants[0].letters[0].writer: unknown writer 'dr-x'; the scenario declares no writers");
        }

        @Test
        void contactsAndLateAdvocacyMustNamePeopleOfSomeProgram() {
            assertThat(problems(VALID.replace("  - id: prog-1", "  - id: prog-1\n    people: [{id: alum-1}]") + """
                        contacts: [{person: alum-2}]
                        lateAdvocacy: [{person: dean}]
                    """)).containsExactly(
                    "s.yaml:17:25: applicants[0].contacts[0].person: unknown person 'alum-2'; did you mean 'alum-1'?",
                    "s.yaml:18:29: applicants[0].lateAdvocacy[0].person: unknown person 'dean'; "
                            + "expected one of the people (under programs[].people): 'alum-1'");
        }

        @Test
        void localTiesMustNameDeclaredPrograms() {
            assertThat(problems(VALID + "    localTies: [prog-1, prog-2]\n")).containsExactly(
                    "s.yaml:16:25: applicants[0].localTies[1]: unknown program 'prog-2'; did you mean 'prog-1'?");
        }

        @Test
        void schoolRegionAndAvoidingRegionsMustBeDeclaredRegionsWhenAnyAre() {
            assertThat(problems(VALID.replace("region: south-asia", "region: south asia")
                    .replace("  - id: prog-1", "  - id: prog-1\n    avoidingRegions: [europe]"))).containsExactly(
                    "s.yaml:6:13: schools[0].region: unknown region 'south asia'; did you mean 'south-asia'?",
                    "s.yaml:11:23: programs[0].avoidingRegions[0]: unknown region 'europe'; "
                            + "expected one of the regions: 'south-asia'");
        }

        @Test
        void expectationsMustNameDeclaredApplicantsAndPrograms() {
            assertThat(problems(VALID + """
                    expectations:
                      - {applicant: app-2, program: prog-1, stage: interviewed}
                      - {program: prog-9, above: app-1, below: app-x}
                    """)).containsExactly(
                    "s.yaml:17:17: expectations[0].applicant: unknown applicant 'app-2'; did you mean 'app-1'?",
                    "s.yaml:18:15: expectations[1].program: unknown program 'prog-9'; did you mean 'prog-1'?",
                    "s.yaml:18:44: expectations[1].below: unknown applicant 'app-x'; did you mean 'app-1'?");
        }

        @Test
        void duplicateIdsNameTheLineOfTheFirstDefinition() {
            assertThat(problems("""
                    regions: [{id: r}, {id: r}]
                    schools:
                      - id: uni-a
                      - id: uni-a
                    writers:
                      - id: dr-x
                      - id: dr-x
                    programs:
                      - id: prog-1
                        people: [{id: res-1}]
                      - id: prog-1
                        people: [{id: res-1}]
                    applicants:
                      - {id: app-1, school: uni-a, step2: {score: 240}}
                      - {id: app-1, school: uni-a, step2: {score: 241}}
                    """)).containsExactly(
                    "s.yaml:1:25: regions[1].id: duplicate id 'r' (first defined at line 1)",
                    "s.yaml:4:9: schools[1].id: duplicate id 'uni-a' (first defined at line 3)",
                    "s.yaml:7:9: writers[1].id: duplicate id 'dr-x' (first defined at line 6)",
                    "s.yaml:11:9: programs[1].id: duplicate id 'prog-1' (first defined at line 9)",
                    "s.yaml:12:19: programs[1].people[0].id: duplicate id 'res-1' (first defined at line 10)",
                    "s.yaml:15:10: applicants[1].id: duplicate id 'app-1' (first defined at line 14)");
        }
    }

    // ---- required fields and expectation shapes -----------------------------------------------------------

    @Nested
    class Required {

        @Test
        void scenarioNeedsProgramsAndApplicants() {
            assertThat(problems("title: nothing here\n")).containsExactly(
                    "s.yaml:1:1: scenario: missing required field 'programs'",
                    "s.yaml:1:1: scenario: missing required field 'applicants'");
        }

        @Test
        void emptyProgramAndApplicantListsAreNotEnough() {
            assertThat(problems("programs: []\napplicants: []\n")).containsExactly(
                    "s.yaml:1:11: programs: expected at least one program, got none",
                    "s.yaml:2:13: applicants: expected at least one applicant, got none");
        }

        @Test
        void everyEntityNeedsAnId() {
            assertThat(problems("""
                    regions: [{name: Somewhere}]
                    schools: [{name: A school}]
                    writers: [{name: A writer}]
                    programs:
                      - name: A program
                        people: [{name: A person}]
                    applicants:
                      - {name: Someone, school: x, step2: {score: 240}}
                    """)).contains(
                    "s.yaml:1:11: regions[0]: missing required field 'id'",
                    "s.yaml:2:11: schools[0]: missing required field 'id'",
                    "s.yaml:3:11: writers[0]: missing required field 'id'",
                    "s.yaml:5:5: programs[0]: missing required field 'id'",
                    "s.yaml:6:14: programs[0].people[0]: missing required field 'id'",
                    "s.yaml:8:5: applicants[0]: missing required field 'id'");
        }

        @Test
        void applicantNeedsSchoolAndStep2Score() {
            assertThat(problems(WORLD + """
                    programs: [{id: prog-1}]
                    applicants:
                      - id: app-1
                      - id: app-2
                        school: uni-a
                        step2:
                          attempts: 2
                    """)).containsExactly(
                    "s.yaml:11:5: applicants[0]: missing required field 'school'",
                    "s.yaml:11:5: applicants[0]: missing required field 'step2'",
                    "s.yaml:14:5: applicants[1].step2: missing required field 'score'");
        }

        @Test
        void contactsAndLateAdvocacyNeedAPerson() {
            assertThat(problems(VALID + "    contacts: [{said: top}]\n    lateAdvocacy: [{says: hire}]\n"))
                    .containsExactly(
                            "s.yaml:16:16: applicants[0].contacts[0]: missing required field 'person'",
                            "s.yaml:17:20: applicants[0].lateAdvocacy[0]: missing required field 'person'");
        }

        @Test
        void placementExpectationNeedsApplicantProgramAndAStageBucketOrTier() {
            assertThat(problems(VALID + """
                    expectations:
                      - {applicant: app-1, program: prog-1, bucket: probably-safe}
                      - {applicant: app-1, program: prog-1}
                      - {applicant: app-1, tier: mid}
                    """)).containsExactly(
                    "s.yaml:18:5: expectations[1]: expected at least one of 'stage', 'bucket' or 'tier', got none",
                    "s.yaml:19:5: expectations[2]: missing required field 'program'");
        }

        @Test
        void orderExpectationNeedsProgramAboveAndBelow() {
            assertThat(problems(VALID + """
                    expectations:
                      - {program: prog-1, above: app-1}
                      - {above: app-1, below: app-1}
                    """)).containsExactly(
                    "s.yaml:17:5: expectations[0]: missing required field 'below'",
                    "s.yaml:18:5: expectations[1]: missing required field 'program'",
                    "s.yaml:18:27: expectations[1].below: expected an applicant other than 'above', got 'app-1' for both");
        }

        @Test
        void expectationCannotBeBothAPlacementAndAnOrder() {
            assertThat(problems(VALID + """
                    expectations:
                      - {applicant: app-1, program: prog-1, tier: mid, above: app-1}
                    """)).contains(
                    "s.yaml:17:5: expectations[0]: an expectation is either a placement (applicant, program and "
                            + "stage, bucket or tier) or an order (program, above and below), not both");
        }

        @Test
        void expectationWithNeitherShapeSaysWhatIsExpected() {
            assertThat(problems(VALID + "expectations:\n  - why: because\n")).containsExactly(
                    "s.yaml:17:5: expectations[0]: expected either 'applicant' and 'program' with at least one of "
                            + "'stage', 'bucket' or 'tier', or 'program' with 'above' and 'below', got neither");
        }
    }

    // ---- reporting -----------------------------------------------------------------------------------------

    @Test
    void allSemanticProblemsAreReportedSortedByLine() {
        assertThat(problems("""
                cycle: 2025
                schools: [{id: uni-a}]
                applicants:
                  - id: app-1
                    school: uni-b
                    step2: {score: 400}
                programs:
                  - id: prog-1
                    positions: 0
                """)).containsExactly(
                "s.yaml:5:13: applicants[0].school: unknown school 'uni-b'; did you mean 'uni-a'?",
                "s.yaml:6:20: applicants[0].step2.score: expected a Step 2 score from 1 to 300, got 400",
                "s.yaml:9:16: programs[0].positions: expected 1 or more positions, got 0");
    }

    @Test
    void semanticProblemsInJsonPointAtTheValue() {
        assertThat(jsonProblems("""
                {"schools": [{"id": "uni-a"}],
                 "programs": [{"id": "prog-1"}],
                 "applicants": [{"id": "app-1", "school": "uni-a", "step2": {"score": 0}},
                                {"id": "app-1", "school": "uni-c", "step2": {"score": 240}}]}
                """)).containsExactly(
                "s.json:3:71: applicants[0].step2.score: expected a Step 2 score from 1 to 300, got 0",
                "s.json:4:24: applicants[1].id: duplicate id 'app-1' (first defined at line 3)",
                "s.json:4:43: applicants[1].school: unknown school 'uni-c'; did you mean 'uni-a'?");
    }

    @Test
    void withDefaultsFillsOnlyWhatIsMissing() {
        Scenario s = new Scenario(null, null, null, null, null, null, null, null, List.of(
                new Applicant("a", null, "s", null, null, new Applicant.Step2(250, null, false),
                        null, null, null, null, null, null, null, null, null, null, null)), null, null, null);

        Scenario completed = ScenarioReader.withDefaults(s);

        assertThat(completed.cycle()).isEqualTo(Year.now().getValue());
        assertThat(completed.applicants().get(0).step2()).isEqualTo(new Applicant.Step2(250, 1, false));
    }
}
