package org.rankmeeting.match;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Turns the matcher's int-indexed steps into {@link TraceStep}s with ids and words. Only built when a trace
 * is asked for; the matcher checks for {@code null} before every call, so an untraced Match pays nothing.
 */
final class Tracer {

    private final Market m;
    private final Holds holds;
    private final Consumer<TraceStep> sink;
    private int step;
    private List<Runnable> waiting;

    Tracer(Market m, Holds holds, Consumer<TraceStep> sink) {
        this.m = m;
        this.holds = holds;
        this.sink = sink;
    }

    /** Single {@code a} applied to its {@code k}-th program and is held there; {@code bumped} was let go, if any. */
    void held(int a, int k, int rank, int bumped) {
        int p = m.singleList[a][k];
        String who = m.applicantIds[a];
        String at = m.programIds[p];
        String text = bumped == Market.NONE
                ? who + " applies to " + at + " (choice " + (k + 1) + "); " + at + " has a free position and ranks " + who
                + " #" + (rank + 1) + ": tentatively matched"
                : who + " applies to " + at + " (choice " + (k + 1) + "); " + at + " is full but ranks " + who + " #" + (rank + 1)
                + ", above " + m.applicantIds[bumped] + " (#" + (m.rank(p, bumped) + 1) + "), the least wanted it holds: "
                + m.applicantIds[bumped] + " is bumped and " + who + " is tentatively matched";
        emit("apply", who, null, at, null, k + 1, bumped == Market.NONE ? "tentative" : "bumps", bumped, text, p);
    }

    /** Single {@code a}'s {@code k}-th program would not hold it. */
    void refused(int a, int k, int rank) {
        int p = m.singleList[a][k];
        String who = m.applicantIds[a];
        emit("apply", who, null, m.programIds[p], null, k + 1, "refused", Market.NONE,
                who + " applies to " + m.programIds[p] + " (choice " + (k + 1) + "); " + whyNot(p, a, rank), p);
    }

    void exhausted(int proposer) {
        boolean single = proposer < m.singles;
        String who = single ? m.applicantIds[proposer] : m.coupleIds[proposer - m.singles];
        emit("exhausted", single ? who : null, single ? null : who, null, null, 0, null, Market.NONE,
                (single ? who : "couple " + who) + " has nothing left to try on " + (single ? "their" : "its")
                        + " list: unmatched for now");
    }

    /** Couple {@code c} tried its {@code k}-th pair; {@code taken} says whether it is held there. */
    void pair(int c, int k, boolean taken) {
        String couple = m.coupleIds[c];
        ProgramPair pair = m.input.couples().get(c).rankList().get(k);
        StringBuilder text = new StringBuilder("couple " + couple + " applies to " + pair + " (choice " + (k + 1) + "); ");
        List<String> why = new ArrayList<>();
        List<Integer> touched = new ArrayList<>();
        for (int side = 0; side < 2; side++) {
            int p = m.pairProgram[side][c][k];
            if (p == Market.NONE) {
                continue;
            }
            touched.add(p);
            int a = m.partner(c, side);
            if (!taken && m.pairRank[side][c][k] == Market.NOT_RANKED) {
                why.add(m.programIds[p] + " does not rank " + m.applicantIds[a]);
            }
        }
        if (taken) {
            text.append("both sides take the partners: tentatively matched together");
        } else if (!why.isEmpty()) {
            text.append(String.join("; ", why));
        } else {
            text.append("not every program named would take its partner now (full with applicants it ranks higher)");
        }
        List<Runnable> after = waiting;
        waiting = null;
        emit("apply-pair", null, couple, null, pair, k + 1, taken ? "tentative" : "refused", Market.NONE, text.toString(),
                touched.stream().mapToInt(Integer::intValue).toArray());
        if (after != null) {
            after.forEach(Runnable::run);
        }
    }

    /** A program let go of applicant {@code a} when placing a couple partner; {@code p} is that program. */
    void bumpedByCouple(int c, int p, int a) {
        emit("apply-pair", null, m.coupleIds[c], m.programIds[p], null, 0, "bumps", a, m.programIds[p] + " takes a partner of couple "
                + m.coupleIds[c] + " and lets go of " + m.applicantIds[a] + ", whom it ranks lower", p);
    }

    /** Couple {@code c} withdraws partner {@code kept} from {@code p} because the other partner was let go. */
    void withdraw(int c, int kept, int p) {
        emit("withdraw", null, m.coupleIds[c], m.programIds[p], null, 0, null, Market.NONE, "couple " + m.coupleIds[c]
                + " lost one partner's position, so " + m.applicantIds[kept] + " is withdrawn from " + m.programIds[p]
                + " (that position is free again) and the couple tries its next pair", p);
    }

