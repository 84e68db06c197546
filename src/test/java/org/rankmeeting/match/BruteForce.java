package org.rankmeeting.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Every valid matching of a tiny market, by exhaustive enumeration: each single takes "unmatched" or a
 * program that ranks it back, each couple "unmatched" or one of its pairs that both named programs rank
 * back, within every program's positions.
 */
final class BruteForce {

    private final MatchInput input;
    private final Map<String, Integer> free = new HashMap<>();
    private final Map<String, String> current = new HashMap<>();

    private BruteForce(MatchInput input) {
        this.input = input;
        input.programs().forEach(p -> free.put(p.id(), p.positions()));
    }

    static List<Map<String, String>> allMatchings(MatchInput input) {
        List<Map<String, String>> out = new ArrayList<>();
        new BruteForce(input).single(0, m -> out.add(new HashMap<>(m)));
        return out;
    }

    private boolean ranks(String program, String applicant) {
        return input.programs().stream().filter(p -> p.id().equals(program)).findFirst().orElseThrow()
                .rankList().contains(applicant);
    }

    private void single(int i, Consumer<Map<String, String>> sink) {
        if (i == input.applicants().size()) {
            couple(0, sink);
            return;
        }
        ApplicantRanking a = input.applicants().get(i);
        single(i + 1, sink);
        for (String p : a.rankList()) {
            if (free.get(p) > 0 && ranks(p, a.id())) {
                take(p, a.id());
                single(i + 1, sink);
                release(p, a.id());
            }
        }
    }

    private void couple(int i, Consumer<Map<String, String>> sink) {
        if (i == input.couples().size()) {
            sink.accept(current);
            return;
        }
        CoupleRanking c = input.couples().get(i);
        couple(i + 1, sink);
        for (ProgramPair pair : c.rankList()) {
            if (fits(pair.first(), c.first()) && (pair.second() == null || ranks(pair.second(), c.second()))) {
                take(pair.first(), c.first());
                if (fits(pair.second(), c.second())) {
                    take(pair.second(), c.second());
                    couple(i + 1, sink);
                    release(pair.second(), c.second());
                }
                release(pair.first(), c.first());
            }
        }
    }

    private boolean fits(String program, String applicant) {
        return program == null || (free.get(program) > 0 && ranks(program, applicant));
    }

    private void take(String program, String applicant) {
        if (program != null) {
            free.merge(program, -1, Integer::sum);
            current.put(applicant, program);
        }
    }

    private void release(String program, String applicant) {
        if (program != null) {
            free.merge(program, 1, Integer::sum);
            current.remove(applicant);
        }
    }
}
