package org.rankmeeting.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ApplicantEditsTest {

    private static final Applicant BASE = ScenarioReader.parse("a.yaml", """
            cycle: 2026
            schools: [ { id: s, kind: international } ]
            writers: [ { id: dr-a }, { id: dr-b } ]
            programs: [ { id: p, people: [ { id: alum } ] } ]
            applicants:
              - id: amara
                school: s
                step2: { score: 231, taken: false }
                letters: [ { writer: dr-a, strength: good } ]
                usce: [ { kind: observership, site: p, weeks: 4 } ]
                contacts: [ { person: alum, relationship: met } ]
            """, ScenarioReader.Format.YAML).scenario().applicants().get(0);

    private static Applicant set(String path, JsonNode value) {
        return ApplicantEdits.apply(BASE, Map.of(path, value), Map.of(), Map.of());
    }

    private static Applicant add(String list, String item) {
        return ApplicantEdits.apply(BASE, Map.of(), Map.of(list, List.of(TextNode.valueOf(item))), Map.of());
    }

    private static List<String> problems(Map<String, JsonNode> set, Map<String, List<JsonNode>> add,
                                         Map<String, List<String>> remove) {
        try {
            ApplicantEdits.apply(BASE, set, add, remove);
        } catch (ApplicantEdits.EditException e) {
            return e.problems().stream().map(p -> p.where() + ": " + p.message()).toList();
        }
        throw new AssertionError("expected the edits to be rejected");
    }

    @Test
    void setChangesANestedFieldAndKeepsTheRest() {
        Applicant edited = set("step2.score", IntNode.valueOf(248));
        assertThat(edited.step2().score()).isEqualTo(248);
        assertThat(edited.step2().taken()).isFalse();
        assertThat(edited.letters()).isEqualTo(BASE.letters());
        assertThat(edited.id()).isEqualTo("amara");
    }

    @Test
    void shortNamesExpandToTheirFullPaths() {
        assertThat(set("step2", IntNode.valueOf(240)).step2().score()).isEqualTo(240);
        assertThat(set("communication", TextNode.valueOf("strong")).interview().communication())
                .isEqualTo(Applicant.Interview.Communication.STRONG);
        assertThat(ApplicantEdits.canonicalPath("attempts")).isEqualTo("step2.attempts");
    }

    @Test
    void enumValuesAreReadAsInScenarioFiles() {
        assertThat(set("visa", TextNode.valueOf("H1B")).visa()).isEqualTo(Applicant.Visa.H1B);
    }

    @Test
    void aLetterFromAWriterWhoAlreadyWroteOneTakesThePlaceOfTheirs() {
        assertThat(add("letters", "dr-a:strong:comparative").letters()).containsExactly(
                new Applicant.Letter("dr-a", Applicant.Letter.Strength.STRONG, Applicant.Letter.Style.COMPARATIVE));
    }

    @Test
    void shortFormsBuildEachKindOfListItem() {
        assertThat(add("usce", "sub-i@riverside-im:4w:strong-letter:by=dr-b").usce().get(1)).isEqualTo(
                new Applicant.Rotation(Applicant.Rotation.Kind.SUB_I, "riverside-im", 4,
                        Applicant.Rotation.LetterQuality.STRONG, "dr-b"));
        assertThat(add("letters", "dr-b:comparative:strong").letters().get(1)).isEqualTo(
                new Applicant.Letter("dr-b", Applicant.Letter.Strength.STRONG, Applicant.Letter.Style.COMPARATIVE));
        assertThat(add("research", "sustained@dr-b:12m").research().get(0)).isEqualTo(
                new Applicant.Research(Applicant.Research.Kind.SUSTAINED, 12, "dr-b"));
        assertThat(add("contacts", "alum:built:top:mentioned").contacts()).containsExactly(  // the same person: replaced
                new Applicant.Contact("alum", Applicant.Contact.Relationship.BUILT, Applicant.Contact.Verdict.TOP, true));
        assertThat(add("lateAdvocacy", "alum:we should rank her").lateAdvocacy().get(0)).isEqualTo(
                new Applicant.Advocacy("alum", "we should rank her"));
        assertThat(add("localTies", "p").localTies()).containsExactly("p");
    }

    @Test
    void removeTakesItemsOutByTheirKeyOrAllWithAStar() {
        Applicant one = ApplicantEdits.apply(BASE, Map.of(), Map.of(), Map.of("letters", List.of("dr-a")));
        assertThat(one.letters()).isEmpty();
        Applicant all = ApplicantEdits.apply(BASE, Map.of(), Map.of(), Map.of("usce", List.of("*")));
        assertThat(all.usce()).isEmpty();
    }

    @Test
    void removeThenAddReplacesAnItem() {
        Applicant edited = ApplicantEdits.apply(BASE, Map.of(),
                Map.of("contacts", List.of(TextNode.valueOf("alum:built:solid"))), Map.of("contacts", List.of("alum")));
        assertThat(edited.contacts()).containsExactly(
                new Applicant.Contact("alum", Applicant.Contact.Relationship.BUILT, Applicant.Contact.Verdict.SOLID, null));
    }

    @Test
    void aMisspeltFieldGetsADidYouMean() {
        assertThat(problems(Map.of("setp2.score", IntNode.valueOf(1)), Map.of(), Map.of()))
                .containsExactly("set.setp2.score: unknown field 'setp2.score'; did you mean 'step2.score'?");
    }

    @Test
    void theIdCannotBeSet() {
        assertThat(problems(Map.of("id", TextNode.valueOf("x")), Map.of(), Map.of()))
                .containsExactly("set.id: the id names the applicant and cannot be changed");
    }

    @Test
    void aValueOfTheWrongTypeSaysWhatWasExpected() {
        assertThat(problems(Map.of("step2.score", TextNode.valueOf("high")), Map.of(), Map.of()))
                .singleElement().asString().startsWith("step2.score: expected").contains("'high'");
    }

    @Test
    void anUnknownEnumCodeListsTheKnownOnes() {
        assertThat(problems(Map.of("visa", TextNode.valueOf("j2")), Map.of(), Map.of()))
                .singleElement().asString().startsWith("visa: ").contains("j1");
    }

    @Test
    void removingAnItemThatIsNotThereSuggestsTheClosest() {
        assertThat(problems(Map.of(), Map.of(), Map.of("letters", List.of("dr-aa"))))
                .containsExactly("remove.letters: no letter from 'dr-aa' to remove; did you mean 'dr-a'?");
    }

    @Test
    void anUnknownListIsNamedWithTheClosestOne() {
        assertThat(problems(Map.of(), Map.of("letter", List.of(TextNode.valueOf("dr-a"))), Map.of()))
                .containsExactly("add.letter: 'letter' is not a list of the applicant's file; did you mean 'letters'?");
    }

    @Test
    void aShortFormWithAnUnknownPartSaysWhatItAccepts() {
        assertThat(problems(Map.of(), Map.of("usce", List.of(TextNode.valueOf("sub-i@p:4x"))), Map.of()))
                .singleElement().asString().startsWith("add.usce[0]: '4x' in 'sub-i@p:4x' is not weeks (like 4w)");
    }

    @Test
    void aRotationWithoutASiteIsRejected() {
        assertThat(problems(Map.of(), Map.of("usce", List.of(TextNode.valueOf("sub-i"))), Map.of()))
                .singleElement().asString().contains("expected KIND@SITE");
    }
}