    /** A repair round sends {@code proposer} back to list position {@code k}, where it blocks. */
    void repair(int round, int proposer, int k) {
        boolean single = proposer < m.singles;
        String who = single ? m.applicantIds[proposer] : m.coupleIds[proposer - m.singles];
        String what = single ? m.programIds[m.singleList[proposer][k]]
                : m.input.couples().get(proposer - m.singles).rankList().get(k).toString();
        emit("repair", single ? who : null, single ? null : who, single ? what : null,
                single ? null : m.input.couples().get(proposer - m.singles).rankList().get(k), k + 1, null, Market.NONE,
                "repair round " + round + ": " + (single ? who : "couple " + who) + " and " + what + " (choice " + (k + 1)
                        + ") would both rather have each other than what they hold, so " + (single ? who : "the couple")
                        + " applies again from there");
    }

    /**
     * Program {@code p} has a position free again (a couple withdrew or someone moved on), and {@code proposer} is the
     * one it ranks best among those who would now rather be there: it applies again from its list position {@code k}.
     */
    void reenter(int p, int proposer, int k, int skip) {
        boolean single = proposer < m.singles;
        String who = single ? m.applicantIds[proposer] : m.coupleIds[proposer - m.singles];
        String at = m.programIds[p];
        ProgramPair pair = single ? null : m.input.couples().get(proposer - m.singles).rankList().get(k);
        String what = single ? m.programIds[m.singleList[proposer][k]] : pair.toString();
        emit("reenter", single ? who : null, single ? null : who, single ? what : null, pair, k + 1, null, Market.NONE,
                (skip == 0 ? "" : "this state came back (" + (skip + 1) + " times now), so the next blocker is tried: ")
                        + at + " has a position free again; of those who would now rather be there than where they are, it ranks "
                        + (single ? who : "couple " + who) + (skip == 0 ? " best" : " " + ordinal(skip + 1)) + ", so " + (single ? who : "the couple")
                        + " is taken back on and applies again from " + what + " (choice " + (k + 1) + ")", p);
    }

    private static String ordinal(int n) {
        return n + (n % 100 >= 11 && n % 100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        });
    }

    /** The re-processing stopped: it came back to a state it had been in ({@code loop}), or re-entered too many. */
    void chainStop(boolean loop, long reentered) {
        emit("loop", null, null, null, null, 0, null, Market.NONE, loop
                ? "the re-processing came back to a state it had been in before (the same tentative matches and the same "
                + "programs left to look at) once for every applicant or couple that blocks there, so it would go round "
                + "forever: it stops here and leaves what still blocks to the repair rounds"
                : "the re-processing re-entered " + reentered + " applicants or couples without settling, so it stops here "
                + "and leaves what still blocks to the repair rounds");
    }

    private String whyNot(int p, int a, int rank) {
        String at = m.programIds[p];
        if (rank == Market.NOT_RANKED) {
            return at + " does not rank " + m.applicantIds[a] + ": refused";
        }
        if (m.quota[p] == 0) {
            return at + " has no positions: refused";
        }
        int[] held = holds.holders(p);
        int worst = held[held.length - 1];
        return at + " is full with applicants it ranks higher (the least wanted, " + m.applicantIds[worst] + ", is #"
                + (m.rank(p, worst) + 1) + "; " + m.applicantIds[a] + " is #" + (rank + 1) + "): refused";
    }

    /**
     * From here until {@link #pair} reports the pair taken, steps wait, so the pair comes first and whom its
     * partners bumped (and any couple withdrawal that caused) follows.
     */
    void beginPair() {
        waiting = new ArrayList<>();
    }

    private void emit(String event, String applicant, String couple, String program, ProgramPair pair, int choice,
                      String result, int bumped, String text, int... programs) {
        if (waiting != null) {
            waiting.add(() -> send(event, applicant, couple, program, pair, choice, result, bumped, text, programs));
        } else {
            send(event, applicant, couple, program, pair, choice, result, bumped, text, programs);
        }
    }

    private void send(String event, String applicant, String couple, String program, ProgramPair pair, int choice,
                      String result, int bumped, String text, int... programs) {
        Map<String, List<String>> held = new LinkedHashMap<>();
        for (int p : programs) {
            List<String> ids = new ArrayList<>();
            for (int h : holds.holders(p)) {
                ids.add(m.applicantIds[h]);
            }
            held.put(m.programIds[p], ids);
        }
        sink.accept(new TraceStep(++step, event, applicant, couple, program, pair, choice, result,
                bumped == Market.NONE ? null : m.applicantIds[bumped], text, held));
    }
}
