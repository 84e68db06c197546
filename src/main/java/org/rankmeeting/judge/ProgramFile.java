package org.rankmeeting.judge;

import org.rankmeeting.scenario.Program;
import org.rankmeeting.scenario.Program.Signals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One program as an applicant sees it from outside: the fact the judging rules ({@code rules/judging.drl}) reason
 * about. It carries the program's public signals and look-ups over them (averages, runs of years, counts), but no
 * judgement: the lines, weights and windows that decide what the numbers mean are in the rules. A signal that was
 * not recorded reads as "not known" ({@code has...} false).
 * Immutable once inserted; the rank-meeting engine's rules never see it.
 */
public final class ProgramFile {

    private final Program program;
    private final int cycle;
    private final NavigableMap<Integer, Integer> passRates;
    private final boolean fillHistoryKnown;
    private final TreeSet<Integer> unfilled;
    private final TreeSet<Integer> soap;
    private final TreeSet<Integer> troubleYears;
    private final List<Integer> pdStarts;
    private final Signals.Graduates graduates;
    private final Signals.VisaPaperwork visaPaperwork;
    private final Signals.Roster roster;
    private final Signals.Website website;
    private final List<Signals.InterviewCue> interviewDay;

    public ProgramFile(Program program, int cycle) {
        this.program = program;
        this.cycle = cycle;
        Signals s = program.signals();
        this.passRates = s == null ? new TreeMap<>() : new TreeMap<>(s.boardPassRates());
        this.fillHistoryKnown = s != null && (s.unfilledYears() != null || s.soapYears() != null);
        this.unfilled = s == null || s.unfilledYears() == null ? new TreeSet<>() : new TreeSet<>(s.unfilledYears());
        this.soap = s == null || s.soapYears() == null ? new TreeSet<>() : new TreeSet<>(s.soapYears());
        this.troubleYears = new TreeSet<>(unfilled);
        troubleYears.addAll(soap);
        this.pdStarts = s == null ? List.of() : s.pdStartYears().stream().sorted().distinct().toList();
        this.graduates = s == null ? null : s.graduates();
        this.visaPaperwork = s == null ? null : s.visaPaperwork();
        this.roster = s == null ? null : s.roster();
        this.website = s == null ? null : s.website();
        this.interviewDay = s == null ? List.of() : List.copyOf(s.interviewDay());
    }

    public Program program() { return program; }

    // --- who
    public String getId() { return program.id(); }
    public String getName() { return program.displayName(); }
    public int getCycle() { return cycle; }

    // --- board pass rates
    public boolean isHasPassRates() { return !passRates.isEmpty(); }
    /** How many years of pass rates are on record. */
    public int getPassRateYears() { return passRates.size(); }

    /** The average pass rate (percent) over the {@code n} most recent years on record; 0 when there are none. */
    public double recentPassAverage(int n) {
        return recent(n).values().stream().mapToInt(Integer::intValue).average().orElse(0);
    }

    /** How many years {@link #recentPassAverage} averages: {@code n}, or fewer when fewer are on record. */
    public int recentPassYearCount(int n) {
        return recent(n).size();
    }

    /** The years averaged, as a range when they run on ("2023-2025") or listed ("2019, 2024, 2025"). */
    public String recentPassYears(int n) {
        return years(new ArrayList<>(recent(n).keySet()));
    }

    /** The rates averaged, year by year: "2023 82%, 2024 79%, 2025 83%". */
    public String recentPassRates(int n) {
        return recent(n).entrySet().stream().map(e -> e.getKey() + " " + e.getValue() + "%")
                .collect(Collectors.joining(", "));
    }

    private NavigableMap<Integer, Integer> recent(int n) {
        NavigableMap<Integer, Integer> out = new TreeMap<>();
        for (Map.Entry<Integer, Integer> e : passRates.descendingMap().entrySet()) {
            if (out.size() == n) {
                break;
            }
            out.put(e.getKey(), e.getValue());
        }
        return out;
    }

    // --- SOAP and unfilled positions
    /** Whether either list (unfilled years, SOAP years) was given, even empty. */
    public boolean isFillHistoryKnown() { return fillHistoryKnown; }

    /** Years with unfilled positions or SOAP use among the {@code n} Match cycles up to and including this one. */
    public int troubleYearsWithin(int n) {
        return window(n).size();
    }

    /** The longest run of consecutive years with unfilled positions or SOAP use within the last {@code n} cycles. */
    public int longestTroubleRunWithin(int n) {
        int best = 0;
        int run = 0;
        Integer previous = null;
        for (int year : window(n)) {
            run = previous != null && year == previous + 1 ? run + 1 : 1;
            best = Math.max(best, run);
            previous = year;
        }
        return best;
    }

