package org.rankmeeting.national.cohort;

import org.rankmeeting.scenario.Region;
import org.rankmeeting.scenario.School;
import org.rankmeeting.scenario.Writer;

import java.util.ArrayList;
import java.util.List;

/**
 * The schools, regions and letter writers of the synthetic world. They do not shrink with the scale, so each
 * school's share of programs that know it stays as at national size.
 *
 * <p>Counts and shares here are our assumptions: about 155 US MD and 40 US DO schools (near the AAMC and AACOM
 * member counts), 900 international schools in seven regions and 30 Caribbean schools; school sizes fall off by
 * rank (weight 1 / (rank + 5)), so a few large feeder schools send many graduates. Regions are read by program
 * directors as the article 000 describes (K6): high-volume systems as battle-tested, some as exam-oriented; which
 * region is read how is our assumption.
 */
final class SchoolWorld {

    static final int US_MD_SCHOOLS = 155;
    static final int US_DO_SCHOOLS = 40;
    static final int INTERNATIONAL_SCHOOLS = 900;
    static final int CARIBBEAN_SCHOOLS = 30;
    /** Letter writers per US school and per international or Caribbean school. */
    static final int US_WRITERS = 8;
    static final int IMG_WRITERS = 3;

    /** One school as the generator knows it. */
    record SchoolInfo(School school, Familiarity familiarity, double weight, Division division, List<String> writers) {
        String id() {
            return school.id();
        }
    }

    /** A region of international schools, its countries and its share of non-US IMGs (assumption). */
    record RegionInfo(String id, String name, Region.Perception perception, double share, List<String> countries) {
    }

    static final List<RegionInfo> REGIONS = List.of(
            new RegionInfo("south-asia", "South Asia", Region.Perception.BATTLE_TESTED, 0.38,
                    List.of("India", "Pakistan", "Bangladesh", "Nepal")),
            new RegionInfo("mena", "Middle East and North Africa", Region.Perception.NEUTRAL, 0.15,
                    List.of("Egypt", "Jordan", "Syria", "Lebanon", "Iran")),
            new RegionInfo("west-africa", "West Africa", Region.Perception.BATTLE_TESTED, 0.10,
                    List.of("Nigeria", "Ghana")),
            new RegionInfo("eastern-europe", "Eastern Europe", Region.Perception.EXAM_ORIENTED, 0.08,
                    List.of("Ukraine", "Romania", "Poland", "Russia")),
            new RegionInfo("east-asia", "East and Southeast Asia", Region.Perception.EXAM_ORIENTED, 0.09,
                    List.of("China", "Philippines", "South Korea")),
            new RegionInfo("latin-america", "Latin America", Region.Perception.NEUTRAL, 0.14,
                    List.of("Mexico", "Colombia", "Venezuela", "Dominican Republic", "Cuba")),
            new RegionInfo("western-europe", "Western Europe", Region.Perception.NEUTRAL, 0.06,
                    List.of("Ireland", "Italy", "Germany", "United Kingdom")));
    static final String CARIBBEAN = "caribbean";
    private static final List<String> CARIBBEAN_COUNTRIES = List.of("Grenada", "Dominica", "Sint Maarten",
            "Saint Kitts and Nevis", "Antigua", "Barbados", "Saint Lucia");

    final List<Region> regions = new ArrayList<>();
    final List<SchoolInfo> usMd = new ArrayList<>();
    final List<SchoolInfo> usDo = new ArrayList<>();
    final List<SchoolInfo> international = new ArrayList<>();
    final List<SchoolInfo> caribbean = new ArrayList<>();
    final List<Writer> writers = new ArrayList<>();
    /** Writers at US schools, for research PIs of IMGs. */
    final List<String> usWriters = new ArrayList<>();

