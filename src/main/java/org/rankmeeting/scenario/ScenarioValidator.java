package org.rankmeeting.scenario;

import com.fasterxml.jackson.core.JsonLocation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The checks made after binding: required fields, ranges, unique ids and references between entities.
 * Every problem is collected; the reader reports them all, sorted by position in the file.
 */
final class ScenarioValidator {

    static final int MIN_YEAR = 1950;
    static final int MAX_CYCLE = 2100;
    static final int MIN_SCORE = 1;
    static final int MAX_SCORE = 300;
    /** The USMLE allows at most four attempts at a Step. */
    static final int MAX_ATTEMPTS = 4;
    /** A rotation at one site longer than a year is not clinical experience any program reads as such. */
    static final int MAX_ROTATION_WEEKS = 52;
    static final int MAX_RESEARCH_MONTHS = 240;

    record Problem(JsonLocation location, String path, String message) {
        String format(String displayName) {
            return Messages.at(displayName, location, path, message);
        }
    }

    private final Scenario scenario;
    private final LocationIndex index;
    private final int cycle;
    private final List<Problem> problems = new ArrayList<>();

    private Map<String, FieldPath> regions;
    private Map<String, FieldPath> schools;
    private Map<String, FieldPath> writers;
    private Map<String, FieldPath> programs;
    private Map<String, FieldPath> applicants;
    /** Per applicant id, the program ids its {@code applications} name (absent: sent everywhere). */
    private final Map<String, List<String>> sentTo = new LinkedHashMap<>();
    private Map<String, FieldPath> people;
    private Map<String, FieldPath> variants;

    private ScenarioValidator(Scenario scenario, LocationIndex index) {
        this.scenario = scenario;
        this.index = index;
        this.cycle = scenario.cycle();
    }

    /** Checks a scenario whose defaults (in particular the cycle) have been applied; problems sorted by line and column. */
    static List<Problem> validate(Scenario scenario, LocationIndex index) {
        ScenarioValidator v = new ScenarioValidator(scenario, index);
        v.run();
        List<Problem> sorted = new ArrayList<>(v.problems);
        sorted.sort(Comparator.comparingInt((Problem p) -> Messages.line(p.location()))
                .thenComparingInt(p -> Messages.column(p.location())));
        return sorted;
    }

    private void run() {
        FieldPath root = FieldPath.ROOT;
        range(root.field("cycle"), scenario.cycle(), MIN_YEAR, MAX_CYCLE, "a year from " + MIN_YEAR + " to " + MAX_CYCLE);
        checkAsOf(root.field("asOf"));
        atLeastOne(root, "programs", scenario.programs().isEmpty(), "program");
        atLeastOne(root, "applicants", scenario.applicants().isEmpty(), "applicant");

        regions = ids(root.field("regions"), scenario.regions(), Region::id);
        schools = ids(root.field("schools"), scenario.schools(), School::id);
        writers = ids(root.field("writers"), scenario.writers(), Writer::id);
        programs = ids(root.field("programs"), scenario.programs(), Program::id);
        applicants = ids(root.field("applicants"), scenario.applicants(), Applicant::id);
        people = new LinkedHashMap<>();
        for (int i = 0; i < scenario.programs().size(); i++) {
            collectIds(root.field("programs").index(i).field("people"), scenario.programs().get(i).people(),
                    Program.Person::id, people);
        }

        for (int i = 0; i < scenario.schools().size(); i++) {
            checkSchool(root.field("schools").index(i), scenario.schools().get(i));
        }
        for (int i = 0; i < scenario.programs().size(); i++) {
            checkProgram(root.field("programs").index(i), scenario.programs().get(i));
        }
        for (int i = 0; i < scenario.applicants().size(); i++) {
            checkApplicant(root.field("applicants").index(i), scenario.applicants().get(i));
        }
        variants = ids(root.field("variants"), scenario.variants(), Variant::id);
        for (int i = 0; i < scenario.expectations().size(); i++) {
            checkExpectation(root.field("expectations").index(i), scenario.expectations().get(i));
        }
        for (int i = 0; i < scenario.variants().size(); i++) {
            checkVariant(root.field("variants").index(i), scenario.variants().get(i));
        }
        Map<String, FieldPath> partnered = new LinkedHashMap<>();
        for (int i = 0; i < scenario.couples().size(); i++) {
            checkCouple(root.field("couples").index(i), scenario.couples().get(i), partnered);
        }
    }

