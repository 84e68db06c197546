package org.rankmeeting.national.cohort;

import org.rankmeeting.national.Group;
import org.rankmeeting.scenario.Applicant;
import org.rankmeeting.scenario.Program;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The applicants' files. What each group's files look like is drawn as below; the Step 2 distribution, the
 * applications and the rank-list length are the group's parameters ({@link CohortParameters}), every other share is
 * our assumption.
 * <ul>
 *   <li><b>School</b>: US MD or DO seniors from a US school (by size); US-citizen IMGs 70% from a Caribbean school,
 *       the rest abroad; non-US IMGs from an international school by region share and size. The school's national
 *       familiarity ({@link Familiarity}) is the school's.</li>
 *   <li><b>Graduation</b>: seniors graduate in the Match year. US-citizen IMGs 0-5 years before (35 / 30 / 15 / 10 / 5
 *       / 5%), non-US IMGs 0-12 years before (median 2-3); gap years are the years since graduation beyond the
 *       first.</li>
 *   <li><b>Step 2</b>: normal with the group's mean and spread, 200-285; a second attempt for 1% of seniors, 10% of
 *       US-citizen IMGs, 6% of non-US IMGs.</li>
 *   <li><b>Visa</b>: seniors and US-citizen IMGs are citizens (3% of seniors green-card holders); non-US IMGs need a
 *       J-1 55%, an H-1B 15%, hold a green card 25%, are citizens 5%.</li>
 *   <li><b>US clinical experience</b>: seniors a sub-internship at a program they apply to in their division with a
 *       strong letter; US-citizen IMGs none / observership / clinic / inpatient / sub-I 5 / 10 / 10 / 35 / 40%,
 *       non-US IMGs none / shadowing / observership / clinic / inpatient / sub-I 25 / 5 / 30 / 12 / 20 / 8%, at one
 *       of the programs they apply to, the letter from its faculty writer (sub-I mostly decent or strong, an
 *       observership mostly none).</li>
 *   <li><b>Letters</b>: seniors three from their school's writers (strong 55%, comparative or detailed 85%); IMGs
 *       two or three from their school's writers (strong 30%, half of them generic), US-citizen IMGs a US letter
 *       as well 60% of the time.</li>
 *   <li><b>Research</b>: sustained (12-30 months with a US PI) 15% of MD, 5% of DO seniors, 8% of IMGs; a project or a
 *       poster for a further 65 / 60 / 30%.</li>
 *   <li><b>Interview</b>: strong / adequate / concern 35 / 62 / 3% for seniors, 25 / 62 / 13% for IMGs.</li>
 *   <li><b>Alumni ties</b>: an IMG who applies where an alum of their school is on staff has reached them with the
 *       parameters' chance (built 60%, met 40%); the alum says top 25%, solid 60%, doubts 15% (A2), at most three.</li>
 *   <li><b>Geography</b>: seniors prefer their school's division (90%, else one by population); IMGs prefer two
 *       divisions drawn by programs; a senior's first application in the home division is a local tie half the
 *       time (T5).</li>
 * </ul>
 */
final class ApplicantMaker {

    /** An applicant as drawn, before their file is written out. */
    static final class Draft {
        final String id;
        final Group group;
        final SchoolWorld.SchoolInfo school;
        final int score;
        final int attempts;
        final Applicant.Visa visa;
        final int yearsSinceGraduation;
        List<Division> preferred;
        final String first;
        final String backup;
        List<ProgramMaker.Draft> applications = List.of();

        Draft(String id, Group group, SchoolWorld.SchoolInfo school, int score, int attempts, Applicant.Visa visa,
              int yearsSinceGraduation, List<Division> preferred, String first, String backup) {
            this.id = id;
            this.group = group;
            this.school = school;
            this.score = score;
            this.attempts = attempts;
            this.visa = visa;
            this.yearsSinceGraduation = yearsSinceGraduation;
            this.preferred = preferred;
            this.first = first;
            this.backup = backup;
        }
    }

    private static final Set<String> COMPETITIVE = Set.of("other", "rad", "anes", "surg", "em", "obgyn");

    private final Draw draw;
    private final SchoolWorld world;
    private final CohortParameters params;
    private final int cycle;
    private final java.util.Map<List<SchoolWorld.SchoolInfo>, double[]> weights = new java.util.IdentityHashMap<>();

    ApplicantMaker(Draw draw, SchoolWorld world, CohortParameters params, int cycle) {
        this.draw = draw;
        this.world = world;
        this.params = params;
        this.cycle = cycle;
    }