    SchoolWorld(Draw draw) {
        for (RegionInfo r : REGIONS) {
            regions.add(new Region(r.id(), r.name(), r.perception()));
        }
        regions.add(new Region(CARIBBEAN, "Caribbean", Region.Perception.NEUTRAL));
        double[] divisionWeights = Division.ALL.stream().mapToDouble(Division::population).toArray();
        for (int i = 0; i < US_MD_SCHOOLS; i++) {
            usMd.add(usSchool(draw, "md", i, School.Kind.US_MD, Division.ALL.get(draw.weighted(divisionWeights))));
        }
        for (int i = 0; i < US_DO_SCHOOLS; i++) {
            usDo.add(usSchool(draw, "do", i, School.Kind.US_DO, Division.ALL.get(draw.weighted(divisionWeights))));
        }
        double[] regionShares = REGIONS.stream().mapToDouble(RegionInfo::share).toArray();
        for (int i = 0; i < INTERNATIONAL_SCHOOLS; i++) {
            RegionInfo region = REGIONS.get(draw.weighted(regionShares));
            international.add(imgSchool(draw, "intl", i, School.Kind.INTERNATIONAL, region.id(), draw.pick(region.countries()),
                    familiarity(draw, i, 30, 150)));
        }
        for (int i = 0; i < CARIBBEAN_SCHOOLS; i++) {
            caribbean.add(imgSchool(draw, "carib", i, School.Kind.CARIBBEAN, CARIBBEAN, draw.pick(CARIBBEAN_COUNTRIES),
                    familiarity(draw, i, 5, 12)));
        }
    }

    /**
     * A school's national familiarity from its size rank (assumption): of the largest {@code top} schools about half
     * are trusted and 40% known; of the next ones up to {@code next}, 12% trusted and 45% known; of the rest 2% and
     * 22%. One school in twenty burned the programs that took from it.
     */
    private static Familiarity familiarity(Draw draw, int rank, int top, int next) {
        double trusted = rank < top ? 0.50 : rank < next ? 0.12 : 0.02;
        double known = rank < top ? 0.40 : rank < next ? 0.45 : 0.22;
        double x = draw.uniform();
        if (x < 0.05) {
            return Familiarity.BURNED;
        }
        x = (x - 0.05) / 0.95;
        return x < trusted ? Familiarity.TRUSTED : x < trusted + known ? Familiarity.KNOWN : Familiarity.UNKNOWN;
    }

    private static double sizeWeight(int rank) {
        return 1.0 / (rank + 5);
    }

    private SchoolInfo usSchool(Draw draw, String prefix, int i, School.Kind kind, Division division) {
        String id = prefix + "-" + (i + 1);
        String name = (kind == School.Kind.US_MD ? "MD school " : "DO school ") + (i + 1) + " (" + division.name() + ")";
        School school = new School(id, name, "US", null, kind, null);
        List<String> ws = new ArrayList<>();
        for (int k = 0; k < US_WRITERS; k++) {
            String wid = id + "-w" + (k + 1);
            Writer.Role role = k == 0 ? Writer.Role.CHAIR : k == 1 ? Writer.Role.PD : Writer.Role.FACULTY;
            writers.add(new Writer(wid, "Writer " + (k + 1) + " of " + name, role, name, "US"));
            ws.add(wid);
            usWriters.add(wid);
        }
        return new SchoolInfo(school, Familiarity.US, 1.0 + draw.uniform(), division, List.copyOf(ws));
    }

    private SchoolInfo imgSchool(Draw draw, String prefix, int i, School.Kind kind, String region, String country,
                                 Familiarity familiarity) {
        String id = prefix + "-" + (i + 1);
        String name = (kind == School.Kind.CARIBBEAN ? "Caribbean school " : "Medical school ") + (i + 1) + ", " + country;
        School school = new School(id, name, country, region, kind, new School.GradeScale(draw.between(70, 88)));
        List<String> ws = new ArrayList<>();
        for (int k = 0; k < IMG_WRITERS; k++) {
            String wid = id + "-w" + (k + 1);
            writers.add(new Writer(wid, "Writer " + (k + 1) + " of " + name, k == 0 ? Writer.Role.CHAIR : Writer.Role.FACULTY,
                    name, country));
            ws.add(wid);
        }
        return new SchoolInfo(school, familiarity, sizeWeight(i), null, List.copyOf(ws));
    }

    List<School> schools() {
        List<School> out = new ArrayList<>();
        for (List<SchoolInfo> list : List.of(usMd, usDo, international, caribbean)) {
            list.forEach(s -> out.add(s.school()));
        }
        return out;
    }
}