    // ---- entities ------------------------------------------------------------------------------------------

    private void checkSchool(FieldPath path, School school) {
        regionRef(path.field("region"), school.region());
        if (school.gradeScale() != null) {
            range(path.field("gradeScale").field("topDecilePercent"), school.gradeScale().topDecilePercent(), 0, 100,
                    "a percentage from 0 to 100");
        }
    }

    private void checkProgram(FieldPath path, Program program) {
        atLeast(path.field("positions"), program.positions(), 1, "1 or more positions");
        Program.Screens screens = program.screens();
        if (screens != null) {
            FieldPath s = path.field("screens");
            range(s.field("imgStep2Cutoff"), screens.imgStep2Cutoff(), MIN_SCORE, MAX_SCORE,
                    "a Step 2 score from " + MIN_SCORE + " to " + MAX_SCORE);
            atLeast(s.field("maxYearsSinceGraduation"), screens.maxYearsSinceGraduation(), 0, "0 or more years");
        }
        for (Map.Entry<Applicant.Visa, Program.VisaBudget> visa : program.visas().entrySet()) {
            FieldPath v = visaPath(path.field("visas"), visa.getKey());
            Program.VisaBudget budget = visa.getValue();
            atLeast(v.field("budget"), budget.budget(), 0, "0 or more");
            atLeast(v.field("committed"), budget.committed(), 0, "0 or more");
            if (budget.budget() != null && budget.committed() != null && budget.budget() >= 0
                    && budget.committed() > budget.budget()) {
                problem(index.value(v.field("committed")), v.field("committed"), "expected at most the budget ("
                        + budget.budget() + "), got " + budget.committed() + " committed");
            }
        }
        for (int j = 0; j < program.history().size(); j++) {
            FieldPath h = path.field("history").index(j);
            Program.PastResident resident = program.history().get(j);
            ref(h.field("school"), resident.school(), schools, "school", "schools");
            range(h.field("year"), resident.year(), MIN_YEAR, cycle, yearsUpToCycle());
            ref(h.field("recommendedBy"), resident.recommendedBy(), writers, "writer", "writers");
        }
        for (int j = 0; j < program.avoidingRegions().size(); j++) {
            regionRef(path.field("avoidingRegions").index(j), program.avoidingRegions().get(j));
        }
        Program.WriterLists lists = program.letterWriters();
        if (lists != null) {
            FieldPath w = path.field("letterWriters");
            writerRefs(w.field("trusted"), lists.trusted());
            writerRefs(w.field("ignored"), lists.ignored());
            writerRefs(w.field("redFlag"), lists.redFlag());
        }
        for (int j = 0; j < program.people().size(); j++) {
            FieldPath p = path.field("people").index(j);
            Program.Person person = program.people().get(j);
            ref(p.field("school"), person.school(), schools, "school", "schools");
            range(p.field("since"), person.since(), MIN_YEAR, cycle, yearsUpToCycle());
        }
        checkPeopleAgreeWithHistory(path, program);
        checkRespectedSchools(path, program);
        if (program.interviews() != null) {
            FieldPath iv = path.field("interviews");
            atLeast(iv.field("slots"), program.interviews().slots(), 0, "0 or more");
            atLeast(iv.field("applications"), program.interviews().applications(), 0, "0 or more");
            Integer slots = program.interviews().slots();
            Integer applications = program.interviews().applications();
            if (slots != null && applications != null && applications >= 0 && slots > applications) {
                problem(index.value(iv.field("slots")), iv.field("slots"), "expected at most the applications ("
                        + applications + "): a program cannot interview more files than it receives, got " + slots);
            }
            checkPool(iv, program.interviews());
        }
        if (program.rankList() != null) {
            FieldPath rl = path.field("rankList");
            atLeast(rl.field("alreadyRanked"), program.rankList().alreadyRanked(), 0, "0 or more");
            atLeast(rl.field("target"), program.rankList().target(), 0, "0 or more");
        }
        checkSignals(path.field("signals"), program.signals());
    }

