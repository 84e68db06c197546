package org.rankmeeting.scenario;

import org.junit.jupiter.api.Test;
import org.rankmeeting.BadInputException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Variants, variant expectations, rank lists and couples in scenario files: what is accepted and what is reported. */
class VariantsAndCouplesInputTest {

    /** Lines 1-11: a school, a writer, two programs, two applicants. */
    private static final String BASE = """
            cycle: 2026
            schools: [ { id: uni-a } ]
            writers: [ { id: dr-x } ]
            programs: [ { id: prog-1 }, { id: prog-2 } ]
            applicants:
              - id: ana
                school: uni-a
                step2: { score: 240, taken: false }
              - id: ben
                school: uni-a
                step2: { score: 238 }
            """;

    private static List<String> problems(String yaml) {
        Throwable thrown = catchThrowable(() -> ScenarioReader.parse("s.yaml", yaml, ScenarioReader.Format.YAML));
        assertThat(thrown).isInstanceOf(BadInputException.class);
        return ((BadInputException) thrown).problems();
    }

    @Test
    void aValidVariantIsReadWithItsEdits() {
        Scenario s = ScenarioReader.parse("s.yaml", BASE + """
                variants:
                  - id: higher
                    applicant: ana
                    set: { step2.score: 250 }
                    add: { letters: [ "dr-x:strong" ] }
                expectations:
                  - { variant: higher, applicant: ana, program: prog-1, stage: interviewed }
                """, ScenarioReader.Format.YAML).scenario();
        assertThat(s.variants()).singleElement().satisfies(v -> {
            assertThat(v.applicant()).isEqualTo("ana");
            assertThat(v.set()).containsKey("step2.score");
        });
        assertThat(s.expectations().get(0).variant()).isEqualTo("higher");
    }

    @Test
    void aVariantOfAnUnknownApplicantIsReportedWhereItIsWritten() {
        assertThat(problems(BASE + """
                variants:
                  - { id: v, applicant: anna, set: { step2: 250 } }
                """)).containsExactly("s.yaml:13:25: variants[0].applicant: unknown applicant 'anna'; did you mean 'ana'?");
    }

    @Test
    void aVariantSettingAnUnknownFieldGetsADidYouMeanAtTheKey() {
        assertThat(problems(BASE + """
                variants:
                  - id: v
                    applicant: ana
                    set: { step2.scroe: 250 }
                """)).containsExactly("s.yaml:15:25: variants[0].set.step2.scroe: unknown field 'step2.scroe'; "
                + "did you mean 'step2.score'?");
    }

    @Test
    void aVariantAddingALetterFromAnUnknownWriterIsReported() {
        assertThat(problems(BASE + """
                variants:
                  - id: v
                    applicant: ana
                    add: { letters: [ "dr-y:strong" ] }
                """)).singleElement().asString()
                .startsWith("s.yaml:13:5: variants[0].letters[0].writer: in the varied file: unknown writer 'dr-y'");
    }

    @Test
    void aVariantPushingAValueOutOfRangeIsReported() {
        assertThat(problems(BASE + """
                variants:
                  - { id: v, applicant: ana, set: { step2: 400 } }
                """)).containsExactly("s.yaml:13:5: variants[0].step2.score: in the varied file: expected a Step 2 "
                + "score from 1 to 300, got 400");
    }

    @Test
    void anExpectationNamingAnUnknownVariantIsReported() {
        assertThat(problems(BASE + """
                variants:
                  - { id: higher, applicant: ana, set: { step2: 250 } }
                expectations:
                  - { variant: hihger, applicant: ana, program: prog-1, stage: interviewed }
                """)).containsExactly("s.yaml:15:16: expectations[0].variant: unknown variant 'hihger'; did you mean 'higher'?");
    }

    @Test
    void aRankListNamesKnownProgramsOnce() {
        assertThat(problems(BASE.replace("step2: { score: 238 }", "step2: { score: 238 }\n    rankList: [prog-2, prog-3, prog-2]")))
                .containsExactly(
                        "s.yaml:12:24: applicants[1].rankList[1]: unknown program 'prog-3'; did you mean 'prog-1'?",
                        "s.yaml:12:32: applicants[1].rankList[2]: program 'prog-2' is ranked twice (first at position 1)");
    }

    @Test
    void aCoupleHasTwoKnownPartnersAndPairsOfPrograms() {
        assertThat(problems(BASE + """
                couples:
                  - id: c
                    partners: [ana, bob]
                    rankList:
                      - [prog-1, prog-9]
                      - [no-match, no-match]
                      - [prog-1]
                """)).containsExactly(
                "s.yaml:14:21: couples[0].partners[1]: unknown applicant 'bob'; expected one of the applicants: 'ana', 'ben'",
                "s.yaml:16:18: couples[0].rankList[0][1]: unknown program 'prog-9'; did you mean 'prog-1'?",
                "s.yaml:17:9: couples[0].rankList[1]: a pair with no program for either partner ranks nothing",
                "s.yaml:18:9: couples[0].rankList[2]: expected a pair [program for the first partner, program for the "
                        + "second] (either may be 'no-match'), got 1 entries");
    }

    @Test
    void anApplicantIsInOneCoupleAtMost() {
        assertThat(problems(BASE + """
                couples:
                  - { id: c1, partners: [ana, ben] }
                  - { id: c2, partners: [ben, ana] }
                """)).hasSize(2).allSatisfy(p -> assertThat(p).contains("is already in a couple (couples[0])"));
    }
}
