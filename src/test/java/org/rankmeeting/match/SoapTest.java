package org.rankmeeting.match;

import org.junit.jupiter.api.Test;
import org.rankmeeting.BadInputException;
import org.rankmeeting.match.SoapInput.SoapApplicant;
import org.rankmeeting.match.SoapInput.SoapProgram;
import org.rankmeeting.match.SoapResult.Offer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** SOAP: offers up to open positions, binding acceptance of the best offer, declines, carry-over between rounds. */
class SoapTest {

    private static SoapInput input(List<SoapProgram> programs, SoapApplicant... applicants) {
        return new SoapInput(programs, List.of(applicants));
    }

    @Test
    void anApplicantWithTwoOffersAcceptsTheOneTheyPreferAndDeclinesTheOther() {
        SoapResult r = new Soap().run(input(List.of(
                        new SoapProgram("general", 1, "xu", "yan"),
                        new SoapProgram("mercy", 1, "xu")),
                new SoapApplicant("xu", "mercy", "general"),
                new SoapApplicant("yan", "general")));

        SoapResult.Round first = r.rounds().get(0);
        assertThat(first.offers()).containsExactly(new Offer("general", "xu"), new Offer("mercy", "xu"));
        assertThat(first.acceptances()).containsExactly(new Offer("mercy", "xu"));
        assertThat(first.declines()).containsExactly(new Offer("general", "xu"));
        SoapResult.Round second = r.rounds().get(1);
        assertThat(second.offers()).containsExactly(new Offer("general", "yan"));
        assertThat(second.acceptances()).containsExactly(new Offer("general", "yan"));
        assertThat(r.placements()).containsExactly(
                new SoapResult.Placement("xu", "mercy", 1, 1), new SoapResult.Placement("yan", "general", 2, 1));
        assertThat(r.openPositions()).isEmpty();
        assertThat(r.unplaced()).isEmpty();
    }

    @Test
    void acceptanceIsBindingSoAPlacedApplicantGetsNoLaterOfferEvenFromTheirFavourite() {
        SoapResult r = new Soap().run(input(List.of(
                        new SoapProgram("city", 1, "ann"),
                        new SoapProgram("mercy", 1, "bob"),
                        new SoapProgram("state", 1, "bob", "ann")),
                new SoapApplicant("ann", "state", "city"),
                new SoapApplicant("bob", "mercy", "state")));

        // Round 1: ann accepts city (her only offer); bob takes mercy and declines state. State's position
        // then carries over, but ann, who would have preferred it, is already bound to city.
        assertThat(r.rounds().get(0).acceptances()).containsExactly(new Offer("city", "ann"), new Offer("mercy", "bob"));
        assertThat(r.rounds().get(0).declines()).containsExactly(new Offer("state", "bob"));
        assertThat(r.rounds().subList(1, 4)).allSatisfy(round -> assertThat(round.offers()).isEmpty());
        assertThat(r.placements()).containsExactly(
                new SoapResult.Placement("ann", "city", 1, 2), new SoapResult.Placement("bob", "mercy", 1, 1));
        assertThat(r.openPositions()).containsExactly(new SoapResult.Opening("state", 1));
    }

    @Test
    void declinedPositionsCarryOverAndAreNeverOfferedAgainToWhoDeclined() {
        SoapResult r = new Soap().run(input(List.of(
                        new SoapProgram("city", 2, "ann", "bob", "cat", "dan"),
                        new SoapProgram("mercy", 1, "ann")),
                new SoapApplicant("ann", "mercy", "city"),
                new SoapApplicant("bob", "city"),
                new SoapApplicant("cat", "city"),
                new SoapApplicant("dan", "city")));

        assertThat(r.rounds().get(0).offers()).containsExactly(
                new Offer("city", "ann"), new Offer("city", "bob"), new Offer("mercy", "ann"));
        assertThat(r.rounds().get(0).declines()).containsExactly(new Offer("city", "ann"));
        // One of city's two positions carried over; ann declined city, so it goes to cat, next on the list.
        assertThat(r.rounds().get(1).offers()).containsExactly(new Offer("city", "cat"));
        assertThat(r.unplaced()).containsExactly("dan");
        assertThat(r.openPositions()).isEmpty();
    }

    @Test
    void programsOnlyOfferToApplicantsWhoAppliedAndOpenPositionsRemainWhenNobodyIsLeft() {
        SoapResult r = new Soap(2).run(input(List.of(new SoapProgram("city", 2, "ann", "bob")),
                new SoapApplicant("ann"),
                new SoapApplicant("bob", "city")));

        assertThat(r.rounds()).hasSize(2);
        assertThat(r.rounds().get(0).offers()).containsExactly(new Offer("city", "bob"));
        assertThat(r.openPositions()).containsExactly(new SoapResult.Opening("city", 1));
        assertThat(r.unplaced()).containsExactly("ann");
    }

