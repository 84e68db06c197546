package org.rankmeeting.studio;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.rankmeeting.BadInputException;
import org.rankmeeting.scenario.Applicant;
import org.rankmeeting.scenario.Coded;
import org.rankmeeting.scenario.Program;
import org.rankmeeting.scenario.Region;
import org.rankmeeting.scenario.Scenario;
import org.rankmeeting.scenario.School;
import org.rankmeeting.scenario.Suggestions;
import org.rankmeeting.scenario.Writer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The applicant's own file as the "My file" form holds it, in the words of the form rather than of the scenario
 * format: a school from the scenario or "a school nobody there knows" in a chosen region, Step 2 and whether it is
 * taken, the visa, up to three letters, one US clinical rotation, research, interview communication and an alumni
 * contact. It is turned into a scenario applicant (with the writers and school it needs) and checked by the
 * scenario reader like any file; it downloads as YAML and loads back.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"name", "school", "region", "graduationYear", "step2", "step2Taken", "attempts", "visa", "letters",
        "usce", "research", "communication", "contact"})
public record MyFile(String name, String school, String region, Integer graduationYear, Integer step2, Boolean step2Taken,
                     Integer attempts, String visa, List<Letter> letters, Usce usce, Research research,
                     String communication, Contact contact) {

    /** The id the file has in the meeting. */
    public static final String ID = "you";
    /** The school value meaning "a school nobody at these programs knows". */
    public static final String UNKNOWN_SCHOOL = "unknown";
    public static final String UNKNOWN_SCHOOL_ID = "your-school";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Letter(String strength, String style, String from) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Usce(String kind, Integer weeks, String letter, String site) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Research(String kind, Integer months, String pi) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Contact(String person, String said) {
    }

    public MyFile {
        letters = letters == null ? List.of() : List.copyOf(letters);
    }

    /** A file to start from: a recent graduate of an unknown school with a decent Step 2, on a J-1. */
    public static MyFile starter(int cycle) {
        return new MyFile("My file", UNKNOWN_SCHOOL, null, cycle - 2, 240, true, 1, "j1",
                List.of(new Letter("good", "detailed", "us"), new Letter("good", "generic", "home")),
                new Usce("observership", 4, "none", "elsewhere"), null, "adequate", null);
    }

    private static final ObjectMapper YAML = new YAMLMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).build())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public String toYaml() {
        try {
            return "# My file for the rank-meeting studio: load it back on the My file page.\n" + YAML.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Reads a file saved by {@link #toYaml}; problems name the line and column, the field, what was expected and a
     * "did you mean" for a misspelt field.
     */
    public static MyFile fromYaml(String text, String source) {
        MyFile f;
        try {
            f = YAML.readValue(text, MyFile.class);
        } catch (UnrecognizedPropertyException e) {
            List<String> known = e.getKnownPropertyIds().stream().map(Object::toString).sorted().toList();
            Integer line = lines(text).get(path(e));
            throw new BadInputException((line == null ? at(source, e) : source + ":" + line + ":1: ") + path(e) + ": unknown field"
                    + Suggestions.didYouMean(e.getPropertyName(), known) + " (expected one of " + Suggestions.list(known) + ")");
        } catch (JsonMappingException e) {
            throw new BadInputException(at(source, e) + path(e) + ": " + e.getOriginalMessage().replaceAll(" at \\[Source.*", ""));
        } catch (JsonProcessingException e) {
            throw new BadInputException(at(source, e) + "not a YAML file: " + e.getOriginalMessage());
        }
        if (f == null) {
            throw new BadInputException(source + ": the file is empty");
        }
        List<String> problems = f.problems(null, lines(text));
        if (!problems.isEmpty()) {
            throw new BadInputException(problems.stream().map(p -> source + ":" + p).toList());
        }
        return f;
    }

    private static String at(String source, JsonProcessingException e) {
        return e.getLocation() == null ? source + ": " : source + ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr() + ": ";
    }

    private static String path(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                out.append(out.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                out.append('[').append(r.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    /** The line of each field path in a YAML text ("letters[1].style" -> 9), for messages. */
    private static Map<String, Integer> lines(String text) {
        Map<String, Integer> out = new HashMap<>();
        try (JsonParser p = YAML.getFactory().createParser(text)) {
            List<String> stack = new ArrayList<>();
            List<Integer> index = new ArrayList<>();
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                switch (t) {
                    case START_OBJECT, START_ARRAY -> {
                        bump(index);
                        stack.add(t == JsonToken.START_ARRAY ? "[" : "{");
                        index.add(-1);
                    }
                    case END_OBJECT, END_ARRAY -> {
                        stack.remove(stack.size() - 1);
                        index.remove(index.size() - 1);
                    }
                    case FIELD_NAME -> {
                        stack.set(stack.size() - 1, "{" + p.currentName());
                        out.put(join(stack, index), p.currentTokenLocation().getLineNr());
                    }
                    default -> bump(index);
                }
            }
        } catch (IOException e) {
            return out;
        }
        return out;
    }

    private static void bump(List<Integer> index) {
        if (!index.isEmpty()) {
            index.set(index.size() - 1, index.get(index.size() - 1) + 1);
        }
    }

    private static String join(List<String> stack, List<Integer> index) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < stack.size(); i++) {
            String s = stack.get(i);
            if (s.startsWith("[")) {
                out.append('[').append(index.get(i)).append(']');
            } else if (s.length() > 1) {
                out.append(out.length() == 0 ? "" : ".").append(s.substring(1));
            }
        }
        return out.toString();
    }

    /** What is wrong with the values (empty when nothing); {@code scenario} also checks school/region/contact ids. */
    public List<String> problems(Scenario scenario, Map<String, Integer> lines) {
        List<String> out = new ArrayList<>();
        Check c = new Check(out, lines);
        c.oneOf("visa", visa, codes(Applicant.Visa.values()));
        c.range("step2", step2, 150, 300);
        c.range("attempts", attempts, 1, 6);
        c.range("graduationYear", graduationYear, 1970, 2100);
        for (int i = 0; i < letters.size(); i++) {
            Letter l = letters.get(i);
            c.oneOf("letters[" + i + "].strength", l.strength(), codes(Applicant.Letter.Strength.values()));
            c.oneOf("letters[" + i + "].style", l.style(), codes(Applicant.Letter.Style.values()));
            c.oneOf("letters[" + i + "].from", l.from(), List.of("us", "home"));
        }
        if (letters.size() > 6) {
            out.add(" letters: at most 6 letters, got " + letters.size());
        }
        if (usce != null) {
            c.oneOf("usce.kind", usce.kind(), codes(Applicant.Rotation.Kind.values()));
            c.oneOf("usce.letter", usce.letter(), codes(Applicant.Rotation.LetterQuality.values()));
            c.range("usce.weeks", usce.weeks(), 1, 52);
        }
        if (research != null) {
            c.oneOf("research.kind", research.kind(), codes(Applicant.Research.Kind.values()));
            c.range("research.months", research.months(), 1, 120);
            c.oneOf("research.pi", research.pi(), List.of("us", "home"));
        }
        c.oneOf("communication", communication, codes(Applicant.Interview.Communication.values()));
        if (contact != null) {
            c.oneOf("contact.said", contact.said(), codes(Applicant.Contact.Verdict.values()));
        }
        if (scenario != null) {
            List<String> schools = new ArrayList<>(scenario.schools().stream().map(School::id).toList());
            schools.add(UNKNOWN_SCHOOL);
            c.oneOf("school", school, schools);
            if (UNKNOWN_SCHOOL.equals(school) && region != null) {
                c.oneOf("region", region, scenario.regions().stream().map(Region::id).toList());
            }
            if (contact != null && contact.person() != null) {
                c.oneOf("contact.person", contact.person(), people(scenario).stream().map(Program.Person::id).toList());
            }
            if (usce != null && usce.site() != null && !"elsewhere".equals(usce.site())) {
                List<String> sites = new ArrayList<>(scenario.programs().stream().map(Program::id).toList());
                sites.add("elsewhere");
                c.oneOf("usce.site", usce.site(), sites);
            }
        }
        return out;
    }

    /** Everyone at the scenario's programs a file could know (the contacts the form offers). */
    public static List<Program.Person> people(Scenario scenario) {
        return scenario.programs().stream().flatMap(p -> p.people().stream()).toList();
    }

    private static List<String> codes(Coded[] values) {
        return Arrays.stream(values).map(Coded::code).toList();
    }

    private record Check(List<String> out, Map<String, Integer> lines) {
        String where(String field) {
            Integer line = lines == null ? null : lines.get(field);
            return line == null ? " " + field : line + ":1: " + field;
        }

        void oneOf(String field, String value, List<String> allowed) {
            if (value != null && !allowed.contains(value)) {
                out.add(where(field) + ": expected one of " + Suggestions.list(allowed) + ", got '" + value + "'"
                        + Suggestions.didYouMean(value, allowed));
            }
        }

        void range(String field, Integer value, int min, int max) {
            if (value != null && (value < min || value > max)) {
                out.add(where(field) + ": expected a number from " + min + " to " + max + ", got " + value);
            }
        }
    }

    /**
     * The scenario with this file in it as applicant {@value #ID}: added to the scenario's applicants, or (for the
     * archetype panel) as the only applicant; plus the writers its letters name and, for an unknown school, that school.
     */
    public Scenario placeIn(Scenario base, boolean alone) {
        List<String> problems = problems(base, null);
        if (!problems.isEmpty()) {
            throw new BadInputException(problems.stream().map(String::strip).toList());
        }
        List<School> schools = new ArrayList<>(base.schools());
        String schoolId = school == null ? UNKNOWN_SCHOOL : school;
        if (UNKNOWN_SCHOOL.equals(schoolId)) {
            schools.add(new School(UNKNOWN_SCHOOL_ID, "a school nobody there knows", "abroad", region, School.Kind.INTERNATIONAL, null));
            schoolId = UNKNOWN_SCHOOL_ID;
        }
        List<Writer> writers = new ArrayList<>(base.writers());
        List<Applicant.Letter> ls = new ArrayList<>();
        for (int i = 0; i < letters.size(); i++) {
            Letter l = letters.get(i);
            boolean us = !"home".equals(l.from());
            String id = "your-writer-" + (i + 1);
            writers.add(new Writer(id, "your letter writer " + (i + 1), us ? Writer.Role.ATTENDING : Writer.Role.FACULTY,
                    us ? "a US hospital" : "your school", us ? "US" : "abroad"));
            ls.add(new Applicant.Letter(id, parse(Applicant.Letter.Strength.values(), l.strength(), Applicant.Letter.Strength.GOOD),
                    parse(Applicant.Letter.Style.values(), l.style(), Applicant.Letter.Style.DETAILED)));
        }
        List<Applicant.Rotation> rotations = new ArrayList<>();
        if (usce != null && usce.kind() != null) {
            Applicant.Rotation.LetterQuality q = parse(Applicant.Rotation.LetterQuality.values(), usce.letter(),
                    Applicant.Rotation.LetterQuality.NONE);
            String writer = null;
            if (q != Applicant.Rotation.LetterQuality.NONE) {
                writer = "your-usce-writer";
                writers.add(new Writer(writer, "your rotation's attending", Writer.Role.ATTENDING, "a US hospital", "US"));
            }
            String site = usce.site() == null || "elsewhere".equals(usce.site()) ? "a US hospital" : usce.site();
            rotations.add(new Applicant.Rotation(parse(Applicant.Rotation.Kind.values(), usce.kind(), null), site,
                    usce.weeks() == null ? 4 : usce.weeks(), q, writer));
        }
        List<Applicant.Research> research = new ArrayList<>();
        if (this.research != null && this.research.kind() != null) {
            boolean usPi = !"home".equals(this.research.pi());
            writers.add(new Writer("your-pi", "your research PI", Writer.Role.PI, usPi ? "a US university" : "your school",
                    usPi ? "US" : "abroad"));
            research.add(new Applicant.Research(parse(Applicant.Research.Kind.values(), this.research.kind(), null),
                    this.research.months() == null ? 6 : this.research.months(), "your-pi"));
        }
        List<Applicant.Contact> contacts = new ArrayList<>();
        if (contact != null && contact.person() != null && !contact.person().isEmpty()) {
            contacts.add(new Applicant.Contact(contact.person(), Applicant.Contact.Relationship.BUILT,
                    parse(Applicant.Contact.Verdict.values(), contact.said(), Applicant.Contact.Verdict.SOLID), Boolean.TRUE));
        }
        Applicant you = new Applicant(ID, name == null || name.isBlank() ? "My file" : name, schoolId, graduationYear, 0,
                new Applicant.Step2(step2, attempts == null ? 1 : attempts, step2Taken == null ? Boolean.TRUE : step2Taken),
                parse(Applicant.Visa.values(), visa, Applicant.Visa.CITIZEN), ls, rotations, research,
                communication == null ? null : new Applicant.Interview(parse(Applicant.Interview.Communication.values(), communication, null)),
                null, contacts, List.of(), List.of(), List.of(), null);
        List<Applicant> applicants = new ArrayList<>();
        if (!alone) {
            base.applicants().stream().filter(a -> !ID.equals(a.id())).forEach(applicants::add);
        }
        applicants.add(you);
        return new Scenario(base.title(), base.description(), base.cycle(), base.asOf(), base.regions(), schools, writers, base.programs(),
                applicants, List.of(), List.of(), alone ? List.of() : base.couples());
    }

    /** How many letter rows the form has. */
    public static final int FORM_LETTERS = 3;

    /** The file from the form's fields (names as {@link #toForm} writes them); empty fields are left out. */
    public static MyFile fromForm(Map<String, String> form) {
        Function<String, String> v = k -> {
            String s = form.get(k);
            return s == null || s.isBlank() || "none".equals(s) ? null : s.strip();
        };
        List<Letter> letters = new ArrayList<>();
        for (int i = 1; i <= FORM_LETTERS; i++) {
            if (v.apply("letter" + i + "Strength") != null) {
                letters.add(new Letter(v.apply("letter" + i + "Strength"), v.apply("letter" + i + "Style"), v.apply("letter" + i + "From")));
            }
        }
        Usce usce = v.apply("usceKind") == null ? null
                : new Usce(v.apply("usceKind"), number(v.apply("usceWeeks"), "usceWeeks"), v.apply("usceLetter"), v.apply("usceSite"));
        Research research = v.apply("researchKind") == null ? null
                : new Research(v.apply("researchKind"), number(v.apply("researchMonths"), "researchMonths"), v.apply("researchPi"));
        Contact contact = v.apply("contactPerson") == null ? null : new Contact(v.apply("contactPerson"), v.apply("contactSaid"));
        return new MyFile(v.apply("name"), v.apply("school"), v.apply("region"), number(v.apply("graduationYear"), "graduationYear"),
                number(v.apply("step2"), "step2"), !"no".equals(form.getOrDefault("step2Taken", "yes")) ,
                number(v.apply("attempts"), "attempts"), v.apply("visa"), letters, usce, research, v.apply("communication"), contact);
    }

    /** The form's fields for this file (what {@link #fromForm} reads back). */
    public Map<String, String> toForm() {
        Map<String, String> f = new java.util.LinkedHashMap<>();
        put(f, "name", name);
        put(f, "school", school);
        put(f, "region", region);
        put(f, "graduationYear", graduationYear);
        put(f, "step2", step2);
        f.put("step2Taken", Boolean.FALSE.equals(step2Taken) ? "no" : "yes");
        put(f, "attempts", attempts);
        put(f, "visa", visa);
        for (int i = 1; i <= FORM_LETTERS; i++) {
            Letter l = i <= letters.size() ? letters.get(i - 1) : new Letter(null, null, null);
            put(f, "letter" + i + "Strength", l.strength());
            put(f, "letter" + i + "Style", l.style());
            put(f, "letter" + i + "From", l.from());
        }
        put(f, "usceKind", usce == null ? null : usce.kind());
        put(f, "usceWeeks", usce == null ? null : usce.weeks());
        put(f, "usceLetter", usce == null ? null : usce.letter());
        put(f, "usceSite", usce == null ? null : usce.site());
        put(f, "researchKind", research == null ? null : research.kind());
        put(f, "researchMonths", research == null ? null : research.months());
        put(f, "researchPi", research == null ? null : research.pi());
        put(f, "communication", communication);
        put(f, "contactPerson", contact == null ? null : contact.person());
        put(f, "contactSaid", contact == null ? null : contact.said());
        return f;
    }

    private static void put(Map<String, String> f, String key, Object value) {
        f.put(key, value == null ? "" : value.toString());
    }

    private static Integer number(String text, String field) {
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            throw new BadInputException(field + ": expected a whole number, got '" + text + "'");
        }
    }

    private static <E extends Coded> E parse(E[] values, String code, E otherwise) {
        if (code == null) {
            return otherwise;
        }
        Function<E, String> f = Coded::code;
        return Arrays.stream(values).filter(v -> f.apply(v).equals(code)).findFirst().orElse(otherwise);
    }
}