    Draft draft(Group group, int index) {
        CohortParameters.GroupParameters gp = params.group(group);
        SchoolWorld.SchoolInfo school = school(group);
        int score = draw.normal(gp.step2Mean(), gp.step2Sd(), 200, 285);
        double retake = switch (group) {
            case US_MD, US_DO -> 0.01;
            case US_IMG -> 0.10;
            case NON_US_IMG -> 0.06;
        };
        int attempts = draw.chance(retake) ? 2 : 1;
        Applicant.Visa visa = switch (group) {
            case US_MD, US_DO -> draw.chance(0.03) ? Applicant.Visa.GREEN_CARD : Applicant.Visa.CITIZEN;
            case US_IMG -> Applicant.Visa.CITIZEN;
            case NON_US_IMG -> draw.pick(List.of(Applicant.Visa.J1, Applicant.Visa.H1B, Applicant.Visa.GREEN_CARD,
                    Applicant.Visa.CITIZEN), 0.55, 0.15, 0.25, 0.05);
        };
        int years = switch (group) {
            case US_MD, US_DO -> 0;
            case US_IMG -> draw.weighted(new double[] {0.35, 0.30, 0.15, 0.10, 0.05, 0.05});
            case NON_US_IMG -> draw.weighted(new double[] {0.12, 0.22, 0.20, 0.15, 0.10, 0.07, 0.05, 0.04, 0.02, 0.01, 0.01, 0.005, 0.005});
        };
        List<Division> preferred;
        if (!group.img()) {
            preferred = List.of(draw.chance(0.9) ? school.division()
                    : Division.ALL.get(draw.weighted(Division.ALL.stream().mapToDouble(Division::population).toArray())));
        } else {
            double[] w = Division.ALL.stream().mapToDouble(Division::programs).toArray();
            int a = draw.weighted(w);
            w[a] = 0;
            preferred = List.of(Division.ALL.get(a), Division.ALL.get(draw.weighted(w)));
        }
        double[] demand = Specialty.ALL.stream().mapToDouble(s -> s.demand(group)).toArray();
        String first = Specialty.ALL.get(draw.weighted(demand)).id();
        String backup = draw.chance(gp.backupChance()) ? backup(group, first) : null;
        String prefix = switch (group) {
            case US_MD -> "md";
            case US_DO -> "do";
            case US_IMG -> "usimg";
            case NON_US_IMG -> "img";
        };
        return new Draft(prefix + "-" + (index + 1), group, school, score, attempts, visa, years, preferred, first, backup);
    }

    private static String backup(Group group, String first) {
        if (!group.img() && COMPETITIVE.contains(first)) {
            return Specialty.PRELIMINARY;
        }
        if (group.img() && first.equals(Specialty.INTERNAL_MEDICINE)) {
            return Specialty.PRELIMINARY;
        }
        return first.equals(Specialty.INTERNAL_MEDICINE) ? Specialty.FAMILY_MEDICINE : Specialty.INTERNAL_MEDICINE;
    }

    private SchoolWorld.SchoolInfo school(Group group) {
        List<SchoolWorld.SchoolInfo> pool = switch (group) {
            case US_MD -> world.usMd;
            case US_DO -> world.usDo;
            case US_IMG -> draw.chance(0.7) ? world.caribbean : world.international;
            case NON_US_IMG -> world.international;
        };
        return pool.get(draw.weighted(weights.computeIfAbsent(pool,
                l -> l.stream().mapToDouble(SchoolWorld.SchoolInfo::weight).toArray())));
    }

    /** The file as the engine reads it, once the applications are known. */
    Applicant file(Draft d) {
        boolean img = d.group.img();
        CohortParameters.GroupParameters gp = params.group(d.group);
        List<Applicant.Rotation> usce = usce(d);
        List<Applicant.Letter> letters = letters(d, usce.isEmpty() || usce.get(0).writer() == null);
        List<Applicant.Research> research = research(d);
        Applicant.Interview interview = new Applicant.Interview(draw.pick(List.of(Applicant.Interview.Communication.STRONG,
                Applicant.Interview.Communication.ADEQUATE, Applicant.Interview.Communication.CONCERN),
                img ? 0.25 : 0.35, 0.62, img ? 0.13 : 0.03));
        Applicant.Transcript transcript = null;
        if (img && draw.chance(0.4) && d.school.school().gradeScale() != null) {
            int top = d.school.school().gradeScale().topDecilePercent();
            transcript = new Applicant.Transcript(Math.max(50, Math.min(99, (int) Math.round(top - 8 + 5 * draw.normal()))),
                    draw.chance(0.25) ? (draw.chance(0.4) ? "top 10%" : "top quartile") : null);
        }
        List<String> localTies = List.of();
        if (!img && draw.chance(0.5)) {
            localTies = d.applications.stream().filter(p -> d.preferred.contains(p.division)).findFirst()
                    .map(p -> List.of(p.id)).orElse(List.of());
        }
        return new Applicant(d.id, null, d.school.id(), cycle - d.yearsSinceGraduation,
                img ? Math.max(0, d.yearsSinceGraduation - 1) : null, new Applicant.Step2(d.score, d.attempts, Boolean.TRUE),
                d.visa, letters, usce, research, interview, transcript, img ? contacts(d) : List.of(), List.of(), localTies,
                List.of(), new Applicant.Preferences(d.preferred.stream().map(Division::name).toList(), gp.maxListLength()));
    }

