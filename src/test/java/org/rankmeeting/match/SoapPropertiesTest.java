package org.rankmeeting.match;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** SOAP on 2,000 random inputs (fixed seed): offers within open positions, binding acceptance, offers only where both sides listed. */
class SoapPropertiesTest {

    private static SoapInput randomInput(Random rnd) {
        List<String> programs = new ArrayList<>();
        List<String> applicants = new ArrayList<>();
        for (int i = 0, n = 1 + rnd.nextInt(5); i < n; i++) {
            programs.add("p" + i);
        }
        for (int i = 0, n = 1 + rnd.nextInt(10); i < n; i++) {
            applicants.add("a" + i);
        }
        List<SoapInput.SoapProgram> ps = new ArrayList<>();
        for (String p : programs) {
            ps.add(new SoapInput.SoapProgram(p, rnd.nextInt(4), subset(rnd, applicants)));
        }
        List<SoapInput.SoapApplicant> as = new ArrayList<>();
        for (String a : applicants) {
            as.add(new SoapInput.SoapApplicant(a, subset(rnd, programs)));
        }
        return new SoapInput(ps, as);
    }

    private static List<String> subset(Random rnd, List<String> from) {
        List<String> out = new ArrayList<>();
        for (String id : from) {
            if (rnd.nextDouble() < 0.6) {
                out.add(id);
            }
        }
        Collections.shuffle(out, rnd);
        return out;
    }

    @Test
    void offersNeverExceedOpenPositionsAcceptanceIsBindingAndOffersGoOnlyWhereBothSidesListed() {
        Random rnd = new Random(77L);
        int offersMade = 0;
        for (int k = 0; k < 2000; k++) {
            int i = k;
            SoapInput input = randomInput(rnd);
            SoapResult r = new Soap().run(input);
            Map<String, Integer> open = new HashMap<>();
            Map<String, List<String>> programWants = new HashMap<>();
            Map<String, List<String>> applicantWants = new HashMap<>();
            input.programs().forEach(p -> {
                open.put(p.id(), p.openPositions());
                programWants.put(p.id(), p.preferences());
            });
            input.applicants().forEach(a -> applicantWants.put(a.id(), a.preferences()));
            Set<String> placed = new HashSet<>();
            Set<SoapResult.Offer> declined = new HashSet<>();
            for (SoapResult.Round round : r.rounds()) {
                Map<String, Integer> offersBy = new HashMap<>();
                for (SoapResult.Offer o : round.offers()) {
                    offersMade++;
                    offersBy.merge(o.program(), 1, Integer::sum);
                    assertThat(placed).as("instance %d: %s was already placed", i, o.applicant()).doesNotContain(o.applicant());
                    assertThat(declined).as("instance %d: offered again after a decline", i).doesNotContain(o);
                    assertThat(programWants.get(o.program())).as("instance %d", i).contains(o.applicant());
                    assertThat(applicantWants.get(o.applicant())).as("instance %d", i).contains(o.program());
                }
                offersBy.forEach((p, n) -> assertThat(n).as("instance %d: %s offers in round %d", i, p, round.number())
                        .isLessThanOrEqualTo(open.get(p)));
                Set<String> acceptedNow = new HashSet<>();
                for (SoapResult.Offer a : round.acceptances()) {
                    assertThat(round.offers()).contains(a);
                    assertThat(acceptedNow.add(a.applicant())).as("instance %d: %s accepts twice", i, a.applicant()).isTrue();
                    open.merge(a.program(), -1, Integer::sum);
                }
                placed.addAll(acceptedNow);
                declined.addAll(round.declines());
            }
            assertThat(open.values()).allSatisfy(n -> assertThat(n).isNotNegative());
            assertThat(r.placements()).extracting(SoapResult.Placement::applicant).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(placed);
            for (SoapResult.Opening o : r.openPositions()) {
                assertThat(o.open()).as("instance %d: %s", i, o.program()).isEqualTo(open.get(o.program()));
            }
        }
        assertThat(offersMade).isGreaterThan(2000);
    }
}