    /**
     * K1/A1: people and history agree. A resident, chief or graduate of the program who trained at a school is
     * someone the program took from that school, so its history must list at least one resident from there;
     * otherwise an explanation would say "we have never taken anyone from this school" next to "we asked Dr. X,
     * who trained there". (Faculty and leaders may have trained there without being the program's residents.)
     */
    private void checkPeopleAgreeWithHistory(FieldPath path, Program program) {
        for (int j = 0; j < program.people().size(); j++) {
            Program.Person person = program.people().get(j);
            boolean trainedHere = person.role() == Program.Person.Role.RESIDENT || person.role() == Program.Person.Role.CHIEF
                    || person.role() == Program.Person.Role.GRADUATE;
            if (!trainedHere || person.school() == null || !schools.containsKey(person.school())) {
                continue;
            }
            boolean inHistory = program.history().stream().anyMatch(r -> person.school().equals(r.school()));
            if (!inHistory) {
                FieldPath school = path.field("people").index(j).field("school");
                problem(index.value(school), school, person.displayName() + " (" + person.role().code() + ") trained at '"
                        + person.school() + "', so the program has taken a resident from that school, but its history lists"
                        + " nobody from there: add {school: " + person.school() + ", outcome: strong|solid|average|weak} to "
                        + path.field("history").dotted() + ", or correct the school");
            }
        }
    }

    /** B2: what the program says its pool looks like must fit its slots and applications. */
    private void checkPool(FieldPath iv, Program.InterviewVolume v) {
        if (v.knownQuantities() != null) {
            int slots = v.slots() == null ? 0 : v.slots();
            range(iv.field("knownQuantities"), v.knownQuantities(), 0, slots,
                    "0 to " + slots + " (the slots taken before the maybe pile cannot exceed interviews.slots)");
        }
        if (v.maybePile() != null) {
            int applications = v.applications() == null ? 0 : v.applications();
            range(iv.field("maybePile"), v.maybePile(), 1, Math.max(1, applications),
                    "1 to " + applications + " (the maybe pile cannot hold more files than interviews.applications)");
        }
    }

    /** K9: a class rank is read as "top N percent"; text that is not one of the forms would be silently ignored. */
    private void checkClassRank(FieldPath path, String rank) {
        if (rank != null && ClassRank.topPercent(rank) < 0) {
            problem(index.value(path), path, "expected a class rank such as " + ClassRank.FORMS + ", got '" + rank + "'");
        }
    }

    /** K8: the schools a program respects by reputation must be schools of the scenario. */
    private void checkRespectedSchools(FieldPath path, Program program) {
        for (int j = 0; j < program.respectedSchools().size(); j++) {
            ref(path.field("respectedSchools").index(j).field("school"), program.respectedSchools().get(j).school(),
                    schools, "school", "schools");
        }
    }

    /** P1-P4: the public signals an applicant reads about a program ({@link Program.Signals}). */
    private void checkSignals(FieldPath path, Program.Signals signals) {
        if (signals == null) {
            return;
        }
        FieldPath rates = path.field("boardPassRates");
        for (Map.Entry<Integer, Integer> rate : signals.boardPassRates().entrySet()) {
            FieldPath year = yearKey(rates, rate.getKey());
            if (rate.getKey() < MIN_YEAR || rate.getKey() > cycle) {
                problem(index.entry(year), year, "expected a year from " + MIN_YEAR + " to " + cycle
                        + " (the scenario's cycle) as the key, got " + rate.getKey());
            }
            range(year, rate.getValue(), 0, 100, "a pass rate from 0 to 100 (percent)");
        }
        yearList(path.field("unfilledYears"), signals.unfilledYears());
        yearList(path.field("soapYears"), signals.soapYears());
        yearList(path.field("pdStartYears"), signals.pdStartYears());
        Program.Signals.Graduates graduates = signals.graduates();
        if (graduates != null) {
            noBlankText(path.field("graduates").field("fellowships"), graduates.fellowships(), "a fellowship");
            noBlankText(path.field("graduates").field("jobs"), graduates.jobs(), "a job");
        }
        if (signals.roster() != null) {
            range(path.field("roster").field("nonUsPercent"), signals.roster().nonUsPercent(), 0, 100,
                    "a percentage from 0 to 100");
        }
        List<Program.Signals.InterviewCue> cues = signals.interviewDay();
        for (int j = 0; j < cues.size(); j++) {
            int first = cues.indexOf(cues.get(j));
            if (first < j) {
                FieldPath cue = path.field("interviewDay").index(j);
                problem(index.value(cue), cue, "'" + cues.get(j).code() + "' is already listed (interviewDay["
                        + first + "])");
            }
        }
    }