    private List<Applicant.Rotation> usce(Draft d) {
        Applicant.Rotation.Kind kind = switch (d.group) {
            case US_MD, US_DO -> Applicant.Rotation.Kind.SUB_I;
            case US_IMG -> pickKind(0.05, 0.0, 0.10, 0.10, 0.35, 0.40);
            case NON_US_IMG -> pickKind(0.25, 0.05, 0.30, 0.12, 0.20, 0.08);
        };
        if (kind == null || d.applications.isEmpty()) {
            return List.of();
        }
        List<ProgramMaker.Draft> near = d.applications.stream().filter(p -> d.preferred.contains(p.division)).toList();
        ProgramMaker.Draft site = draw.pick(near.isEmpty() ? d.applications : near);
        Applicant.Rotation.LetterQuality letter;
        int weeks;
        List<Applicant.Rotation.LetterQuality> q = List.of(Applicant.Rotation.LetterQuality.values());
        switch (kind) {
            case SUB_I -> {
                letter = d.group.img() ? draw.pick(q, 0.0, 0.1, 0.4, 0.5) : Applicant.Rotation.LetterQuality.STRONG;
                weeks = 4;
            }
            case INPATIENT -> {
                letter = draw.pick(q, 0.1, 0.2, 0.5, 0.2);
                weeks = draw.between(4, 12);
            }
            case CLINIC -> {
                letter = draw.pick(q, 0.4, 0.6, 0.0, 0.0);
                weeks = draw.between(4, 8);
            }
            case OBSERVERSHIP -> {
                letter = draw.pick(q, 0.6, 0.4, 0.0, 0.0);
                weeks = 4;
            }
            default -> {
                letter = Applicant.Rotation.LetterQuality.NONE;
                weeks = 2;
            }
        }
        String writer = letter == Applicant.Rotation.LetterQuality.NONE ? null : site.writer;
        return List.of(new Applicant.Rotation(kind, site.id, weeks, letter, writer));
    }

    private Applicant.Rotation.Kind pickKind(double... weights) {
        int i = draw.weighted(weights);
        return i == 0 ? null : Applicant.Rotation.Kind.values()[i - 1];
    }

    private List<Applicant.Letter> letters(Draft d, boolean noRotationLetter) {
        List<Applicant.Letter> out = new ArrayList<>(4);
        List<String> writers = new ArrayList<>(d.school.writers());
        boolean us = !d.group.img();
        int n = us ? 3 : noRotationLetter ? 3 : 2;
        for (int k = 0; k < n && !writers.isEmpty(); k++) {
            String w = writers.remove(draw.between(0, writers.size() - 1));
            out.add(letter(w, us));
        }
        if (d.group == Group.US_IMG && draw.chance(0.6)) {
            out.add(letter(draw.pick(world.usWriters), true));
        }
        return out;
    }

    private Applicant.Letter letter(String writer, boolean usWriter) {
        List<Applicant.Letter.Strength> strength = List.of(Applicant.Letter.Strength.values());
        List<Applicant.Letter.Style> style = List.of(Applicant.Letter.Style.values());
        return usWriter
                ? new Applicant.Letter(writer, draw.pick(strength, 0.55, 0.40, 0.05), draw.pick(style, 0.30, 0.55, 0.15))
                : new Applicant.Letter(writer, draw.pick(strength, 0.30, 0.50, 0.20), draw.pick(style, 0.15, 0.35, 0.50));
    }

    private List<Applicant.Research> research(Draft d) {
        double sustained = switch (d.group) {
            case US_MD -> 0.15;
            case US_DO -> 0.05;
            default -> 0.08;
        };
        double other = switch (d.group) {
            case US_MD -> 0.65;
            case US_DO -> 0.60;
            default -> 0.30;
        };
        double x = draw.uniform();
        if (x < sustained) {
            String pi = d.group.img() ? draw.pick(world.usWriters) : draw.pick(d.school.writers());
            return List.of(new Applicant.Research(Applicant.Research.Kind.SUSTAINED, draw.between(12, 30), pi));
        }
        if (x < sustained + other) {
            return List.of(new Applicant.Research(draw.chance(0.5) ? Applicant.Research.Kind.PROJECT : Applicant.Research.Kind.POSTER,
                    draw.between(2, 9), null));
        }
        return List.of();
    }

    private List<Applicant.Contact> contacts(Draft d) {
        List<Applicant.Contact> out = new ArrayList<>(3);
        for (ProgramMaker.Draft p : d.applications) {
            for (Program.Person person : p.people) {
                if (out.size() < 3 && d.school.id().equals(person.school()) && draw.chance(params.contactChance())) {
                    out.add(new Applicant.Contact(person.id(),
                            draw.chance(0.6) ? Applicant.Contact.Relationship.BUILT : Applicant.Contact.Relationship.MET,
                            draw.pick(List.of(Applicant.Contact.Verdict.values()), 0.25, 0.60, 0.15), draw.chance(0.5)));
                }
            }
        }
        return out;
    }
}
