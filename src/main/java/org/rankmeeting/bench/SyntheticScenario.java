package org.rankmeeting.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.rankmeeting.scenario.Applicant;
import org.rankmeeting.scenario.Program;
import org.rankmeeting.scenario.Region;
import org.rankmeeting.scenario.Scenario;
import org.rankmeeting.scenario.ScenarioReader;
import org.rankmeeting.scenario.School;
import org.rankmeeting.scenario.Writer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A large, varied scenario made from a seed, for benchmarks: every rule family gets work
 * (known, unknown and burned schools, trusted and generic letters, rotations, visas, alumni, late saves). What it
 * makes passes the checks a scenario file gets ({@code validate}): one letter per writer in a file, and a history
 * that lists every school the program's residents, chiefs and graduates trained at.
 */
public final class SyntheticScenario {

    private static final int WRITERS = 60;

    private SyntheticScenario() {
    }

    /**
     * Writes a scenario as JSON, for timing {@code run} and {@code validate} on a large file:
     * {@code java -cp target/rank-meeting.jar org.rankmeeting.bench.SyntheticScenario PROGRAMS APPLICANTS SEED FILE}.
     */
    public static void main(String[] args) {
        if (args.length != 4) {
            System.err.println("usage: SyntheticScenario PROGRAMS APPLICANTS SEED FILE.json");
            System.exit(2);
        }
        Scenario scenario;
        try {
            scenario = generate(Integer.parseInt(args[0]), Integer.parseInt(args[1]), Long.parseLong(args[2]));
        } catch (NumberFormatException e) {
            System.err.println("PROGRAMS, APPLICANTS and SEED must be whole numbers; got " + String.join(" ", args[0], args[1], args[2]));
            System.exit(2);
            return;
        }
        try {
            Files.writeString(Path.of(args[3]), json(scenario), StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("cannot write " + args[3] + ": "
                    + (e instanceof java.nio.file.NoSuchFileException ? "its folder does not exist" : e.getMessage()));
            System.exit(2);
        }
    }

    /** A generated scenario as the JSON text of a scenario file (which {@code validate} accepts). */
    public static String json(Scenario scenario) {
        try {
            return ScenarioReader.jsonMapper().writerWithDefaultPrettyPrinter().writeValueAsString(scenario) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A resident, chief or graduate trained at a school the program then took someone from: its history lists a
     * resident (outcome average, the year the person joined) from every such school it does not list yet, as the
     * scenario checks require (K1/A1: people and history agree).
     */
    private static void historyForPeople(List<Program.PastResident> history, List<Program.Person> people) {
        for (Program.Person person : people) {
            boolean trainedHere = person.role() == Program.Person.Role.RESIDENT || person.role() == Program.Person.Role.CHIEF
                    || person.role() == Program.Person.Role.GRADUATE;
            if (trainedHere && history.stream().noneMatch(r -> r.school().equals(person.school()))) {
                history.add(new Program.PastResident(person.school(), person.since(),
                        Program.PastResident.Outcome.AVERAGE, null, null));
            }
        }
    }

    public static Scenario generate(int programs, int applicants, long seed) {
        Random rnd = new Random(seed);
        List<Region> regions = List.of(
                new Region("south-asia", "South Asia", Region.Perception.BATTLE_TESTED),
                new Region("east-europe", "Eastern Europe", Region.Perception.EXAM_ORIENTED),
                new Region("caribbean", "Caribbean", Region.Perception.NEUTRAL),
                new Region("north-america", "North America", Region.Perception.NEUTRAL));
        List<School> schools = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            School.Kind kind = i < 6 ? (i % 2 == 0 ? School.Kind.US_MD : School.Kind.US_DO)
                    : i < 12 ? School.Kind.CARIBBEAN : School.Kind.INTERNATIONAL;
            String region = kind == School.Kind.CARIBBEAN ? "caribbean" : kind == School.Kind.INTERNATIONAL
                    ? (i % 2 == 0 ? "south-asia" : "east-europe") : "north-america";
            String country = kind == School.Kind.INTERNATIONAL ? (i % 2 == 0 ? "Pakistan" : "Romania") : kind == School.Kind.CARIBBEAN ? "Grenada" : "US";
            schools.add(new School("school-" + i, "School " + i, country, region, kind,
                    i % 3 == 0 ? new School.GradeScale(80) : null));
        }
        List<Writer> writers = new ArrayList<>();
        Writer.Role[] roles = Writer.Role.values();
        for (int i = 0; i < WRITERS; i++) {
            writers.add(new Writer("writer-" + i, "Dr Writer " + i, roles[i % roles.length], "Hospital " + i, i % 4 == 0 ? "Pakistan" : "US"));
        }
        List<Program> progs = new ArrayList<>();
        List<Program.Person> allPeople = new ArrayList<>();
        for (int p = 0; p < programs; p++) {
            List<Program.PastResident> history = new ArrayList<>();
            for (int h = 0; h < 8; h++) {
                history.add(new Program.PastResident("school-" + (6 + rnd.nextInt(34)), 2018 + rnd.nextInt(7),
                        Program.PastResident.Outcome.values()[rnd.nextInt(4)], null, "writer-" + rnd.nextInt(60)));
            }
            List<Program.Person> people = new ArrayList<>();
            for (int k = 0; k < 6; k++) {
                Program.Person person = new Program.Person("p" + p + "-person-" + k, "Person " + p + "." + k,
                        Program.Person.Role.values()[rnd.nextInt(6)], "school-" + (6 + rnd.nextInt(34)), 2014 + rnd.nextInt(12),
                        Program.Person.Record.values()[rnd.nextInt(3)], Program.Person.View.values()[rnd.nextInt(3)]);
                people.add(person);
                allPeople.add(person);
            }
            historyForPeople(history, people);
            Map<Applicant.Visa, Program.VisaBudget> visas = new EnumMap<>(Applicant.Visa.class);
            visas.put(Applicant.Visa.J1, new Program.VisaBudget(2 + rnd.nextInt(4), rnd.nextInt(3)));
            visas.put(Applicant.Visa.H1B, new Program.VisaBudget(1 + rnd.nextInt(2), 0));
            progs.add(new Program("program-" + p, "Program " + p,
                    Program.Setting.values()[rnd.nextInt(2)], Program.Category.values()[rnd.nextInt(3)],
                    Program.ImgHistory.values()[rnd.nextInt(4)], 6 + rnd.nextInt(10),
                    new Program.Screens(215 + rnd.nextInt(20), rnd.nextInt(5) == 0, 5 + rnd.nextInt(3), rnd.nextBoolean(),
                            List.of(Applicant.Visa.J1, Applicant.Visa.H1B)),
                    visas, rnd.nextInt(6) == 0, history, rnd.nextInt(5) == 0 ? List.of("east-europe") : List.of(),
                    new Program.WriterLists(List.of("writer-" + rnd.nextInt(60), "writer-" + rnd.nextInt(60)),
                            List.of("writer-" + rnd.nextInt(60)), List.of("writer-" + rnd.nextInt(60))),
                    people, rnd.nextBoolean() ? List.of(new Program.Familiarity("Pakistan", "an APD's elective")) : List.of(),
                    List.of(),
                    List.of("site-" + rnd.nextInt(10)), new Program.InterviewVolume(40 + rnd.nextInt(60), 500 + rnd.nextInt(1500)),
                    new Program.RankListState(rnd.nextInt(40), 60), null, null));
        }
        List<Applicant> apps = new ArrayList<>();
        for (int a = 0; a < applicants; a++) {
            List<Applicant.Letter> letters = new ArrayList<>();
            Set<Integer> writing = new HashSet<>();
            for (int l = 0; l < 3; l++) {
                int writer = rnd.nextInt(WRITERS);
                while (!writing.add(writer)) {
                    writer = (writer + 1) % WRITERS;   // one letter per writer; the same draws as before
                }
                letters.add(new Applicant.Letter("writer-" + writer, Applicant.Letter.Strength.values()[rnd.nextInt(3)],
                        Applicant.Letter.Style.values()[rnd.nextInt(3)]));
            }
            List<Applicant.Rotation> usce = new ArrayList<>();
            for (int r = rnd.nextInt(4); r > 0; r--) {
                usce.add(new Applicant.Rotation(Applicant.Rotation.Kind.values()[rnd.nextInt(5)],
                        rnd.nextBoolean() ? "program-" + rnd.nextInt(programs) : "site-" + rnd.nextInt(10), 4,
                        Applicant.Rotation.LetterQuality.values()[rnd.nextInt(4)], "writer-" + rnd.nextInt(60)));
            }
            List<Applicant.Contact> contacts = new ArrayList<>();
            if (rnd.nextBoolean()) {
                Program.Person person = allPeople.get(rnd.nextInt(allPeople.size()));
                contacts.add(new Applicant.Contact(person.id(), Applicant.Contact.Relationship.values()[rnd.nextInt(3)],
                        Applicant.Contact.Verdict.values()[rnd.nextInt(3)], rnd.nextBoolean()));
            }
            List<Applicant.Advocacy> advocacy = rnd.nextInt(8) == 0
                    ? List.of(new Applicant.Advocacy(allPeople.get(rnd.nextInt(allPeople.size())).id(), "strong worker")) : List.of();
            apps.add(new Applicant("applicant-" + a, "Applicant " + a, "school-" + rnd.nextInt(40), 2015 + rnd.nextInt(11),
                    rnd.nextInt(3), new Applicant.Step2(205 + rnd.nextInt(60), rnd.nextInt(6) == 0 ? 2 : 1, true),
                    Applicant.Visa.values()[rnd.nextInt(4)], letters, usce,
                    rnd.nextBoolean() ? List.of(new Applicant.Research(Applicant.Research.Kind.values()[rnd.nextInt(3)], rnd.nextInt(24), "writer-" + rnd.nextInt(60))) : List.of(),
                    new Applicant.Interview(Applicant.Interview.Communication.values()[rnd.nextInt(3)]),
                    new Applicant.Transcript(60 + rnd.nextInt(35), null), contacts, advocacy,
                    rnd.nextInt(10) == 0 ? List.of("program-" + rnd.nextInt(programs)) : List.of(), null, null));
        }
        return new Scenario("synthetic", "benchmark scenario", 2026, null, regions, schools, writers, progs, apps, List.of(), List.of(), List.of());
    }
}
