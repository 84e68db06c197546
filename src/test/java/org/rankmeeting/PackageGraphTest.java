package org.rankmeeting;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packages of the main code point one way: no package reaches itself again through the others. Read from the
 * sources (imports and fully qualified names), so a new cycle fails here with the packages that form it.
 */
class PackageGraphTest {

    private static final Path MAIN = Path.of("src/main/java/org/rankmeeting");
    private static final Pattern USE = Pattern.compile("\\borg\\.rankmeeting\\.([a-z]+)\\.");

    static Map<String, Set<String>> graph() throws IOException {
        Map<String, Set<String>> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Path rel = MAIN.relativize(f.getParent());
                String pkg = rel.toString().isEmpty() ? "(root)" : rel.toString().replace('/', '.');
                Set<String> uses = out.computeIfAbsent(pkg, k -> new TreeSet<>());
                for (String line : Files.readAllLines(f)) {
                    if (line.trim().startsWith("package ")) {
                        continue;
                    }
                    Matcher m = USE.matcher(line);
                    while (m.find()) {
                        if (!m.group(1).equals(pkg) && Files.isDirectory(MAIN.resolve(m.group(1)))) {
                            uses.add(m.group(1));
                        }
                    }
                }
            }
        }
        return out;
    }

    @Test
    void noPackageDependsOnItselfThroughOthers() throws IOException {
        Map<String, Set<String>> g = graph();
        List<String> cycles = new ArrayList<>();
        for (String start : g.keySet()) {
            List<String> path = cycleFrom(g, start, start, new ArrayList<>(List.of(start)), new TreeSet<>());
            if (path != null) {
                cycles.add(String.join(" -> ", path));
            }
        }
        assertThat(cycles).as("package graph %s", g).isEmpty();
    }

    @Test
    void theOutputKitAndTheScenarioModelSitBelowTheEngineAndTheReports() throws IOException {
        Map<String, Set<String>> g = graph();
        assertThat(g.get("output")).isSubsetOf("engine");
        assertThat(g.get("scenario")).isEmpty();
        assertThat(g.get("engine")).isSubsetOf("scenario");
    }

    private static List<String> cycleFrom(Map<String, Set<String>> g, String start, String at, List<String> path, Set<String> seen) {
        for (String next : g.getOrDefault(at, Set.of())) {
            if (next.equals(start)) {
                List<String> found = new ArrayList<>(path);
                found.add(start);
                return found;
            }
            if (seen.add(next)) {
                path.add(next);
                List<String> found = cycleFrom(g, start, next, path, seen);
                if (found != null) {
                    return found;
                }
                path.remove(path.size() - 1);
            }
        }
        return null;
    }
}
