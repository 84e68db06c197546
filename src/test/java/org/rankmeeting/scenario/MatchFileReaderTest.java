package org.rankmeeting.scenario;

import org.junit.jupiter.api.Test;
import org.rankmeeting.BadInputException;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Plain match files: recognised by their programs' list-shaped rankList, read with located errors. */
class MatchFileReaderTest {

    private static final String GOOD = """
            programs:
              - {id: city, positions: 1, rankList: [ann, sam, bob]}
              - {id: mercy, positions: 2, rankList: [bob]}
            applicants:
              - {id: sam, rankList: [city]}
            couples:
              - {id: ann+bob, partners: [ann, bob], rankList: [[city, mercy], [no-match, mercy]]}
            expectations:
              - {applicant: ann, program: city, choice: 1}
              - {program: mercy, unfilled: 1}
            """;

    private static MatchFile parse(String text) {
        return MatchFileReader.parse("m.yaml", text, ScenarioReader.Format.YAML).file();
    }

    private static String problems(String text) {
        try {
            parse(text);
        } catch (BadInputException e) {
            return String.join("\n", e.problems());
        }
        throw new AssertionError("expected the match file to be refused");
    }

    @Test
    void aFileIsAMatchFileWhenAProgramWritesItsRankListAsAList() {
        assertThat(MatchFileReader.isMatchFile(GOOD, ScenarioReader.Format.YAML)).isTrue();
        assertThat(MatchFileReader.isMatchFile("programs:\n  - {id: a, rankList: {target: 3}}\n", ScenarioReader.Format.YAML)).isFalse();
        assertThat(MatchFileReader.isMatchFile(Path.of("scenarios/16-nrmp-classic-example.yaml"))).isTrue();
        assertThat(MatchFileReader.isMatchFile(Path.of("scenarios/14-rank-night-to-match-day.yaml"))).isFalse();
    }

    @Test
    void aGoodFileIsReadAsWritten() {
        MatchFile m = parse(GOOD);
        assertThat(m.programs()).extracting(MatchFile.MatchProgram::id).containsExactly("city", "mercy");
        assertThat(m.couples().get(0).rankList().get(1)).containsExactly("no-match", "mercy");
        assertThat(m.expectations()).hasSize(2);
    }

    @Test
    void aMisspelledFieldIsReportedWhereItIsWrittenWithADidYouMean() {
        assertThat(problems(GOOD.replace("positions: 2", "positons: 2")))
                .isEqualTo("m.yaml:3:17: programs[1]: unknown field 'positons'; did you mean 'positions'?");
    }

    @Test
    void unknownIdsInRankListsAreLocatedWithADidYouMean() {
        assertThat(problems(GOOD.replace("[ann, sam, bob]", "[ann, sma, bob]").replace("rankList: [city]}", "rankList: [cty]}")))
                .isEqualTo("""
                        m.yaml:2:46: programs[0].rankList[1]: unknown applicant 'sma'; did you mean 'sam'?
                        m.yaml:5:26: applicants[0].rankList[0]: unknown program 'cty'; did you mean 'city'?""");
    }

    @Test
    void everyProblemAfterBindingIsReportedSortedByLine() {
        String text = """
                programs:
                  - {id: city, rankList: [ann, ann]}
                  - {id: city, positions: -1, rankList: []}
                applicants:
                  - {id: ann, rankList: [city, city]}
                couples:
                  - {id: c, partners: [ann], rankList: [[no-match, no-match], [city]]}
                expectations:
                  - {applicant: ann}
                """;
        assertThat(problems(text)).isEqualTo("""
                m.yaml:2:5: programs[0]: missing required field 'positions'
                m.yaml:2:32: programs[0].rankList[1]: applicant 'ann' is ranked twice (first at position 1)
                m.yaml:3:10: programs[1].id: duplicate program id 'city' (first at line 2)
                m.yaml:3:27: programs[1].positions: expected 0 or more positions, got -1
                m.yaml:5:32: applicants[0].rankList[1]: program 'city' is ranked twice (first at position 1)
                m.yaml:7:23: couples[0].partners: expected two partners, got 1
                m.yaml:7:24: couples[0].partners[0]: duplicate applicant id 'ann' (first at line 5)
                m.yaml:7:41: couples[0].rankList[0]: a pair with no program for either partner ranks nothing
                m.yaml:7:63: couples[0].rankList[1]: expected a pair [program for the first partner, program for the second] (either may be 'no-match'), got 1 entries
                m.yaml:9:5: expectations[0]: missing required field 'program'""");
    }

    @Test
    void theScenarioReaderSendsAMatchFileToTheMatchCommand() {
        assertThatThrownBy(() -> ScenarioReader.read(Path.of("scenarios/16-nrmp-classic-example.yaml")))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("scenarios/16-nrmp-classic-example.yaml: this is a match file")
                .hasMessageContaining("run it with 'match scenarios/16-nrmp-classic-example.yaml'");
    }
}