    /** "unfilled 2023, 2025; SOAP 2023-2025": the years within the last {@code n} cycles, or "none". */
    public String troubleYearsText(int n) {
        int from = cycle - n + 1;
        List<Integer> u = List.copyOf(unfilled.subSet(from, true, cycle, true));
        List<Integer> s = List.copyOf(soap.subSet(from, true, cycle, true));
        List<String> parts = new ArrayList<>();
        if (!u.isEmpty()) {
            parts.add("unfilled " + years(u));
        }
        if (!s.isEmpty()) {
            parts.add("SOAP " + years(s));
        }
        return parts.isEmpty() ? "none" : String.join("; ", parts);
    }

    /** The last {@code n} Match cycles, this one included: "cycles 2022-2026". */
    public String cyclesText(int n) {
        return "cycles " + (cycle - n + 1) + "-" + cycle;
    }

    private TreeSet<Integer> window(int n) {
        return new TreeSet<>(troubleYears.subSet(cycle - n + 1, true, cycle, true));
    }

    // --- leadership
    public boolean isHasPdHistory() { return !pdStarts.isEmpty(); }
    /** Years the current program director has led the program (the cycle minus the last start year). */
    public int getPdTenure() { return pdStarts.isEmpty() ? 0 : cycle - pdStarts.get(pdStarts.size() - 1); }
    /** The year the current program director took over; 0 when not known. */
    public int getPdSince() { return pdStarts.isEmpty() ? 0 : pdStarts.get(pdStarts.size() - 1); }

    /** P3: a change of program director counts as churn when the next one follows within this many years. */
    public static final int CHURN_YEARS = 5;
    /** How far back a pair of quick changes still says something about the program today. */
    public static final int CHURN_LOOKBACK = 10;

    /**
     * P3 leadership churn: two changes of program director within five years of each other (a new director every
     * two or three years), the later one in the last ten cycles. The closest such pair, or null when there is none.
     */
    public int[] getPdChurnPair() {
        int[] best = null;
        for (int i = 1; i < pdStarts.size(); i++) {
            int a = pdStarts.get(i - 1);
            int b = pdStarts.get(i);
            if (b - a < CHURN_YEARS && b > cycle - CHURN_LOOKBACK && (best == null || b - a < best[1] - best[0])) {
                best = new int[] {a, b};
            }
        }
        return best;
    }

    public boolean isPdChurn() { return getPdChurnPair() != null; }

    /** "2021 and 2024, 3 years apart": the closest pair of changes that makes the churn. */
    public String getPdChurnText() {
        int[] pair = getPdChurnPair();
        return pair == null ? "" : pair[0] + " and " + pair[1] + ", " + Wording.years(pair[1] - pair[0]) + " apart";
    }

    /** "2019, 2021, 2024": the years a new program director took over. */
    public String getPdStartsText() { return pdStarts.stream().map(String::valueOf).collect(Collectors.joining(", ")); }

    // --- graduate outcomes
    public boolean isHasGraduateOutcomes() { return graduates != null; }
    public int getFellowships() { return graduates == null ? 0 : graduates.fellowships().size(); }
    public int getJobs() { return graduates == null ? 0 : graduates.jobs().size(); }
    /** "cardiology, Henry Ford (2024); GI, Wayne State (2023)". */
    public String getFellowshipList() { return graduates == null ? "" : String.join("; ", graduates.fellowships()); }
    public String getJobList() { return graduates == null ? "" : String.join("; ", graduates.jobs()); }

    // --- visa handling, roster, website
    public Signals.VisaPaperwork getVisaPaperwork() { return visaPaperwork; }
    public boolean isHasVisaPaperwork() { return visaPaperwork != null; }
    /** Percent of current residents who are not US graduates; -1 when not known. */
    public int getNonUsPercent() { return roster == null || roster.nonUsPercent() == null ? -1 : roster.nonUsPercent(); }
    public Signals.Roster.Turnover getTurnover() { return roster == null ? null : roster.turnover(); }
    public Signals.Website getWebsite() { return website; }

    // --- interview day
    public List<Signals.InterviewCue> getInterviewDay() { return interviewDay; }

    /** "2023-2025" for a run of consecutive years, else "2019, 2024, 2025". */
    static String years(List<Integer> sorted) {
        if (sorted.isEmpty()) {
            return "";
        }
        boolean consecutive = sorted.size() > 2;
        for (int i = 1; i < sorted.size() && consecutive; i++) {
            consecutive = sorted.get(i) == sorted.get(i - 1) + 1;
        }
        if (consecutive) {
            return sorted.get(0) + "-" + sorted.get(sorted.size() - 1);
        }
        return sorted.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return "ProgramFile[" + program.id() + "]";
    }
}