    /** A list of years: each from {@value #MIN_YEAR} to the cycle, none twice. */
    private void yearList(FieldPath list, List<Integer> years) {
        if (years == null) {
            return;
        }
        for (int j = 0; j < years.size(); j++) {
            FieldPath year = list.index(j);
            range(year, years.get(j), MIN_YEAR, cycle, yearsUpToCycle());
            int first = years.indexOf(years.get(j));
            if (first < j) {
                problem(index.value(year), year, "year " + years.get(j) + " is already listed ("
                        + list.dotted().substring(list.dotted().lastIndexOf('.') + 1) + "[" + first + "])");
            }
        }
    }

    private void noBlankText(FieldPath list, List<String> texts, String what) {
        for (int j = 0; j < texts.size(); j++) {
            if (texts.get(j).isBlank()) {
                FieldPath entry = list.index(j);
                problem(index.value(entry), entry, "expected " + what + " described in words, got '" + texts.get(j) + "'");
            }
        }
    }

    /** The path of a year key in a map, as the file spells it ({@code 2024}, {@code "2024"}). */
    private FieldPath yearKey(FieldPath map, int year) {
        for (String key : index.fieldNames(map)) {
            try {
                if (Integer.parseInt(key.strip()) == year) {
                    return map.field(key);
                }
            } catch (NumberFormatException e) {
                // not this one
            }
        }
        return map.field(Integer.toString(year));
    }

    private void checkApplicant(FieldPath path, Applicant applicant) {
        if (applicant.school() == null) {
            missing(path, "school");
        } else {
            ref(path.field("school"), applicant.school(), schools, "school", "schools");
        }
        range(path.field("graduationYear"), applicant.graduationYear(), MIN_YEAR, cycle, yearsUpToCycle());
        atLeast(path.field("gapYears"), applicant.gapYears(), 0, "0 or more years");
        Applicant.Step2 step2 = applicant.step2();
        if (step2 == null) {
            missing(path, "step2");
        } else {
            FieldPath s = path.field("step2");
            if (step2.score() == null) {
                missing(s, "score");
            }
            range(s.field("score"), step2.score(), MIN_SCORE, MAX_SCORE,
                    "a Step 2 score from " + MIN_SCORE + " to " + MAX_SCORE);
            range(s.field("attempts"), step2.attempts(), 1, MAX_ATTEMPTS,
                    "1 to " + MAX_ATTEMPTS + " attempts (the USMLE allows at most " + MAX_ATTEMPTS + ")");
        }
        List<String> letterWriters = new ArrayList<>();
        for (int j = 0; j < applicant.letters().size(); j++) {
            FieldPath writer = path.field("letters").index(j).field("writer");
            String id = applicant.letters().get(j).writer();
            ref(writer, id, writers, "writer", "writers");
            if (id != null && letterWriters.contains(id)) {
                problem(index.value(writer), writer, "a second letter from '" + id + "' (letters["
                        + letterWriters.indexOf(id) + "] is theirs): one writer writes one letter");
            }
            letterWriters.add(id);
        }
        for (int j = 0; j < applicant.usce().size(); j++) {
            FieldPath u = path.field("usce").index(j);
            Applicant.Rotation rotation = applicant.usce().get(j);
            range(u.field("weeks"), rotation.weeks(), 0, MAX_ROTATION_WEEKS,
                    "0 to " + MAX_ROTATION_WEEKS + " weeks (a year at one site at most)");
            ref(u.field("writer"), rotation.writer(), writers, "writer", "writers");
        }
        for (int j = 0; j < applicant.research().size(); j++) {
            FieldPath r = path.field("research").index(j);
            Applicant.Research research = applicant.research().get(j);
            range(r.field("months"), research.months(), 0, MAX_RESEARCH_MONTHS,
                    "0 to " + MAX_RESEARCH_MONTHS + " months");
            ref(r.field("pi"), research.pi(), writers, "writer", "writers");
        }
        if (applicant.transcript() != null) {
            range(path.field("transcript").field("percent"), applicant.transcript().percent(), 0, 100,
                    "a percentage from 0 to 100");
            checkClassRank(path.field("transcript").field("classRank"), applicant.transcript().classRank());
        }
        for (int j = 0; j < applicant.contacts().size(); j++) {
            FieldPath c = path.field("contacts").index(j);
            String person = applicant.contacts().get(j).person();
            if (person == null) {
                missing(c, "person");
            }
            ref(c.field("person"), person, people, "person", "people (under programs[].people)");
        }
        for (int j = 0; j < applicant.lateAdvocacy().size(); j++) {
            FieldPath a = path.field("lateAdvocacy").index(j);
            String person = applicant.lateAdvocacy().get(j).person();
            if (person == null) {
                missing(a, "person");
            }
            ref(a.field("person"), person, people, "person", "people (under programs[].people)");
        }
        for (int j = 0; j < applicant.localTies().size(); j++) {
            ref(path.field("localTies").index(j), applicant.localTies().get(j), programs, "program", "programs");
        }
        List<String> seen = new ArrayList<>();
        for (int j = 0; j < applicant.rankList().size(); j++) {
            FieldPath r = path.field("rankList").index(j);
            String program = applicant.rankList().get(j);
            ref(r, program, programs, "program", "programs");
            if (seen.contains(program)) {
                problem(index.value(r), r, "program '" + program + "' is ranked twice (first at position "
                        + (seen.indexOf(program) + 1) + ")");
            }
            seen.add(program);
        }
        checkApplications(path, applicant);
        if (applicant.preferences() != null) {
            FieldPath pref = path.field("preferences");
            atLeast(pref.field("maxListLength"), applicant.preferences().maxListLength(), 1, "1 or more programs");
        }
    }

