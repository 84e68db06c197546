package org.rankmeeting.matchday;

import org.rankmeeting.engine.Meeting;
import org.rankmeeting.engine.Placement;
import org.rankmeeting.engine.ProgramBoard;
import org.rankmeeting.engine.World;
import org.rankmeeting.judge.Judgement;
import org.rankmeeting.match.ApplicantRanking;
import org.rankmeeting.match.CoupleRanking;
import org.rankmeeting.match.DeferredAcceptance;
import org.rankmeeting.match.MatchInput;
import org.rankmeeting.match.MatchResult;
import org.rankmeeting.match.ProgramRanking;
import org.rankmeeting.match.Soap;
import org.rankmeeting.match.SoapInput;
import org.rankmeeting.match.SoapResult;
import org.rankmeeting.scenario.Applicant;
import org.rankmeeting.scenario.Couple;
import org.rankmeeting.scenario.Program;
import org.rankmeeting.scenario.Stage;
import org.rankmeeting.scenario.Tier;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Rank night to Match day: the programs' lists from the meeting, the applicants' lists (given or derived), the
 * Match, SOAP for what is left, and for each applicant what one tier more at a program they preferred would have
 * done.
 */
public final class MatchDay {

    /**
     * What one tier more would have done for an applicant at one program: the tier they had there, the tier one
     * up, and whether they would then have matched there.
     */
    public record OneTier(String applicant, String program, Tier had, Tier oneUp, boolean wouldMatch) {
    }

    public record Outcome(Meeting meeting, Map<String, RankLists.ApplicantList> applicantLists, MatchInput input,
                          MatchResult match, SoapResult soap, Map<String, Optional<OneTier>> oneTier) {
    }

    private MatchDay() {
    }

    public static Outcome run(Meeting meeting, List<Judgement> judgements) {
        World world = meeting.world();
        Map<String, Judgement> judged = new LinkedHashMap<>();
        judgements.forEach(j -> judged.put(j.programId(), j));

        Map<String, RankLists.ApplicantList> lists = new LinkedHashMap<>();
        for (Applicant a : world.applicants()) {
            lists.put(a.id(), RankLists.applicant(world, meeting, a, judged));
        }
        MatchInput input = input(world, RankLists.programs(meeting), lists);
        MatchResult match = new DeferredAcceptance().run(input);

        SoapInput soapInput = SoapInput.fromMatch(match, program -> soapPreferences(meeting.board(program), match),
                applicant -> RankLists.byDesirability(world, world.applicant(applicant), judged).stream()
                        .map(Program::id).toList());
        SoapResult soap = new Soap().run(soapInput);

        Map<String, Optional<OneTier>> oneTier = new LinkedHashMap<>();
        for (Applicant a : world.applicants()) {
            oneTier.put(a.id(), oneTierBetter(meeting, input, match, a.id(), lists.get(a.id())));
        }
        return new Outcome(meeting, lists, input, match, soap, oneTier);
    }

    /** The Match's input: the programs' lists as given, couples' pair lists from the partners' lists, everyone else single. */
    public static MatchInput input(World world, List<ProgramRanking> programs, Map<String, RankLists.ApplicantList> lists) {
        Set<String> partnered = new HashSet<>();
        List<CoupleRanking> couples = new ArrayList<>();
        for (Couple c : world.scenario().couples()) {
            String first = c.partners().get(0);
            String second = c.partners().get(1);
            partnered.add(first);
            partnered.add(second);
            String id = c.id() != null ? c.id() : first + "+" + second;
            couples.add(new CoupleRanking(id, first, second, RankLists.couple(c, lists.get(first), lists.get(second))));
        }
        List<ApplicantRanking> singles = new ArrayList<>();
        for (Applicant a : world.applicants()) {
            if (!partnered.contains(a.id())) {
                singles.add(new ApplicantRanking(a.id(), lists.get(a.id()).programs()));
            }
        }
        return new MatchInput(programs, singles, couples);
    }

    /**
     * Whom a program offers its open SOAP positions to: unmatched files it ranked, in list order, then files it
     * reviewed but did not invite; never files its screens removed, nor files it decided not to rank.
     */
    static List<String> soapPreferences(ProgramBoard board, MatchResult match) {
        Set<String> unmatched = new HashSet<>(match.unmatched());
        List<String> out = new ArrayList<>();
        for (Placement p : board.placements()) {
            boolean eligible = p.isRanked() || p.stage() == Stage.NOT_INVITED;
            if (eligible && unmatched.contains(p.applicantId())) {
                out.add(p.applicantId());
            }
        }
        return out;
    }

    /**
     * Goes down the applicant's list, above where they matched (the whole list when they did not); at each program
     * where they were interviewed below the top tier, moves them up one tier on that program's list and runs the
     * Match again. Returns the first program where that would have matched them, else the first one tried.
     */
    static Optional<OneTier> oneTierBetter(Meeting meeting, MatchInput input, MatchResult match, String applicant,
                                           RankLists.ApplicantList list) {
        Optional<MatchResult.Placement> got = match.placement(applicant);
        OneTier firstTried = null;
        for (String program : list.programs()) {
            if (got.isPresent() && got.get().program().equals(program)) {
                break;
            }
            Placement p = meeting.placement(applicant, program);
            if (p == null || p.stage() != Stage.INTERVIEWED || p.tier() == Tier.RANK_TO_MATCH) {
                continue;
            }
            Tier up = Tier.values()[p.tier().ordinal() + 1];
            MatchInput bumped = bump(meeting.board(program), input, applicant, up);
            MatchResult again = new DeferredAcceptance().run(bumped);
            boolean there = again.placement(applicant).map(x -> x.program().equals(program)).orElse(false);
            OneTier tried = new OneTier(applicant, program, p.tier(), up, there);
            if (there) {
                return Optional.of(tried);
            }
            firstTried = firstTried == null ? tried : firstTried;
        }
        return Optional.ofNullable(firstTried);
    }

    /** The input with one program's list re-sorted as if the applicant had been placed one tier higher. */
    private static MatchInput bump(ProgramBoard board, MatchInput input, String applicant, Tier up) {
        List<Placement> placements = new ArrayList<>();
        for (Placement p : board.placements()) {
            placements.add(p.applicantId().equals(applicant)
                    ? new Placement(p.applicantId(), p.applicantName(), p.programId(), p.programName(), p.stage(),
                    p.bucket(), up, p.score(), p.orderKey(), p.trail())
                    : p);
        }
        List<String> list = placements.stream().sorted(Placement.LIST_ORDER).filter(Placement::isRanked)
                .map(Placement::applicantId).toList();
        List<ProgramRanking> programs = input.programs().stream()
                .map(r -> r.id().equals(board.program().id()) ? new ProgramRanking(r.id(), r.positions(), list) : r)
                .toList();
        return new MatchInput(programs, input.applicants(), input.couples());
    }
}
