package org.rankmeeting.national;

import org.rankmeeting.engine.World;
import org.rankmeeting.match.MatchResult;
import org.rankmeeting.match.SoapResult;
import org.rankmeeting.scenario.Applicant;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Counts a finished cycle into a {@link CycleResult}. */
final class Tally {

    private Tally() {
    }

    static CycleResult of(Cohort cohort, long seed, List<CompactBoard> boards, Map<String, List<String>> lists,
                          MatchResult match, SoapResult soap, double meetingSeconds, double matchSeconds, double seconds) {
        World world = cohort.world();
        Map<String, String> matched = match.assignment();
        Set<String> soapPlaced = new HashSet<>();
        soap.placements().forEach(p -> soapPlaced.add(p.applicant()));

        Map<Group, int[]> counts = new EnumMap<>(Group.class);      // applicants, matched, soap, no interview, interviews
        Map<String, int[]> bands = new LinkedHashMap<>();           // "band|group" -> applicants, matched
        Map<String, int[]> familiarity = new LinkedHashMap<>();
        for (Applicant a : world.applicants()) {
            Group g = cohort.group(a.id());
            if (g == null) {
                throw new IllegalStateException("the cohort gives applicant '" + a.id() + "' no group");
            }
            int[] c = counts.computeIfAbsent(g, k -> new int[5]);
            boolean got = matched.containsKey(a.id());
            int interviews = lists.getOrDefault(a.id(), List.of()).size();
            c[0]++;
            c[1] += got ? 1 : 0;
            c[2] += soapPlaced.contains(a.id()) ? 1 : 0;
            c[3] += interviews == 0 ? 1 : 0;
            c[4] += interviews;
            count(bands, band(a) + "|" + g.name(), got);
            String known = cohort.familiarity(a.id());
            if (known != null) {
                count(familiarity, known + "|" + g.name(), got);
            }
        }
        List<CycleResult.GroupLine> groups = new ArrayList<>();
        counts.forEach((g, c) -> groups.add(new CycleResult.GroupLine(g, c[0], c[1], c[2], c[3], c[0] == 0 ? 0 : (double) c[4] / c[0])));

        int positions = match.programs().stream().mapToInt(MatchResult.ProgramFill::positions).sum();
        int filled = match.programs().stream().mapToInt(MatchResult.ProgramFill::filled).sum();
        int offers = soap.rounds().stream().mapToInt(r -> r.offers().size()).sum();
        int stillOpen = soap.openPositions().stream().mapToInt(SoapResult.Opening::open).sum();
        CycleResult.Soap s = new CycleResult.Soap(positions - filled, offers, soap.placements().size(), stillOpen);

        long placements = boards.stream().mapToLong(CompactBoard::size).sum();
        long bytes = boards.stream().mapToLong(CompactBoard::bytes).sum();
        CycleResult.Run run = new CycleResult.Run(world.programs().size(), world.applicants().size(),
                world.scenario().couples().size(), placements, bytes, match.stable(),
                match.blockingPairs().size(), meetingSeconds, matchSeconds, seconds);
        return new CycleResult(seed, world.scenario().title(), groups, positions, filled, s, cells(bands, bandOrder()),
                cells(familiarity, cohort.familiarityOrder()), run);
    }

    private static void count(Map<String, int[]> cells, String key, boolean matched) {
        int[] c = cells.computeIfAbsent(key, k -> new int[2]);
        c[0]++;
        c[1] += matched ? 1 : 0;
    }

    /** The Step 2 band of the file: "240-249", or "no Step 2 score" when none is given or it is not yet taken. */
    static String band(Applicant a) {
        if (a.step2() == null || a.step2().score() == null || Boolean.FALSE.equals(a.step2().taken())) {
            return NationalCycle.NO_SCORE;
        }
        int score = a.step2().score();
        String band = NationalCycle.STEP2_BANDS[0];
        for (int i = 0; i < NationalCycle.STEP2_FLOORS.length; i++) {
            if (score >= NationalCycle.STEP2_FLOORS[i]) {
                band = NationalCycle.STEP2_BANDS[i];
            }
        }
        return band;
    }

    private static List<String> bandOrder() {
        List<String> order = new ArrayList<>(List.of(NationalCycle.STEP2_BANDS));
        order.add(NationalCycle.NO_SCORE);
        return order;
    }

    /** The cells in the order of their classes ({@code order} first, then the rest by name), then by group. */
    private static List<CycleResult.Cell> cells(Map<String, int[]> counted, List<String> order) {
        Set<String> classes = new TreeSet<>();
        counted.keySet().forEach(k -> classes.add(k.substring(0, k.lastIndexOf('|'))));
        List<String> ordered = new ArrayList<>();
        order.stream().filter(classes::contains).forEach(ordered::add);
        classes.stream().filter(c -> !ordered.contains(c)).forEach(ordered::add);
        List<CycleResult.Cell> out = new ArrayList<>();
        for (String c : ordered) {
            for (Group g : Group.values()) {
                int[] n = counted.get(c + "|" + g.name());
                if (n != null) {
                    out.add(new CycleResult.Cell(c, g, n[0], n[1]));
                }
            }
        }
        return out;
    }
}