    /**
     * Where the file was sent: each entry a program's id or its name (any case), none twice; a program the file
     * ranks or names a local tie to must be among them.
     */
    private void checkApplications(FieldPath path, Applicant applicant) {
        if (applicant.appliedEverywhere()) {
            return;
        }
        Map<String, String> byName = new LinkedHashMap<>();
        for (Program p : scenario.programs()) {
            if (p.name() != null) {
                byName.putIfAbsent(p.name().toLowerCase(java.util.Locale.ROOT), p.id());
            }
        }
        List<String> sent = new ArrayList<>();
        Map<String, Integer> firstAt = new LinkedHashMap<>();
        for (int j = 0; j < applicant.applications().size(); j++) {
            FieldPath a = path.field("applications").index(j);
            String entry = applicant.applications().get(j);
            String id = entry == null ? null : programs.containsKey(entry) ? entry : byName.get(entry.toLowerCase(java.util.Locale.ROOT));
            if (entry == null) {
                problem(index.value(a), a, "expected a program id or name, got nothing");
            } else if (id == null) {
                ref(a, entry, programs, "program", "programs");
            } else if (firstAt.containsKey(id)) {
                problem(index.value(a), a, "program '" + id + "' is applied to twice (first at applications["
                        + firstAt.get(id) + "])");
            } else {
                firstAt.put(id, j);
                sent.add(id);
            }
        }
        sentTo.putIfAbsent(applicant.id(), sent);
        for (int j = 0; j < applicant.rankList().size(); j++) {
            String program = applicant.rankList().get(j);
            if (programs.containsKey(program) && !sent.contains(program)) {
                FieldPath r = path.field("rankList").index(j);
                problem(index.value(r), r, "program '" + program + "' is ranked but the file was not sent there; "
                        + "add it to applications (" + (sent.isEmpty() ? "none" : String.join(", ", sent)) + ")");
            }
        }
    }

    /** A problem when the expectation's applicant names a program its file was not sent to (no placement there). */
    private void applied(FieldPath path, String applicant, String program) {
        List<String> sent = applicant == null ? null : sentTo.get(applicant);
        if (sent != null && program != null && programs.containsKey(program) && !sent.contains(program)) {
            problem(index.value(path), path, "applicant '" + applicant + "' did not apply to program '" + program
                    + "', so it has no placement there (its applications: "
                    + (sent.isEmpty() ? "none" : String.join(", ", sent)) + ")");
        }
    }

