package org.rankmeeting.engine;

import org.rankmeeting.BadInputException;
import org.rankmeeting.scenario.Range;
import org.rankmeeting.scenario.RecordFile;
import org.rankmeeting.scenario.Suggestions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The seeds' general figures, the numbers an educator may want to change without touching a rule: the USCE ladder
 * (U1) and how its value becomes points, and how much alumni input weighs (A3, A4, A5). Read from a rules folder's
 * {@value #FILE} (the bundled copy when the folder has none); the rules read them through the global
 * {@code figures}, and a rule's {@code @description} names them as {@code {group.field}}, so one edit of the table
 * changes both what the rules decide and what they say. The figures are facts of the session, not part of the
 * compiled rules: editing them does not recompile anything.
 */
public record Figures(UsceLadder usceLadder, UsceCredit usceCredit, AlumniWeight alumniWeight, AlumniUse alumniUse,
                      VoucherRecord voucherRecord) {

    /** The file in a rules folder (and in the jar's bundled {@code rules/}). */
    public static final String FILE = "figures.yaml";
    /** The name the rules declare the figures under ({@code global Figures figures;}). */
    public static final String GLOBAL = "figures";

    /** U1: what a US rotation is worth, 0-100, by kind and letter. */
    public record UsceLadder(@Range(min = 0, max = 100) int shadowing,
                             @Range(min = 0, max = 100) int observership,
                             @Range(min = 0, max = 100) int observershipWithLetter,
                             @Range(min = 0, max = 100) int clinic,
                             @Range(min = 0, max = 100) int clinicWithLetter,
                             @Range(min = 0, max = 100) int inpatient,
                             @Range(min = 0, max = 100) int inpatientWithDecentLetter,
                             @Range(min = 0, max = 100) int subInternship,
                             @Range(min = 0, max = 100) int subInternshipStrongLetter,
                             @Range(min = 0, max = 100) int subInternshipStrongLetterKnownWriter) {
    }

    /**
     * U1: committee points from the best ladder value: (value - zeroAt) / perPointToKnee up to the knee, and above it
     * the knee's points plus (value - knee) / perPointAboveKnee; a file with no US rotation at all gets noUsce.
     */
    public record UsceCredit(@Range(min = 0, max = 100) int zeroAt,
                             @Range(min = 0, max = 100) int knee,
                             @Range(min = 1, max = 100) int perPointToKnee,
                             @Range(min = 1, max = 100) int perPointAboveKnee,
                             @Range(min = -20, max = 0) int noUsce) {

        /** The points a ladder value is worth. */
        public int of(int value) {
            return value <= knee ? (value - zeroAt) / perPointToKnee : atKnee() + (value - knee) / perPointAboveKnee;
        }

        /** The points at the knee: a rotation worth this much has shown hands-on work. */
        public int atKnee() {
            return (knee - zeroAt) / perPointToKnee;
        }
    }

    /** A4: how much alumni input weighs, in percent of its raw points; the pool size and score margin that decide. */
    public record AlumniWeight(@Range(min = 0, max = 100) int unknownSchool,
                               @Range(min = 0, max = 100) int largePool,
                               @Range(min = 1, max = 100_000) int largePoolFrom,
                               @Range(min = 0, max = 100) int borderlineScores,
                               @Range(min = 0, max = 100) int borderlineWithin,
                               @Range(min = 0, max = 100) int knownStrongSchool,
                               @Range(min = 0, max = 100) int usGraduate,
                               @Range(min = 0, max = 100) int otherwise) {
    }

    /** A5: the share of positive alumni input a program's IMG history lets count, and a rare taker's exceptional mark. */
    public record AlumniUse(@Range(min = 0, max = 100) int mixedHistory,
                            @Range(min = 0, max = 100) int onceBurned,
                            @Range(min = 0, max = 100) int rareTakerExceptionalOver) {
    }

    /** A3: a proven voice's word counts this share again; this share of an everyone-praiser's praise is taken off. */
    public record VoucherRecord(@Range(min = 0, max = 200) int provenExtra,
                                @Range(min = 0, max = 100) int praisesEveryoneDiscount) {
    }

    /** {@code percent} of {@code points}, rounded towards zero. */
    public static int share(int points, int percent) {
        return points * percent / 100;
    }

    /** A share in words where there is a common one ("half", "two thirds"), else "40%". */
    public static String shareInWords(int percent) {
        return switch (percent) {
            case 25 -> "a quarter";
            case 33 -> "a third";
            case 50 -> "half";
            case 67 -> "two thirds";
            case 75 -> "three quarters";
            default -> percent + "%";
        };
    }

    // ---- reading ------------------------------------------------------------------------------------------

    private static volatile Figures bundled;

    /** The figures bundled in the jar ({@code rules/figures.yaml}). */
    public static Figures bundled() {
        Figures f = bundled;
        if (f == null) {
            try (InputStream in = Figures.class.getResourceAsStream("/rules/" + FILE)) {
                if (in == null) {
                    throw new IllegalStateException("rules/" + FILE + " is missing from the classpath");
                }
                f = parse("rules/" + FILE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            bundled = f;
        }
        return f;
    }

    /** The figures of a rules folder: its {@value #FILE}, or the bundled figures when it has none. */
    public static Figures of(Path folder) {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return bundled();
        }
        try {
            return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read the figures table (" + e.getMessage() + ")");
        }
    }

    /** Reads a figures table; bad input is reported with file, line, column and field. */
    public static Figures parse(String displayName, String text) {
        return RecordFile.read(displayName, text, Figures.class, "figures table");
    }

    // ---- the table as names and values, and descriptions filled in ----------------------------------------

    /** Every figure by its name in the table ({@code usceLadder.shadowing}), in the table's order. */
    public Map<String, Integer> byName() {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (RecordComponent group : Figures.class.getRecordComponents()) {
            Record values = (Record) get(group, this);
            for (RecordComponent field : group.getType().getRecordComponents()) {
                out.put(group.getName() + "." + field.getName(), (Integer) get(field, values));
            }
        }
        return out;
    }

    private static Object get(RecordComponent component, Object owner) {
        try {
            return component.getAccessor().invoke(owner);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+\\.[A-Za-z]+)(?::([A-Za-z]+))?}");
    private static final List<String> FORMATS = List.of("share", "credit", "signedCredit");

    /**
     * A description with its placeholders filled in: {@code {usceLadder.clinic}} is the figure (1,000 written with
     * a comma), {@code {alumniUse.onceBurned:share}} the percent as a share ("half"), {@code {usceLadder.shadowing:credit}}
     * the points that ladder value is worth ({@code signedCredit}: "+4", "-2").
     *
     * @throws IllegalArgumentException naming an unknown figure or format, with "did you mean"
     */
    public String render(String text) {
        if (text.indexOf('{') < 0) {
            return text;
        }
        Map<String, Integer> values = byName();
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Integer value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("the description names the figure '" + m.group(1) + "', which is not in "
                        + FILE + Suggestions.didYouMean(m.group(1), values.keySet()));
            }
            String format = m.group(2) == null ? "" : m.group(2);
            String shown = switch (format) {
                case "" -> String.format(Locale.ROOT, "%,d", value);
                case "share" -> shareInWords(value);
                case "credit" -> Integer.toString(usceCredit.of(value));
                case "signedCredit" -> signed(usceCredit.of(value));
                default -> throw new IllegalArgumentException("the description writes '{" + m.group(1) + ":" + format
                        + "}': no format '" + format + "'" + Suggestions.didYouMeanOrList(format, FORMATS));
            };
            m.appendReplacement(out, Matcher.quoteReplacement(shown));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String signed(int n) {
        return n > 0 ? "+" + n : Integer.toString(n);
    }
}
