package org.rankmeeting.national.cohort;

import org.rankmeeting.scenario.Applicant;
import org.rankmeeting.scenario.Program;
import org.rankmeeting.scenario.Writer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The programs of the synthetic Main Match, specialty by specialty (positions and program counts from
 * {@link Specialty}, scaled). Each program's profile is drawn as below; every share not named a parameter is our
 * assumption.
 * <ul>
 *   <li>division by {@link Division#programs()}; academic with the specialty's academic share;</li>
 *   <li>positions: the specialty's total spread over its programs (lognormal sizes, academic ones 40% larger), so
 *       they add up exactly;</li>
 *   <li>IMG history: a program is IMG-open with the specialty's share ({@link CohortParameters#imgOpenScale()}),
 *       community programs twice as likely as academic ones; open programs are strong 40%, mixed 45%, once burned
 *       15%; the others take an IMG rarely (A5). Open programs are strategic / dependent / desperate 25 / 45 / 30,
 *       the split article 003 gives from back-room talk (it says itself it is not from a paper); the others are
 *       strategic;</li>
 *   <li>screens: IMG Step 2 cutoff 222-232 at strategic programs (article 003: "220-230 for IMGs"), 214-224 at
 *       dependent ones, 210 at desperate ones, 235-245 at rare takers; board trouble 8%; graduation within 5-7
 *       years at strategic programs (article 003), 7-10 at dependent ones, no limit at desperate ones, 3-5 at rare
 *       takers; first attempt only 60% / 35% / 0% / 70%;</li>
 *   <li>visa policy: J-1 and H-1B sponsorship with the parameters' shares; a J-1 budget of half the positions, a
 *       third of it already promised at most; an H-1B budget of one or two; 3% of H-1B sponsors lost an intern
 *       to a denial last cycle (V2);</li>
 *   <li>memories: past residents (K1) from schools drawn by size and national familiarity (trusted 6, known 3,
 *       burned 2, unknown never): 5-10 at a strong-history program, 2-5 at mixed and once-burned ones (the latter
 *       with two weak residents from one burned school), none or one at a rare taker. Trusted schools' residents
 *       are mostly strong or solid, known schools' mixed, burned schools' weak. Good residents of the last four
 *       years are still there to be asked (people: residents, a chief, faculty or graduates) and some once-burned
 *       programs avoid a region (K7) this cycle; one faculty writer per program is on its trusted list (L1).</li>
 * </ul>
 */
final class ProgramMaker {

    /** A program as drawn, before the applications reach it (its interview volume depends on them). */
    static final class Draft {
        final Specialty specialty;
        final Division division;
        final String id;
        final Program.Setting setting;
        final Program.ImgHistory imgHistory;
        final Program.Category category;
        final int positions;
        final double prestige;
        final Program.Screens screens;
        final Map<Applicant.Visa, Program.VisaBudget> visas;
        final boolean h1bDenial;
        final List<Program.PastResident> history;
        final List<Program.Person> people;
        final List<String> avoidingRegions;
        final String writer;

        Draft(Specialty specialty, Division division, String id, Program.Setting setting, Program.ImgHistory imgHistory,
              Program.Category category, int positions, double prestige, Program.Screens screens,
              Map<Applicant.Visa, Program.VisaBudget> visas, boolean h1bDenial, List<Program.PastResident> history,
              List<Program.Person> people, List<String> avoidingRegions, String writer) {
            this.specialty = specialty;
            this.division = division;
            this.id = id;
            this.setting = setting;
            this.imgHistory = imgHistory;
            this.category = category;
            this.positions = positions;
            this.prestige = prestige;
            this.screens = screens;
            this.visas = visas;
            this.h1bDenial = h1bDenial;
            this.history = history;
            this.people = people;
            this.avoidingRegions = avoidingRegions;
            this.writer = writer;
        }

        boolean imgOpen() {
            return imgHistory != Program.ImgHistory.RARE;
        }

        boolean sponsors(Applicant.Visa visa) {
            return !visa.needsSponsorship() || screens.sponsors().contains(visa) && !(h1bDenial && visa == Applicant.Visa.H1B);
        }

        int cutoff() {
            return screens.imgStep2Cutoff() + (Boolean.TRUE.equals(screens.boardTrouble()) ? 5 : 0);
        }

        String name() {
            return specialty.name() + " " + id.substring(id.indexOf('-') + 1) + " (" + division.name() + ", "
                    + setting.code() + ")";
        }

        /** The finished profile, with the interview volume its applications give. */
        Program program(int applications, double interviewsPerPosition) {
            int slots = Math.min(applications, (int) Math.round(positions * interviewsPerPosition));
            return new Program(id, name(), setting, category, imgHistory, positions, screens, visas, h1bDenial ? Boolean.TRUE : null,
                    history, avoidingRegions, new Program.WriterLists(List.of(writer), List.of(), List.of()), people,
                    List.of(), List.of(), List.of(), new Program.InterviewVolume(slots, applications), null, null,
                    division.name());
        }
    }

    private final Draw draw;
    private final SchoolWorld world;
    private final CohortParameters params;
    private final int cycle;
    private final double[] imgSchoolWeights;
    private final List<SchoolWorld.SchoolInfo> imgSchools = new ArrayList<>();
    final List<Writer> writers = new ArrayList<>();

    ProgramMaker(Draw draw, SchoolWorld world, CohortParameters params, int cycle) {
        this.draw = draw;
        this.world = world;
        this.params = params;
        this.cycle = cycle;
        imgSchools.addAll(world.international);
        imgSchools.addAll(world.caribbean);
        imgSchoolWeights = new double[imgSchools.size()];
        for (int i = 0; i < imgSchools.size(); i++) {
            SchoolWorld.SchoolInfo s = imgSchools.get(i);
            double f = switch (s.familiarity()) {
                case TRUSTED -> 6;
                case KNOWN -> 3;
                case BURNED -> 2;
                default -> 0;
            };
            imgSchoolWeights[i] = s.weight() * f;
        }
    }

    /** Every specialty's programs at {@code scale}. */
    List<Draft> make(double scale) {
        List<Draft> out = new ArrayList<>();
        for (Specialty s : Specialty.ALL) {
            int n = NrmpFigures.scaled(s.programs(), scale, 1);
            int positions = Math.max(n, NrmpFigures.scaled(s.positions(), scale, 1));
            out.addAll(specialty(s, n, positions));
        }
        return out;
    }

    private List<Draft> specialty(Specialty s, int n, int positions) {
        double[] divisionWeights = Division.ALL.stream().mapToDouble(Division::programs).toArray();
        Program.Setting[] settings = new Program.Setting[n];
        double[] sizes = new double[n];
        for (int i = 0; i < n; i++) {
            settings[i] = draw.chance(s.academicShare()) ? Program.Setting.ACADEMIC : Program.Setting.COMMUNITY;
            sizes[i] = Math.exp(0.5 * draw.normal()) * (settings[i] == Program.Setting.ACADEMIC ? 1.4 : 1.0);
        }
        int[] seats = apportion(positions, sizes);
        List<Draft> out = new ArrayList<>(n);
        double open = Math.min(1.0, s.imgOpenShare() * params.imgOpenScale());
        // community programs twice as likely to be open as academic ones, keeping the specialty's share
        double academic = s.academicShare();
        double academicOpen = Math.min(1.0, open / (academic + 2 * (1 - academic)));
        double communityOpen = Math.min(1.0, 2 * academicOpen);
        for (int i = 0; i < n; i++) {
            Division division = Division.ALL.get(draw.weighted(divisionWeights));
            String id = s.id() + "-" + (i + 1);
            boolean isOpen = draw.chance(settings[i] == Program.Setting.ACADEMIC ? academicOpen : communityOpen);
            out.add(draft(s, division, id, settings[i], isOpen, seats[i]));
        }
        return out;
    }

    /** {@code total} split in proportion to {@code weights}, each at least 1, adding up exactly (largest remainders). */
    static int[] apportion(int total, double[] weights) {
        int n = weights.length;
        int[] out = new int[n];
        int rest = total - n;
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        double[] frac = new double[n];
        int given = 0;
        for (int i = 0; i < n; i++) {
            double exact = rest * weights[i] / sum;
            out[i] = 1 + (int) Math.floor(exact);
            frac[i] = exact - Math.floor(exact);
            given += out[i];
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(frac[b], frac[a]));
        for (int k = 0; given < total; k = (k + 1) % n) {
            out[order[k]]++;
            given++;
        }
        return out;
    }

    private Draft draft(Specialty s, Division division, String id, Program.Setting setting, boolean open, int positions) {
        Program.ImgHistory history = open
                ? draw.pick(List.of(Program.ImgHistory.STRONG, Program.ImgHistory.MIXED, Program.ImgHistory.ONCE_BURNED), 0.40, 0.45, 0.15)
                : Program.ImgHistory.RARE;
        Program.Category category = open
                ? draw.pick(List.of(Program.Category.STRATEGIC, Program.Category.DEPENDENT, Program.Category.DESPERATE), 0.25, 0.45, 0.30)
                : Program.Category.STRATEGIC;
        double prestige = draw.normal() + (setting == Program.Setting.ACADEMIC ? 0.8 : 0) - (category == Program.Category.DESPERATE ? 0.8 : 0);
        Program.Screens screens = screens(open, category, positions);
        Map<Applicant.Visa, Program.VisaBudget> visas = new EnumMap<>(Applicant.Visa.class);
        if (screens.sponsors().contains(Applicant.Visa.J1)) {
            int budget = Math.max(1, Math.round(positions * 0.5f));
            visas.put(Applicant.Visa.J1, new Program.VisaBudget(budget, draw.between(0, budget / 3)));
        }
        boolean denial = false;
        if (screens.sponsors().contains(Applicant.Visa.H1B)) {
            int budget = draw.between(1, 2);
            visas.put(Applicant.Visa.H1B, new Program.VisaBudget(budget, draw.between(0, budget - 1)));
            denial = draw.chance(0.03);
        }
        String writer = id + "-w";
        writers.add(new Writer(writer, "Faculty writer at " + id, Writer.Role.FACULTY, id, "US"));
        List<Program.PastResident> past = history(history);
        List<Program.Person> people = people(id, past);
        List<String> avoiding = history == Program.ImgHistory.ONCE_BURNED && draw.chance(0.4)
                ? List.of(draw.pick(SchoolWorld.REGIONS).id()) : List.of();
        return new Draft(s, division, id, setting, history, category, positions, prestige, screens, Map.copyOf(visas),
                denial, past, people, avoiding, writer);
    }

    private Program.Screens screens(boolean open, Program.Category category, int positions) {
        int cutoff;
        Integer maxYears;
        boolean firstAttempt;
        if (!open) {
            cutoff = draw.between(235, 245);
            maxYears = draw.between(3, 5);
            firstAttempt = draw.chance(0.7);
        } else {
            switch (category) {
                case STRATEGIC -> {
                    cutoff = draw.between(222, 232);
                    maxYears = draw.between(5, 7);
                    firstAttempt = draw.chance(0.6);
                }
                case DEPENDENT -> {
                    cutoff = draw.between(214, 224);
                    maxYears = draw.between(7, 10);
                    firstAttempt = draw.chance(0.35);
                }
                default -> {
                    cutoff = 210;
                    maxYears = null;
                    firstAttempt = false;
                }
            }
        }
        List<Applicant.Visa> sponsors = new ArrayList<>();
        if (draw.chance(open ? params.j1Share() : params.rareJ1Share())) {
            sponsors.add(Applicant.Visa.J1);
        }
        if (open && draw.chance(params.h1bShare())) {
            sponsors.add(Applicant.Visa.H1B);
        }
        return new Program.Screens(cutoff, draw.chance(0.08), maxYears, firstAttempt, List.copyOf(sponsors));
    }

    private List<Program.PastResident> history(Program.ImgHistory h) {
        int n = switch (h) {
            case STRONG -> draw.between(5, 10);
            case MIXED, ONCE_BURNED -> draw.between(2, 5);
            case RARE -> draw.chance(0.3) ? 1 : 0;
        };
        List<Program.PastResident> out = new ArrayList<>(n + 2);
        for (int i = 0; i < n; i++) {
            SchoolWorld.SchoolInfo school = imgSchools.get(draw.weighted(imgSchoolWeights));
            out.add(new Program.PastResident(school.id(), cycle - draw.between(1, 8), outcome(school.familiarity()), null, null));
        }
        if (h == Program.ImgHistory.ONCE_BURNED) {
            SchoolWorld.SchoolInfo burned = imgSchools.get(draw.weighted(imgSchoolWeights));
            for (int k = 0; k < 2; k++) {
                out.add(new Program.PastResident(burned.id(), cycle - draw.between(1, 5), Program.PastResident.Outcome.WEAK,
                        "struggled on the wards", null));
            }
        }
        return List.copyOf(out);
    }

    private Program.PastResident.Outcome outcome(Familiarity f) {
        List<Program.PastResident.Outcome> all = List.of(Program.PastResident.Outcome.values());
        return switch (f) {
            case TRUSTED -> draw.pick(all, 0.50, 0.40, 0.10, 0.0);
            case KNOWN -> draw.pick(all, 0.15, 0.35, 0.40, 0.10);
            default -> draw.pick(all, 0.0, 0.0, 0.30, 0.70);
        };
    }

    private List<Program.Person> people(String programId, List<Program.PastResident> past) {
        List<Program.Person> out = new ArrayList<>();
        for (Program.PastResident r : past) {
            boolean good = r.outcome() == Program.PastResident.Outcome.STRONG || r.outcome() == Program.PastResident.Outcome.SOLID;
            if (!good || r.year() < cycle - 4) {
                continue;
            }
            Program.Person.Role role = r.year() >= cycle - 2 ? Program.Person.Role.RESIDENT
                    : draw.pick(List.of(Program.Person.Role.CHIEF, Program.Person.Role.FACULTY, Program.Person.Role.GRADUATE), 0.3, 0.2, 0.5);
            Program.Person.Record record = draw.pick(List.of(Program.Person.Record.values()), 0.4, 0.5, 0.1);
            Program.Person.View view = draw.pick(List.of(Program.Person.View.values()), 0.8, 0.15, 0.05);
            out.add(new Program.Person(programId + "-p" + (out.size() + 1), null, role, r.school(), r.year(), record, view));
        }
        return List.copyOf(out);
    }
}