    /**
     * A variant names a known applicant and edits that apply; the edited file must pass the applicant checks.
     * Only problems the edits introduce are reported (the base file's own are reported where it is written).
     */
    private void checkVariant(FieldPath path, Variant variant) {
        if (variant.applicant() == null) {
            missing(path, "applicant");
            return;
        }
        ref(path.field("applicant"), variant.applicant(), applicants, "applicant", "applicants");
        Applicant base = scenario.applicants().stream().filter(a -> a.id().equals(variant.applicant()))
                .findFirst().orElse(null);
        if (base == null) {
            return;
        }
        Applicant edited;
        try {
            edited = ApplicantEdits.apply(base, variant.set(), variant.add(), variant.remove());
        } catch (ApplicantEdits.EditException e) {
            for (ApplicantEdits.Problem p : e.problems()) {
                FieldPath at = path;
                for (Object segment : p.at()) {
                    at = segment instanceof Integer i ? at.index(i) : at.field(segment.toString());
                }
                problem(index.value(at), at, p.message());
            }
            return;
        }
        List<Problem> before = applicantProblems(path, base);
        for (Problem p : applicantProblems(path, edited)) {
            if (before.stream().noneMatch(b -> b.path().equals(p.path()) && b.message().equals(p.message()))) {
                problems.add(new Problem(p.location(), p.path(), "in the varied file: " + p.message()));
            }
        }
    }

    private List<Problem> applicantProblems(FieldPath path, Applicant applicant) {
        int mark = problems.size();
        checkApplicant(path, applicant);
        List<Problem> found = new ArrayList<>(problems.subList(mark, problems.size()));
        problems.subList(mark, problems.size()).clear();
        return found;
    }

    /** Two distinct applicants, each in one couple at most; each pair names two programs or no-match. */
    private void checkCouple(FieldPath path, Couple couple, Map<String, FieldPath> partnered) {
        FieldPath partners = path.field("partners");
        if (couple.partners().size() != 2) {
            problem(index.value(partners), partners, "expected two partners, got " + couple.partners().size());
        }
        for (int j = 0; j < couple.partners().size(); j++) {
            String id = couple.partners().get(j);
            ref(partners.index(j), id, applicants, "applicant", "applicants");
            if (partnered.containsKey(id)) {
                problem(index.value(partners.index(j)), partners.index(j), "applicant '" + id
                        + "' is already in a couple (" + partnered.get(id).dotted() + ")");
            } else {
                partnered.put(id, path);
            }
        }
        for (int j = 0; j < couple.rankList().size(); j++) {
            FieldPath pairPath = path.field("rankList").index(j);
            List<String> pair = couple.rankList().get(j);
            String wrong = Couple.pairProblem(pair);
            if (wrong != null) {
                problem(index.value(pairPath), pairPath, wrong);
            }
            if (pair.size() != 2) {
                continue;
            }
            for (int k : Couple.programPlaces(pair)) {
                ref(pairPath.index(k), pair.get(k), programs, "program", "programs");
            }
        }
    }

