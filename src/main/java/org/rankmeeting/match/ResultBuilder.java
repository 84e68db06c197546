package org.rankmeeting.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Turns the matcher's per-proposer choices into a {@link MatchResult} (without the stability verdict). */
final class ResultBuilder {

    private final Market m;
    private final int[] choice;
    private final int[] programOf;

    ResultBuilder(Market m, int[] choice) {
        this.m = m;
        this.choice = choice;
        programOf = new int[m.applicants()];
        Arrays.fill(programOf, Market.NONE);
        for (int a = 0; a < m.singles; a++) {
            if (choice[a] != Market.NONE) {
                programOf[a] = m.singleList[a][choice[a]];
            }
        }
        for (int c = 0; c < m.couples(); c++) {
            int k = choice[m.singles + c];
            for (int side = 0; side < 2 && k != Market.NONE; side++) {
                programOf[m.partner(c, side)] = m.pairProgram[side][c][k];
            }
        }
    }

    List<MatchResult.Placement> placements() {
        List<MatchResult.Placement> out = new ArrayList<>();
        for (int a = 0; a < m.applicants(); a++) {
            if (programOf[a] != Market.NONE) {
                int c = m.coupleOf(a);
                int k = c == Market.NONE ? choice[a] : choice[m.singles + c];
                out.add(new MatchResult.Placement(m.applicantIds[a], m.programIds[programOf[a]], k + 1,
                        c == Market.NONE ? null : m.coupleIds[c]));
            }
        }
        out.sort(Comparator.comparing(MatchResult.Placement::applicant));
        return out;
    }

    List<String> unmatched() {
        List<String> out = new ArrayList<>();
        for (int a = 0; a < m.applicants(); a++) {
            if (programOf[a] == Market.NONE) {
                out.add(m.applicantIds[a]);
            }
        }
        out.sort(Comparator.naturalOrder());
        return out;
    }

    /** Each program's matched applicants in the program's own rank order (its list is already that order). */
    List<MatchResult.ProgramFill> programs() {
        List<MatchResult.ProgramFill> out = new ArrayList<>();
        for (int p = 0; p < m.programs(); p++) {
            List<String> matched = new ArrayList<>();
            for (int a : m.programList[p]) {
                if (programOf[a] == p) {
                    matched.add(m.applicantIds[a]);
                }
            }
            out.add(new MatchResult.ProgramFill(m.programIds[p], m.quota[p], matched));
        }
        out.sort(Comparator.comparing(MatchResult.ProgramFill::program));
        return out;
    }

    List<MatchResult.CoupleOutcome> couples() {
        List<MatchResult.CoupleOutcome> out = new ArrayList<>();
        for (int c = 0; c < m.couples(); c++) {
            CoupleRanking couple = m.input.couples().get(c);
            int k = choice[m.singles + c];
            out.add(new MatchResult.CoupleOutcome(couple.id(), couple.first(), couple.second(), k + 1,
                    k == Market.NONE ? null : couple.rankList().get(k), couple.rankList().size()));
        }
        out.sort(Comparator.comparing(MatchResult.CoupleOutcome::couple));
        return out;
    }

    /** One sentence per couple, in couple id order. */
    static List<String> coupleNotes(List<MatchResult.CoupleOutcome> couples) {
        List<String> notes = new ArrayList<>();
        for (MatchResult.CoupleOutcome c : couples) {
            String who = "couple " + c.couple() + " (" + c.first() + ", " + c.second() + ")";
            if (!c.matched()) {
                notes.add(who + ": no pair on its list of " + c.listLength() + " could be honoured; both partners are unmatched");
                continue;
            }
            ProgramPair pair = c.pair();
            String first = pair.first() == null ? c.first() + " unmatched by the couple's choice" : c.first() + " at " + pair.first();
            String second = pair.second() == null ? c.second() + " unmatched by the couple's choice" : c.second() + " at " + pair.second();
            notes.add(who + ": pair " + c.choice() + " of " + c.listLength() + ", " + first + ", " + second);
        }
        return notes;
    }
}
