package org.rankmeeting.national;

import org.rankmeeting.engine.Cores;
import org.rankmeeting.engine.Engine;
import org.rankmeeting.engine.ProgramBoard;
import org.rankmeeting.engine.World;
import org.rankmeeting.match.ApplicantRanking;
import org.rankmeeting.match.CoupleRanking;
import org.rankmeeting.match.DeferredAcceptance;
import org.rankmeeting.match.MatchInput;
import org.rankmeeting.match.MatchResult;
import org.rankmeeting.match.ProgramRanking;
import org.rankmeeting.match.Soap;
import org.rankmeeting.match.SoapInput;
import org.rankmeeting.match.SoapResult;
import org.rankmeeting.matchday.MatchDay;
import org.rankmeeting.matchday.RankLists;
import org.rankmeeting.scenario.Applicant;
import org.rankmeeting.scenario.Couple;
import org.rankmeeting.scenario.Program;
import org.rankmeeting.scenario.Stage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One national Main Match cycle, end to end, on the real engine:
 * <ol>
 *   <li>every program runs its rank meeting through the rules on the files sent to it (all three passes, as
 *       {@code run} does), programs side by side on the cores ({@link Cores}); each board is kept compactly ({@link CompactBoard});</li>
 *   <li>a program's rank list is its ranked files in board order (tier, then order key), its quota its positions;</li>
 *   <li>an applicant's list is the one the file gives ({@code rankList}), or else the programs that interviewed
 *       them, in the order of the file's {@code applications} (the
 *       program wanted most first; the scenario's order of programs for a file without the list), at most
 *       {@code preferences.maxListLength} when the file says; a couple's pairs come from the partners' lists
 *       ({@link RankLists#couple});</li>
 *   <li>the Match with couples ({@link DeferredAcceptance}), then SOAP: a program offers its open positions to
 *       unmatched files it ranked, then to files it reviewed but did not invite (never to files its screens removed
 *       or it chose not to rank); an unmatched applicant takes offers from the programs they applied to, in the
 *       order of their applications.</li>
 * </ol>
 */
public final class NationalCycle {

    /** Step 2 bands of the report: the lower bound of each, and the label. */
    static final int[] STEP2_FLOORS = {0, 220, 230, 240, 250, 260};
    static final String[] STEP2_BANDS = {"below 220", "220-229", "230-239", "240-249", "250-259", "260 and up"};
    static final String NO_SCORE = "no Step 2 score";

    /** Everything a cycle produced, for tests and for a closer look; {@link #result()} is the numbers. */
    public record Outcome(Cohort cohort, List<CompactBoard> boards, ReasonIds reasons, Map<String, List<String>> applicantLists,
                          MatchInput input, MatchResult match, SoapResult soap, CycleResult result) {
    }

    private final Engine engine;

    public NationalCycle(Engine engine) {
        this.engine = engine;
    }

    public Outcome run(Cohort cohort, long seed, Progress progress) {
        long t0 = System.nanoTime();
        World world = cohort.world();
        List<Applicant> applicants = world.applicants();
        List<Program> programs = world.programs();
        Map<String, Integer> index = new HashMap<>(applicants.size() * 2);
        for (int i = 0; i < applicants.size(); i++) {
            index.put(applicants.get(i).id(), i);
        }

        ReasonIds reasons = new ReasonIds();
        if (!programs.isEmpty()) {
            world.applicantsOf(programs.get(0)); // the world's index of files by program, built here once, not by each core
        }
        progress.begin("rank meetings", programs.size());
        // Programs side by side on the cores; each board is made compact in the task that ran its meeting.
        CompactBoard[] boards = Cores.map(programs, program -> {
            CompactBoard board = CompactBoard.of(engine.runProgram(world, program, world.applicantsOf(program)), index, reasons);
            progress.step();
            return board;
        }).toArray(CompactBoard[]::new);
        progress.end();
        long t1 = System.nanoTime();

        Map<String, List<String>> lists = applicantLists(world, boards);
        MatchInput input = input(world, boards, lists);
        MatchResult match = new DeferredAcceptance().run(input);
        SoapResult soap = soap(world, boards, match);
        long t2 = System.nanoTime();

        CycleResult result = Tally.of(cohort, seed, List.of(boards), lists, match, soap,
                (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t2 - t0) / 1e9);
        return new Outcome(cohort, List.of(boards), reasons, lists, input, match, soap, result);
    }

    /**
     * The program's meeting run again with every explanation trail: what a compact placement of the national run
     * came from, recomputed on demand (the same files, rules and passes give the same board).
     */
    public ProgramBoard board(World world, String programId) {
        Program program = world.program(programId);
        return engine.runProgram(world, program, world.applicantsOf(program));
    }

    /** Per applicant id, the list given, or the programs that interviewed them in the order the applicant ranks them. */
    static Map<String, List<String>> applicantLists(World world, CompactBoard[] boards) {
        List<Applicant> applicants = world.applicants();
        List<Set<String>> interviewedAt = new ArrayList<>(applicants.size());
        for (int i = 0; i < applicants.size(); i++) {
            interviewedAt.add(new HashSet<>(4));
        }
        for (CompactBoard b : boards) {
            for (int i = 0; i < b.size(); i++) {
                if (b.interviewed(i)) {
                    interviewedAt.get(b.applicant(i)).add(b.programId());
                }
            }
        }
        Map<String, List<String>> out = new LinkedHashMap<>(applicants.size() * 2);
        for (int i = 0; i < applicants.size(); i++) {
            Applicant a = applicants.get(i);
            if (!a.rankList().isEmpty()) {
                out.put(a.id(), a.rankList());
                continue;
            }
            Set<String> interviewed = interviewedAt.get(i);
            int cap = a.preferences() != null && a.preferences().maxListLength() != null
                    ? a.preferences().maxListLength() : Integer.MAX_VALUE;
            List<String> list = new ArrayList<>(interviewed.size());
            for (String program : preferenceOrder(world, a)) {
                if (list.size() < cap && interviewed.contains(program)) {
                    list.add(program);
                }
            }
            out.put(a.id(), List.copyOf(list));
        }
        return out;
    }

    /** The programs the file was sent to, the one wanted most first: its applications as written, else every program. */
    static List<String> preferenceOrder(World world, Applicant a) {
        if (a.appliedEverywhere()) {
            return world.programs().stream().map(Program::id).toList();
        }
        List<String> out = new ArrayList<>(a.applications().size());
        Set<Program> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (String entry : a.applications()) {
            Program p = world.applicationProgram(entry);
            if (p != null && seen.add(p)) {
                out.add(p.id());
            }
        }
        return out;
    }

    static MatchInput input(World world, CompactBoard[] boards, Map<String, List<String>> lists) {
        List<Applicant> applicants = world.applicants();
        List<ProgramRanking> programs = new ArrayList<>(boards.length);
        for (CompactBoard b : boards) {
            Program p = world.program(b.programId());
            List<String> ranked = new ArrayList<>();
            for (int i = 0; i < b.size(); i++) {
                if (b.ranked(i)) {
                    ranked.add(applicants.get(b.applicant(i)).id());
                }
            }
            programs.add(new ProgramRanking(p.id(), p.positions() == null ? 0 : p.positions(), ranked));
        }
        Map<String, RankLists.ApplicantList> applicantLists = new HashMap<>(applicants.size() * 2);
        lists.forEach((id, list) -> applicantLists.put(id, new RankLists.ApplicantList(id, list, false, List.of())));
        return MatchDay.input(world, programs, applicantLists);
    }

    static SoapResult soap(World world, CompactBoard[] boards, MatchResult match) {
        List<Applicant> applicants = world.applicants();
        Set<String> unmatched = new HashSet<>(match.unmatched());
        Map<String, Integer> open = new HashMap<>();
        match.programs().forEach(f -> open.put(f.program(), f.unfilled()));
        Map<String, CompactBoard> byProgram = new HashMap<>();
        for (CompactBoard b : boards) {
            byProgram.put(b.programId(), b);
        }
        SoapInput input = SoapInput.fromMatch(match, program -> {
            CompactBoard b = byProgram.get(program);
            if (b == null || open.getOrDefault(program, 0) <= 0) {
                return List.of();
            }
            // Board order: the ranked files in list order come before the files reviewed but not invited.
            List<String> offerTo = new ArrayList<>();
            for (int i = 0; i < b.size(); i++) {
                String id = applicants.get(b.applicant(i)).id();
                if ((b.ranked(i) || b.stage(i) == Stage.NOT_INVITED) && unmatched.contains(id)) {
                    offerTo.add(id);
                }
            }
            return offerTo;
        }, applicant -> preferenceOrder(world, world.applicant(applicant)));
        return new Soap().run(input);
    }
}
