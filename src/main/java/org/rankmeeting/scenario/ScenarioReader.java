package org.rankmeeting.scenario;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.core.json.JsonReadContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.rankmeeting.BadInputException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a scenario file (YAML or JSON), checks it, and applies the defaults the engine relies on.
 *
 * <h2>Errors</h2>
 * Every problem becomes a {@link BadInputException} whose lines read
 * {@code <file>:<line>:<col>: <field path>: <what was expected>, got <what>}, with the field path in dotted form
 * ({@code applicants[2].step2.score}; the top of the document is {@code scenario}). Syntax and type errors stop at
 * the first one; the checks made after binding (required fields, ranges, unique ids, references) report every
 * problem, sorted by line.
 *
 * <h2>Reading rules</h2>
 * <ul>
 *   <li>Unknown fields are errors (with a "did you mean" when the name is close to a known one).</li>
 *   <li>Whole numbers may be written quoted ({@code "244"}) but not as other text, fractions or booleans;
 *       true/false may be quoted but not written as numbers. In YAML only {@code true}/{@code false} are booleans
 *       ({@code yes}, {@code no}, {@code on}, {@code off} are text).</li>
 *   <li>A field written twice in the same map is an error; a list entry or map value may not be empty (null).</li>
 *   <li>{@link Coded} enum values and {@code visas} keys are read in any case, with hyphens, underscores or spaces
 *       ({@code sub-i}, {@code SUB_I}, {@code Sub I}); see {@link CodedModule}.</li>
 * </ul>
 *
 * <h2>Defaults applied to the returned scenario</h2>
 * <ul>
 *   <li>{@code cycle}: the current year when absent.</li>
 *   <li>{@code applicants[].step2.attempts}: 1 when absent.</li>
 *   <li>{@code applicants[].step2.taken}: {@code true} when absent.</li>
 *   <li>Absent lists and maps are empty (the records' constructors do this).</li>
 *   <li>Every other absent value stays {@code null}; the engine reads a {@code null} Boolean as false.</li>
 * </ul>
 */
public final class ScenarioReader {

    /** The syntax a scenario is written in. */
    public enum Format {
        YAML, JSON;

        /** The format a file name's extension ({@code .yaml}, {@code .yml}, {@code .json}, any case) stands for. */
        public static Optional<Format> forFileName(String fileName) {
            String name = fileName.toLowerCase(Locale.ROOT);
            if (name.endsWith(".yaml") || name.endsWith(".yml")) {
                return Optional.of(YAML);
            }
            if (name.endsWith(".json")) {
                return Optional.of(JSON);
            }
            return Optional.empty();
        }
    }

    private static final ObjectMapper YAML_MAPPER = configure(YAMLMapper.builder()
            .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)).build();

    private static final ObjectMapper JSON_MAPPER = configure(JsonMapper.builder()).build();

    private ScenarioReader() {
    }

    /**
     * The shared JSON mapper, configured as the reader reads scenarios and writing {@link Coded} enums (values and
     * map keys) as their {@link Coded#code()}. Use it for JSON output; do not reconfigure it (derive an
     * {@link com.fasterxml.jackson.databind.ObjectWriter} instead, e.g. {@code jsonMapper().writerWithDefaultPrettyPrinter()}).
     */
    public static ObjectMapper jsonMapper() {
        return JSON_MAPPER;
    }

    /**
     * Reads, checks and completes the scenario in {@code file}; the format follows the extension.
     *
     * @throws BadInputException for an unsupported extension, a file that cannot be read, or any problem in it
     */
    public static LoadedScenario read(Path file) {
        Text t = load(file);
        if (MatchFileReader.isMatchFile(t.text(), t.format())) {
            throw new BadInputException(t.displayName() + ": this is a match file (its programs write rankList as a "
                    + "list), not a scenario; run it with 'match " + t.displayName() + "'");
        }
        return new LoadedScenario(file, t.displayName(), parse(t.displayName(), t.text(), t.format()).scenario());
    }

    /** A file's text, the name messages use for it and the syntax its extension stands for. */
    record Text(String displayName, String text, Format format) {}

    /** Reads a scenario or match file's text, refusing unsupported extensions and unreadable files. */
    static Text load(Path file) {
        Objects.requireNonNull(file, "file");
        String displayName = file.toString();
        Path fileName = file.getFileName();
        if (!Files.exists(file)) {
            throw new BadInputException(displayName + ": no such file");
        }
        Format format = Format.forFileName(fileName == null ? displayName : fileName.toString())
                .orElseThrow(() -> new BadInputException(
                        displayName + ": unsupported file type, expected .yaml, .yml or .json"));
        if (Files.isDirectory(file)) {
            throw new BadInputException(displayName + ": is a directory, expected a scenario file");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new BadInputException(displayName + ": no such file");
        } catch (AccessDeniedException e) {
            throw new BadInputException(displayName + ": cannot read the file (permission denied)");
        } catch (IOException e) {
            throw new BadInputException(displayName + ": cannot read the file (" + e.getMessage() + ")");
        }
        String text = decode(displayName, bytes);
        return new Text(displayName, text.startsWith("\uFEFF") ? text.substring(1) : text, format);
    }

    static ObjectMapper mapper(Format format) {
        return format == Format.YAML ? YAML_MAPPER : JSON_MAPPER;
    }

    /**
     * The text of a scenario file: UTF-8 (with or without a byte-order mark), or UTF-16 with its byte-order mark.
     * UTF-16 without one is recognised by its zero bytes and reported, not misread.
     */
    static String decode(String displayName, byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        String utf16 = utf16WithoutMark(bytes);
        if (utf16 != null) {
            throw new BadInputException(displayName + ":1:1: the file is UTF-16 (" + utf16 + ") text without a "
                    + "byte-order mark, so it cannot be told apart from binary data; save it as UTF-8");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new BadInputException(displayName + ": the file is not UTF-8 text");
        }
    }

    /** "little-endian" or "big-endian" when most of the even or odd bytes are zero, as in UTF-16 ASCII text. */
    private static String utf16WithoutMark(byte[] bytes) {
        int n = Math.min(bytes.length, 4096) & ~1;
        if (n < 4) {
            return null;
        }
        int zeroEven = 0;
        int zeroOdd = 0;
        for (int i = 0; i < n; i += 2) {
            zeroEven += bytes[i] == 0 ? 1 : 0;
            zeroOdd += bytes[i + 1] == 0 ? 1 : 0;
        }
        int pairs = n / 2;
        if (zeroOdd * 10 >= pairs * 7 && zeroEven == 0) {
            return "little-endian";
        }
        if (zeroEven * 10 >= pairs * 7 && zeroOdd == 0) {
            return "big-endian";
        }
        return null;
    }

    /**
     * Reads, checks and completes a scenario given as text (stdin, tests). {@code displayName} names the input in
     * messages; the result has no {@link LoadedScenario#source()}.
     *
     * @throws BadInputException for any problem in the text
     */
    public static LoadedScenario parse(String displayName, String text, Format format) {
        String name = displayName == null ? "<input>" : displayName;
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(format, "format");
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        ObjectMapper mapper = format == Format.YAML ? YAML_MAPPER : JSON_MAPPER;
        if (format == Format.YAML) {
            rejectAnchorsAndAliases(name, text, mapper);
        }
        Scenario bound = bind(name, text, format, mapper, Scenario.class, "scenario");
        Scenario scenario = withDefaults(bound);
        List<ScenarioValidator.Problem> problems = ScenarioValidator.validate(scenario, LocationIndex.build(mapper, text));
        if (!problems.isEmpty()) {
            List<String> lines = new ArrayList<>(problems.size());
            for (ScenarioValidator.Problem problem : problems) {
                lines.add(problem.format(name));
            }
            throw new BadInputException(lines);
        }
        return new LoadedScenario(null, name, scenario);
    }

    /**
     * One value written as YAML (a number, a word, {@code true}, a flow map {@code {writer: x}} or list), read as
     * scenario files are read; for values given on the command line.
     *
     * @throws BadInputException naming {@code source} when the text is not a YAML value
     */
    public static JsonNode readValue(String text, String source) {
        try {
            JsonNode node = YAML_MAPPER.readTree(text);
            return node == null || node.isMissingNode() ? YAML_MAPPER.getNodeFactory().textNode("") : node;
        } catch (JsonProcessingException e) {
            throw new BadInputException(source + ": cannot read '" + text + "' as a value: "
                    + cleanSyntaxMessage(e.getOriginalMessage()));
        }
    }

    /**
     * Checks a variant made outside the file (on the command line) against the scenario, as variants in the file
     * are checked. Problems are reported as {@code source: path: what}, e.g. {@code --set step2.score: expected ...}.
     *
     * @param source names where the variant came from in messages
     * @throws BadInputException listing every problem
     */
    public static void checkVariant(Scenario scenario, Variant variant, String source) {
        Scenario probe = new Scenario(scenario.title(), scenario.description(), scenario.cycle(), scenario.asOf(), scenario.regions(),
                scenario.schools(), scenario.writers(), scenario.programs(), scenario.applicants(), List.of(),
                List.of(variant), List.of());
        String prefix = "variants[0].";
        List<String> lines = new ArrayList<>();
        for (ScenarioValidator.Problem problem : ScenarioValidator.validate(probe, LocationIndex.empty())) {
            if (problem.path().startsWith(prefix)) {
                lines.add(source + ": " + problem.path().substring(prefix.length()) + ": " + problem.message());
            }
        }
        if (!lines.isEmpty()) {
            throw new BadInputException(lines);
        }
    }

    /**
     * The scenario with the reader's defaults applied (see the class comment); for scenarios built in code.
     * Values already present are kept.
     */
    public static Scenario withDefaults(Scenario s) {
        int cycle = s.cycle() != null ? s.cycle() : Year.now().getValue();
        List<Applicant> applicants = new ArrayList<>(s.applicants().size());
        for (Applicant a : s.applicants()) {
            Applicant.Step2 step2 = a.step2();
            if (step2 != null && (step2.attempts() == null || step2.taken() == null)) {
                step2 = new Applicant.Step2(step2.score(), step2.attempts() == null ? 1 : step2.attempts(),
                        step2.taken() == null ? Boolean.TRUE : step2.taken());
                a = new Applicant(a.id(), a.name(), a.school(), a.graduationYear(), a.gapYears(), step2, a.visa(),
                        a.letters(), a.usce(), a.research(), a.interview(), a.transcript(), a.contacts(),
                        a.lateAdvocacy(), a.localTies(), a.rankList(), a.preferences(), a.applications());
            }
            applicants.add(a);
        }
        return new Scenario(s.title(), s.description(), cycle, s.asOf(), s.regions(), s.schools(), s.writers(), s.programs(),
                applicants, s.expectations(), s.variants(), s.couples());
    }

    // ---- binding -------------------------------------------------------------------------------------------

    private static <M extends ObjectMapper, B extends MapperBuilder<M, B>> B configure(B builder) {
        // The model records have helpers such as School.isUs() and Expectation.isOrder(): not fields of the file,
        // so neither written nor accepted. Only the model's own records are affected, not other output types.
        for (Class<?> type : modelRecords()) {
            builder.withConfigOverride(type, o -> o.setVisibility(
                    JsonAutoDetect.Value.construct(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)));
        }
        return builder
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .defaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL))
                .withCoercionConfig(LogicalType.Integer, c -> c
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Boolean, c -> c
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Textual, c -> c
                        .setCoercion(CoercionInputShape.EmptyArray, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyObject, CoercionAction.Fail))
                .addModule(new CodedModule());
    }

    /** {@link Scenario} and every record reachable from it through components, lists and maps. */
    static Set<Class<?>> modelRecords() {
        Set<Class<?>> found = new LinkedHashSet<>();
        Deque<Type> pending = new ArrayDeque<>(List.of(Scenario.class));
        while (!pending.isEmpty()) {
            Type type = pending.pop();
            if (type instanceof ParameterizedType parameterized) {
                pending.addAll(List.of(parameterized.getActualTypeArguments()));
            } else if (type instanceof Class<?> c && c.isRecord() && found.add(c)) {
                for (RecordComponent component : c.getRecordComponents()) {
                    pending.add(component.getGenericType());
                }
            }
        }
        return found;
    }

    /** Binds {@code text} to {@code type}, turning Jackson's exceptions into one located message. */
    static <T> T bind(String name, String text, Format format, ObjectMapper mapper, Class<T> type, String what) {
        try (JsonParser p = mapper.createParser(text)) {
            try {
                if (p.nextToken() == null) {
                    throw empty(name);
                }
                T bound = mapper.readValue(p, type);
                if (bound == null) {
                    throw empty(name);
                }
                if (p.nextToken() != null) {
                    String more = format == Format.YAML
                            ? "expected one " + what + " document, got a second document after it"
                            : "expected the " + what + " to end here, got more content after it";
                    throw new BadInputException(Messages.at(name, p.currentTokenLocation(), null, more));
                }
                return bound;
            } catch (JsonProcessingException e) {
                throw translate(name, format, e, p, () -> LocationIndex.build(mapper, text));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading from a String: does not happen
        }
    }

    /**
     * YAML anchors ({@code &name}) and aliases ({@code *name}) are rejected: the binder would read an alias as the
     * text of its name, silently. A syntax error found here is left for the binder to report.
     */
    private static void rejectAnchorsAndAliases(String name, String text, ObjectMapper mapper) {
        if (text.indexOf('&') < 0 && text.indexOf('*') < 0) {
            return;
        }
        try (JsonParser p = mapper.createParser(text)) {
            while (p.nextToken() != null) {
                YAMLParser yaml = (YAMLParser) p;
                String what = yaml.isCurrentAlias() ? "an alias '*" + p.getText() + "'"
                        : yaml.getCurrentAnchor() != null ? "an anchor '&" + yaml.getCurrentAnchor() + "'" : null;
                if (what != null) {
                    throw new BadInputException(Messages.at(name, p.currentTokenLocation(),
                            FieldPath.of(p.getParsingContext()).dotted(), what + ": YAML anchors and aliases are "
                                    + "not supported in scenario files; write the value out in full"));
                }
            }
        } catch (IOException e) {
            // a syntax error: reported by the binder, with its own location
        }
    }

    private static BadInputException empty(String name) {
        return new BadInputException(name + ": the file is empty; expected a scenario with programs and applicants");
    }

    // ---- turning Jackson's exceptions into one message ----------------------------------------------------

    private static final Pattern START_MARKER = Pattern.compile(
            "\\s*\\(start marker at \\[Source: .*?; line: (\\d+), column: (\\d+)]\\)", Pattern.DOTALL);
    private static final Pattern CHAR_CODE = Pattern.compile("\\((.+?) \\(code \\d+\\)\\)");
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:field|Object property) [\"'](.*)[\"']");

    private static BadInputException translate(String name, Format format, JsonProcessingException e, JsonParser p,
                                                Supplier<LocationIndex> index) {
        FieldPath path = e instanceof JsonMappingException jme ? FieldPath.of(jme.getPath()) : null;

        org.yaml.snakeyaml.error.MarkedYAMLException yaml = cause(e, org.yaml.snakeyaml.error.MarkedYAMLException.class);
        if (yaml != null) {
            return new BadInputException(yamlSyntax(name, yaml));
        }
        StreamConstraintsException tooDeep = cause(e, StreamConstraintsException.class);
        if (tooDeep != null) {
            return tooDeep(name, p);
        }
        InputCoercionException coercion = cause(e, InputCoercionException.class);
        if (coercion != null) {
            FieldPath at = path != null && !path.isRoot() ? path : FieldPath.of(p.getParsingContext());
            return one(name, p.currentTokenLocation(), at, "expected " + Messages.describeType(coercion.getTargetType())
                    + ", got " + Messages.describeToken(p) + ", which is out of range");
        }
        StreamReadException syntax = cause(e, StreamReadException.class);
        if (syntax != null) {
            String original = syntax.getOriginalMessage();
            Matcher duplicate = DUPLICATE.matcher(original == null ? "" : original);
            if (duplicate.find()) {
                FieldPath at = path != null && !path.isRoot() ? path : FieldPath.of(p.getParsingContext()).parent();
                JsonLocation second = index.get().repeatedKey(at.field(duplicate.group(1)));
                return one(name, second != null ? second : p.currentTokenLocation(), at,
                        "field '" + duplicate.group(1) + "' is written twice in the same map");
            }
            return new BadInputException(Messages.at(name, syntax.getLocation(), null,
                    (format == Format.YAML ? "YAML" : "JSON") + " syntax error: " + cleanSyntaxMessage(original)));
        }
        if (e instanceof InvalidDefinitionException) {
            throw new IllegalStateException("scenario model cannot be bound by Jackson: " + e.getOriginalMessage(), e);
        }
        if (!(e instanceof JsonMappingException mapping)) {
            return new BadInputException(Messages.at(name, e.getLocation(), null, e.getOriginalMessage()));
        }
        JsonLocation location = mapping.getLocation();
        if (mapping instanceof UnrecognizedPropertyException) {
            // Records are built through their constructor, and Jackson buffers unknown fields until the whole map
            // has been read, so the exception's location is the end of the map: look the key up instead.
            LocationIndex locations = index.get();
            if (locations.has(path)) {
                location = locations.entry(path);
            }
            return one(name, location, path.parent(), problem(mapping, () -> Messages.describeToken(p)));
        }
        return one(name, location, path, problem(mapping, () -> Messages.describeToken(p)));
    }

    /**
     * What a binding exception means, in the reader's words: the one translation of Jackson's databind errors,
     * for files (the parser's token is what was found) and for edited files ({@link ApplicantEdits}: a tree node).
     *
     * @param got describes the value found where the exception arose, for a mismatched input
     */
    static String problem(JsonMappingException mapping, Supplier<String> got) {
        if (mapping instanceof CodedModule.FriendlyInputException friendly) {
            return friendly.getOriginalMessage();
        }
        if (mapping instanceof UnrecognizedPropertyException unknown) {
            return unknownField(unknown);
        }
        if (mapping instanceof InvalidNullException) {
            return "expected a value, got nothing (an empty entry)";
        }
        if (mapping instanceof InvalidFormatException invalid) {
            Object value = invalid.getValue();
            return "expected " + Messages.describeType(invalid.getTargetType()) + ", got "
                    + (value instanceof String s ? Messages.quote(s) : String.valueOf(value));
        }
        if (mapping instanceof MismatchedInputException mismatch) {
            return "expected " + Messages.describeType(mismatch.getTargetType()) + ", got " + got.get();
        }
        return mapping.getOriginalMessage();
    }

    private static BadInputException one(String name, JsonLocation location, FieldPath path, String what) {
        return new BadInputException(Messages.at(name, location, path == null ? null : path.dotted(), what));
    }

    /**
     * A document nested deeper than the parser allows. No scenario field nests more than a few levels, so the
     * nesting started below a field that is not in the format, or inside one that expects a plain value: report
     * that field, where its value starts.
     */
    private static BadInputException tooDeep(String name, JsonParser p) {
        List<JsonStreamContext> chain = new ArrayList<>();
        for (JsonStreamContext c = p.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
            chain.add(0, c);
        }
        Type type = Scenario.class;
        for (int d = 0; d < chain.size(); d++) {
            JsonStreamContext here = chain.get(d);
            Class<?> raw = rawClass(type);
            JsonLocation start = startOf(here);
            FieldPath container = FieldPath.of(here.getParent());
            boolean record = raw != null && raw.isRecord();
            boolean map = raw != null && Map.class.isAssignableFrom(raw);
            boolean list = raw != null && Collection.class.isAssignableFrom(raw);
            if (here.inObject() ? !(record || map) : !list) {
                return one(name, start, container, "expected " + Messages.describeType(raw) + ", got lists or maps "
                        + "nested " + (chain.size() - d) + " levels deep");
            }
            if (list) {
                type = ((ParameterizedType) type).getActualTypeArguments()[0];
            } else if (map) {
                type = ((ParameterizedType) type).getActualTypeArguments()[1];
            } else {
                String field = here.getCurrentName();
                RecordComponent component = Arrays.stream(raw.getRecordComponents())
                        .filter(c -> c.getName().equals(field)).findFirst().orElse(null);
                if (component == null) {
                    JsonLocation value = d + 1 < chain.size() ? startOf(chain.get(d + 1)) : start;
                    return one(name, value, container, unknownField(field, knownFields(raw, null)));
                }
                type = component.getGenericType();
            }
        }
        return one(name, p.currentTokenLocation(), FieldPath.of(p.getParsingContext()),
                "lists or maps nested too deeply to be a scenario");
    }

    private static JsonLocation startOf(JsonStreamContext context) {
        return context instanceof JsonReadContext rc ? rc.startLocation(ContentReference.unknown()) : null;
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        return type instanceof ParameterizedType pt && pt.getRawType() instanceof Class<?> c ? c : null;
    }

    private static String unknownField(UnrecognizedPropertyException e) {
        return unknownField(e.getPropertyName(), knownFields(e.getReferringClass(), e.getKnownPropertyIds()));
    }

    static String unknownField(String field, List<String> known) {
        return "unknown field '" + field + "'" + Suggestions.didYouMeanOrList(field, known);
    }

    /** The fields of a record in declaration order; otherwise what Jackson knows, sorted. */
    private static List<String> knownFields(Class<?> type, Collection<Object> jacksonKnown) {
        List<String> names = new ArrayList<>();
        if (type != null && type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                names.add(component.getName());
            }
        } else if (jacksonKnown != null) {
            for (Object id : jacksonKnown) {
                names.add(String.valueOf(id));
            }
            names.sort(null);
        }
        return names;
    }

    private static String yamlSyntax(String name, org.yaml.snakeyaml.error.MarkedYAMLException e) {
        org.yaml.snakeyaml.error.Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        String what = e.getProblem() != null ? e.getProblem() : e.getContext();
        if (e.getProblem() != null && e.getContext() != null) {
            what += " (" + e.getContext()
                    + (e.getContextMark() != null ? " that starts at line " + (e.getContextMark().getLine() + 1) : "")
                    + ")";
        }
        String prefix = name + (mark == null ? ":1:1" : ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1));
        return prefix + ": YAML syntax error: " + (what == null ? "invalid YAML" : what.strip());
    }

    private static String cleanSyntaxMessage(String message) {
        if (message == null) {
            return "invalid input";
        }
        String cleaned = START_MARKER.matcher(message).replaceAll(" (opened at line $1, column $2)");
        cleaned = CHAR_CODE.matcher(cleaned).replaceAll("$1");
        cleaned = cleaned.replace("\n", " ").strip();
        return cleaned.isEmpty() ? "invalid input"
                : Character.toLowerCase(cleaned.charAt(0)) + cleaned.substring(1);
    }

    private static <T extends Throwable> T cause(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }
}