    @Test
    void soapAfterTheClassicNrmpExampleFillsMercyAndGeneralWithTheTwoUnmatched() {
        MatchInput input = NrmpExamples.classic();
        MatchResult match = new DeferredAcceptance().run(input);
        Map<String, List<String>> programPrefs = Map.of("mercy", List.of("brown", "anderson"), "general", List.of("brown", "anderson"));
        Map<String, List<String>> applicantPrefs = Map.of("anderson", List.of("general", "mercy"), "brown", List.of("mercy", "general"));

        SoapInput soapInput = SoapInput.fromMatch(match, programPrefs::get, applicantPrefs::get);
        SoapResult r = new Soap().run(soapInput);

        assertThat(soapInput.applicants()).extracting(SoapApplicant::id).containsExactly("anderson", "brown");
        assertThat(soapInput.programs()).extracting(SoapProgram::openPositions).containsExactly(0, 1, 1, 0);
        assertThat(r.rounds().get(0).offers()).containsExactly(new Offer("general", "brown"), new Offer("mercy", "brown"));
        assertThat(r.rounds().get(0).declines()).containsExactly(new Offer("general", "brown"));
        assertThat(r.rounds().get(1).acceptances()).containsExactly(new Offer("general", "anderson"));
        assertThat(r.placements()).containsExactly(
                new SoapResult.Placement("anderson", "general", 2, 1), new SoapResult.Placement("brown", "mercy", 1, 1));
        assertThat(r.openPositions()).isEmpty();
    }

    @Test
    void theSameInputInAnyOrderGivesIdenticalOutput() {
        Random rnd = new Random(11L);
        for (int i = 0; i < 300; i++) {
            SoapInput in = randomSoap(rnd);
            SoapResult once = new Soap().run(in);
            List<SoapProgram> programs = new ArrayList<>(in.programs());
            List<SoapApplicant> applicants = new ArrayList<>(in.applicants());
            Collections.shuffle(programs, rnd);
            Collections.shuffle(applicants, rnd);
            SoapResult shuffled = new Soap().run(new SoapInput(programs, applicants));
            assertThat(shuffled).isEqualTo(once);
            assertThat(new Soap().run(in).toString()).isEqualTo(once.toString());
            int placed = once.placements().size();
            int filled = in.programs().stream().mapToInt(SoapProgram::openPositions).sum()
                    - once.openPositions().stream().mapToInt(SoapResult.Opening::open).sum();
            assertThat(filled).isEqualTo(placed);
            assertThat(placed + once.unplaced().size()).isEqualTo(in.applicants().size());
        }
    }

    @Test
    void badSoapInputIsRefusedWithEveryProblem() {
        SoapInput in = input(List.of(new SoapProgram("city", -1, "zed"), new SoapProgram("city", 1)),
                new SoapApplicant("ann", "city", "city", "nowhere"));
        assertThatThrownBy(() -> new Soap().run(in)).isInstanceOf(BadInputException.class)
                .extracting(e -> ((BadInputException) e).problems()).asList().containsExactly(
                        "SOAP program 'city': open positions must be 0 or more, got -1",
                        "SOAP program 'city' is listed twice",
                        "SOAP program 'city': preference list names unknown applicant 'zed'",
                        "SOAP applicant 'ann': preference list names 'city' twice",
                        "SOAP applicant 'ann': preference list names unknown program 'nowhere'");
        assertThatThrownBy(() -> new Soap(0)).isInstanceOf(BadInputException.class).hasMessage("SOAP needs at least 1 round, got 0");
    }

    private static SoapInput randomSoap(Random rnd) {
        int programs = 1 + rnd.nextInt(5);
        int applicants = 1 + rnd.nextInt(10);
        List<String> pIds = new ArrayList<>();
        List<String> aIds = new ArrayList<>();
        for (int i = 0; i < programs; i++) {
            pIds.add("p" + i);
        }
        for (int i = 0; i < applicants; i++) {
            aIds.add("a" + i);
        }
        List<SoapProgram> ps = new ArrayList<>();
        for (String p : pIds) {
            ps.add(new SoapProgram(p, rnd.nextInt(3), sample(rnd, aIds)));
        }
        List<SoapApplicant> as = new ArrayList<>();
        for (String a : aIds) {
            as.add(new SoapApplicant(a, sample(rnd, pIds)));
        }
        return new SoapInput(ps, as);
    }

    private static List<String> sample(Random rnd, List<String> from) {
        List<String> out = new ArrayList<>();
        for (String s : from) {
            if (rnd.nextDouble() < 0.7) {
                out.add(s);
            }
        }
        Collections.shuffle(out, rnd);
        return out;
    }
}