    private void checkExpectation(FieldPath path, Expectation e) {
        boolean placement = e.applicant() != null || e.stage() != null || e.bucket() != null || e.tier() != null;
        if (e.isOrder()) {
            if (placement) {
                problem(index.entry(path), path, "an expectation is either a placement (applicant, program and "
                        + "stage, bucket or tier) or an order (program, above and below), not both");
            }
            if (e.program() == null) {
                missing(path, "program");
            }
            if (e.above() == null) {
                missing(path, "above");
            }
            if (e.below() == null) {
                missing(path, "below");
            }
            if (e.above() != null && e.above().equals(e.below())) {
                problem(index.value(path.field("below")), path.field("below"),
                        "expected an applicant other than 'above', got '" + e.below() + "' for both");
            }
        } else if (!placement) {
            problem(index.entry(path), path, "expected either 'applicant' and 'program' with at least one of "
                    + "'stage', 'bucket' or 'tier', or 'program' with 'above' and 'below', got neither");
        } else {
            if (e.applicant() == null) {
                missing(path, "applicant");
            }
            if (e.program() == null) {
                missing(path, "program");
            }
            if (e.stage() == null && e.bucket() == null && e.tier() == null) {
                problem(index.entry(path), path, "expected at least one of 'stage', 'bucket' or 'tier', got none");
            }
        }
        ref(path.field("applicant"), e.applicant(), applicants, "applicant", "applicants");
        ref(path.field("program"), e.program(), programs, "program", "programs");
        ref(path.field("above"), e.above(), applicants, "applicant", "applicants");
        ref(path.field("below"), e.below(), applicants, "applicant", "applicants");
        ref(path.field("variant"), e.variant(), variants, "variant", "variants");
        applied(path.field("program"), e.applicant(), e.program());
        applied(path.field("above"), e.above(), e.program());
        applied(path.field("below"), e.below(), e.program());
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private void atLeastOne(FieldPath root, String field, boolean empty, String what) {
        if (!empty) {
            return;
        }
        FieldPath path = root.field(field);
        if (index.has(path)) {
            problem(index.value(path), path, "expected at least one " + what + ", got none");
        } else {
            missing(root, field);
        }
    }

    private <T> Map<String, FieldPath> ids(FieldPath list, List<T> items, Function<T, String> id) {
        return collectIds(list, items, id, new LinkedHashMap<>());
    }

    private <T> Map<String, FieldPath> collectIds(FieldPath list, List<T> items, Function<T, String> id,
                                                  Map<String, FieldPath> seen) {
        for (int i = 0; i < items.size(); i++) {
            FieldPath path = list.index(i);
            String value = id.apply(items.get(i));
            if (value == null) {
                missing(path, "id");
            } else if (value.isBlank()) {
                problem(index.value(path.field("id")), path.field("id"), "expected an id, got '" + value + "'");
            } else if (seen.containsKey(value)) {
                int firstLine = Messages.line(index.value(seen.get(value).field("id")));
                problem(index.value(path.field("id")), path.field("id"),
                        "duplicate id '" + value + "' (first defined at line " + firstLine + ")");
            } else {
                seen.put(value, path);
            }
        }
        return seen;
    }

    private void ref(FieldPath path, String value, Map<String, FieldPath> known, String kind, String section) {
        if (value == null || known.containsKey(value)) {
            return;
        }
        String message = "unknown " + kind + " '" + value + "'";
        String suggestion = Suggestions.didYouMean(value, known.keySet());
        if (!suggestion.isEmpty()) {
            message += suggestion;
        } else if (known.isEmpty()) {
            message += "; the scenario declares no " + section;
        } else {
            message += "; expected one of the " + section + ": " + Suggestions.list(known.keySet());
        }
        problem(index.value(path), path, message);
    }

    /** A region reference: checked against the declared regions, or free text when the scenario declares none. */
    private void regionRef(FieldPath path, String value) {
        if (!regions.isEmpty()) {
            ref(path, value, regions, "region", "regions");
        }
    }

    private void writerRefs(FieldPath list, List<String> ids) {
        for (int j = 0; j < ids.size(); j++) {
            ref(list.index(j), ids.get(j), writers, "writer", "writers");
        }
    }

    /** The path of a visa map entry, using the key as the file spells it ({@code J-1}, {@code j1}...). */
    private FieldPath visaPath(FieldPath visas, Applicant.Visa visa) {
        for (String key : index.fieldNames(visas)) {
            if (CodedModule.find(Applicant.Visa.class, key) == visa) {
                return visas.field(key);
            }
        }
        return visas.field(visa.code());
    }

    private String yearsUpToCycle() {
        return "a year from " + MIN_YEAR + " to " + cycle + " (the scenario's cycle)";
    }

    /** The day the scenario stands at: a date in the application season (from January of the year before the Match to its June). */
    private void checkAsOf(FieldPath path) {
        if (scenario.asOf() == null) {
            return;
        }
        String expected = "a date as YYYY-MM-DD from " + (cycle - 1) + "-01-01 to " + cycle + "-06-30 (the " + cycle
                + " Match season)";
        try {
            java.time.LocalDate day = java.time.LocalDate.parse(scenario.asOf());
            if (day.isBefore(java.time.LocalDate.of(cycle - 1, 1, 1)) || day.isAfter(java.time.LocalDate.of(cycle, 6, 30))) {
                problem(index.value(path), path, "expected " + expected + ", got " + scenario.asOf());
            }
        } catch (java.time.format.DateTimeParseException e) {
            problem(index.value(path), path, "expected " + expected + ", got '" + scenario.asOf() + "'");
        }
    }

    private void range(FieldPath path, Integer value, int min, int max, String expected) {
        if (value != null && (value < min || value > max)) {
            problem(index.value(path), path, "expected " + expected + ", got " + value);
        }
    }

    private void atLeast(FieldPath path, Integer value, int min, String expected) {
        range(path, value, min, Integer.MAX_VALUE, expected);
    }

    private void missing(FieldPath entity, String field) {
        problem(index.entry(entity), entity, "missing required field '" + field + "'");
    }

    private void problem(JsonLocation location, FieldPath path, String message) {
        problems.add(new Problem(location, path.dotted(), message));
    }
}
