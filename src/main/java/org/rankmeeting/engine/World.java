package org.rankmeeting.engine;

import org.rankmeeting.scenario.Applicant;
import org.rankmeeting.scenario.Program;
import org.rankmeeting.scenario.Region;
import org.rankmeeting.scenario.Scenario;
import org.rankmeeting.scenario.School;
import org.rankmeeting.scenario.Writer;

import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Locale;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** A validated scenario indexed by id, for the look-ups the engine does while building cases. */
public final class World {

    private final Scenario scenario;
    private final int cycle;
    private final Map<String, School> schools;
    private final Map<String, Region> regions;
    private final Map<String, Writer> writers;
    private final Map<String, Program> programs;
    private final Map<String, Applicant> applicants;
    private final Map<String, Program.Person> people;
    private final Map<String, Program> programOfPerson;
    /** Programs by name in lower case, for applications that name a program instead of giving its id. */
    private final Map<String, Program> programsByName;
    /** Per program id, the files sent there: built on first use. */
    private volatile Map<String, List<Applicant>> applicantsByProgram;

    public World(Scenario scenario) {
        this.scenario = scenario;
        this.cycle = scenario.cycle() != null ? scenario.cycle() : Year.now().getValue();
        this.schools = index(scenario.schools(), School::id);
        this.regions = index(scenario.regions(), Region::id);
        this.writers = index(scenario.writers(), Writer::id);
        this.programs = index(scenario.programs(), Program::id);
        this.applicants = index(scenario.applicants(), Applicant::id);
        this.people = new LinkedHashMap<>();
        this.programOfPerson = new LinkedHashMap<>();
        this.programsByName = new HashMap<>();
        for (Program p : scenario.programs()) {
            if (p.name() != null) {
                programsByName.putIfAbsent(p.name().toLowerCase(Locale.ROOT), p);
            }
        }
        for (Program p : scenario.programs()) {
            for (Program.Person person : p.people()) {
                people.put(person.id(), person);
                programOfPerson.put(person.id(), p);
            }
        }
    }

    /** The same world with one applicant's file replaced (matched by id): a what-if or a search step. */
    public World with(Applicant replacement) {
        return new World(scenario.withApplicant(replacement));
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T item : items) {
            map.putIfAbsent(id.apply(item), item);
        }
        return map;
    }

    public Scenario scenario() { return scenario; }
    public int cycle() { return cycle; }

    /** The day of the cycle the scenario stands at ({@code asOf}, checked by the reader), or null when it does not say. */
    public java.time.LocalDate asOf() {
        return scenario.asOf() == null ? null : java.time.LocalDate.parse(scenario.asOf());
    }
    public School school(String id) { return schools.get(id); }
    public Region region(String id) { return id == null ? null : regions.get(id); }
    public Writer writer(String id) { return id == null ? null : writers.get(id); }
    public Program program(String id) { return programs.get(id); }
    public Applicant applicant(String id) { return applicants.get(id); }
    public Program.Person person(String id) { return people.get(id); }
    public Program programOf(String personId) { return programOfPerson.get(personId); }
    public List<Program> programs() { return scenario.programs(); }
    public List<Applicant> applicants() { return scenario.applicants(); }

    /** The program an entry of an applicant's {@code applications} names (its id, or its name in any case), or null. */
    public Program applicationProgram(String idOrName) {
        Program p = programs.get(idOrName);
        return p != null || idOrName == null ? p : programsByName.get(idOrName.toLowerCase(Locale.ROOT));
    }

    /** Whether the file was sent to the program: every file without an {@code applications} list was sent everywhere. */
    public boolean appliedTo(Applicant applicant, Program program) {
        if (applicant.appliedEverywhere()) {
            return true;
        }
        for (String entry : applicant.applications()) {
            if (applicationProgram(entry) == program) {
                return true;
            }
        }
        return false;
    }

    /** The programs the file was sent to, in the scenario's order of programs. */
    public List<Program> programsAppliedTo(Applicant applicant) {
        if (applicant.appliedEverywhere()) {
            return programs();
        }
        Set<Program> sent = identitySet();
        applicant.applications().forEach(entry -> sent.add(applicationProgram(entry)));
        return programs().stream().filter(sent::contains).toList();
    }

    /**
     * Those of {@code candidates} sent to the program ({@link #appliedTo}), in their order. The list {@link #applicantsOf}
     * gives for one of this world's programs is that already, and is returned as it is (no look-up per file).
     */
    public List<Applicant> sentTo(Program program, List<Applicant> candidates) {
        if (programs.get(program.id()) == program && candidates == applicantsOf(program)) {
            return candidates;
        }
        return candidates.stream().filter(a -> appliedTo(a, program)).toList();
    }

    /** A set by identity: programs and files are records, whose hash codes walk every field. */
    private static <T> Set<T> identitySet() {
        return java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    }

    /** The files sent to the program, in the scenario's order of applicants (an index built once per world). */
    public List<Applicant> applicantsOf(Program program) {
        Map<String, List<Applicant>> index = applicantsByProgram;
        if (index == null) {
            index = new HashMap<>();
            for (Program p : programs()) {
                index.put(p.id(), new ArrayList<>());
            }
            for (Applicant a : applicants()) {
                if (a.appliedEverywhere()) {
                    index.values().forEach(l -> l.add(a));
                    continue;
                }
                Set<Program> sent = identitySet();
                for (String entry : a.applications()) {
                    Program p = applicationProgram(entry);
                    if (p != null && sent.add(p)) {
                        index.get(p.id()).add(a);
                    }
                }
            }
            applicantsByProgram = index;
        }
        return index.getOrDefault(program.id(), List.of());
    }
}
