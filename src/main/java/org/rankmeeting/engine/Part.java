package org.rankmeeting.engine;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The part of the file a rule's points are about, declared on the rule as {@code @part("letters")}. Rules that read
 * the weight of other evidence select it by part, not by heuristic id: K5 magnifies the flaws in the scores, letters,
 * US experience and visa; T2 caps the alumni input. Renaming a heuristic id changes no outcome.
 */
public enum Part {
    SCORES, LETTERS, USCE, VISA, ALUMNI;

    /** Parts by the text rules declare them with, as first read: {@link Evidence#of} asks on every firing. */
    private static final Map<String, Part> DECLARED = new ConcurrentHashMap<>();

    /** The part a rule declares, or null when it declares none; a value that is not a part is bad input. */
    public static Part of(String declared) {
        if (declared == null || declared.isBlank()) {
            return null;
        }
        Part known = DECLARED.get(declared);
        if (known != null) {
            return known;
        }
        Part part = read(declared);
        DECLARED.putIfAbsent(declared, part);
        return part;
    }

    private static Part read(String declared) {
        try {
            return valueOf(declared.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("@part(\"" + declared + "\") is not one of " + known());
        }
    }

    public static String known() {
        return Arrays.stream(values()).map(p -> p.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }
}
