package org.rankmeeting.studio;

import org.rankmeeting.BadInputException;
import org.rankmeeting.scenario.LoadedScenario;
import org.rankmeeting.scenario.ScenarioReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The scenarios the studio offers: the bundled ones (inside the jar, or {@code ./scenarios} in a checkout) and those
 * of an extra folder. A scenario is asked for by its name (the file name without extension); only names in this
 * list resolve, so a request can never reach a file outside the folders (no path traversal).
 */
public final class ScenarioLibrary {

    /** The name a request may use: letters, digits, dot, dash, underscore; never a path. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,120}");

    /** One scenario of the gallery. */
    public record Entry(String name, String title, String description, String origin, String text, boolean extra) {
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final Map<String, LoadedScenario> parsed = new ConcurrentHashMap<>();
    private final List<String> problems = new ArrayList<>();

    private ScenarioLibrary() {
    }

    /** The bundled scenarios, then those of {@code extra} (may be null); a name in both is the extra folder's. */
    public static ScenarioLibrary open(Path extra) {
        ScenarioLibrary lib = new ScenarioLibrary();
        lib.addBundled();
        if (extra != null) {
            if (!Files.isDirectory(extra)) {
                throw new BadInputException("--scenarios: " + extra + " is not a folder");
            }
            lib.addFolder(extra, true);
        }
        return lib;
    }

    public List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    /** Files of the extra folder that could not be read, each with the reader's located message. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    /** The scenario named {@code name}, read once. */
    public LoadedScenario load(String name) {
        Entry e = entry(name);
        return parsed.computeIfAbsent(e.name(), n -> ScenarioReader.parse(e.origin(), e.text(),
                e.origin().endsWith(".json") ? ScenarioReader.Format.JSON : ScenarioReader.Format.YAML));
    }

    /** The entry named {@code name}; a name that is not in the list (or looks like a path) is refused. */
    public Entry entry(String name) {
        if (name == null || !NAME.matcher(name).matches() || name.contains("..")) {
            throw new NotFound("no scenario '" + (name == null ? "" : name) + "': a scenario is named by its file name "
                    + "without extension, e.g. 01-same-scores-different-alumni");
        }
        Entry e = entries.get(name);
        if (e == null) {
            throw new NotFound("no scenario '" + name + "'" + org.rankmeeting.scenario.Suggestions.didYouMean(name,
                    entries.keySet()));
        }
        return e;
    }

    public Optional<Entry> find(String name) {
        return Optional.ofNullable(entries.get(name));
    }

    private void addBundled() {
        Path checkout = Path.of("scenarios");
        if (Files.isDirectory(checkout) && Files.exists(checkout.resolve("01-same-scores-different-alumni.yaml"))) {
            addFolder(checkout, false);
            return;
        }
        URL url = ScenarioLibrary.class.getResource("/scenarios/01-same-scores-different-alumni.yaml");
        if (url == null) {
            return;
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                }
                addFolder(fs.getPath("/scenarios"), false);
            } else {
                addFolder(Path.of(uri).getParent(), false);
            }
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot list the bundled scenarios", e);
        }
    }

    private void addFolder(Path folder, boolean extra) {
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> ScenarioReader.Format.forFileName(p.getFileName().toString()).isPresent())
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path p : files) {
            String file = p.getFileName().toString();
            String name = file.substring(0, file.lastIndexOf('.'));
            if (!NAME.matcher(name).matches()) {
                continue;
            }
            String origin = extra ? p.toString() : "scenarios/" + file;
            try {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                LoadedScenario loaded = ScenarioReader.parse(origin, text,
                        ScenarioReader.Format.forFileName(file).orElseThrow());
                entries.remove(name);
                entries.put(name, new Entry(name, loaded.scenario().title() == null ? name : loaded.scenario().title(),
                        loaded.scenario().description(), origin, text, extra));
                parsed.put(name, loaded);
            } catch (BadInputException e) {
                problems.add(e.getMessage());
            } catch (IOException e) {
                problems.add(origin + ": cannot read the file (" + e.getMessage() + ")");
            }
        }
    }

    /** A scenario, applicant or program that is not there: HTTP 404 with the message. */
    public static final class NotFound extends RuntimeException {
        public NotFound(String message) {
            super(message);
        }
    }
}
