package org.rankmeeting.engine;

import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.rankmeeting.BadInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The compiled rule set: every {@code .drl} file of one rules folder (or the copy bundled in the jar),
 * built once into a KieBase and reused for every session. A rule file that does not compile is
 * reported as {@code rules/alumni.drl:42:17: message}. The folder's figures table ({@link Figures}) goes with it: the
 * rules read it as the global {@code figures} of every session, and their descriptions are filled in from it.
 */
public final class RuleBase {

    private static final Logger LOG = LoggerFactory.getLogger(RuleBase.class);
    private static final String BUNDLED = "rules";
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");
    private static final Pattern LINE_COL = Pattern.compile("[Ll]ine (\\d+):(\\d+)");
    private static final Map<String, RuleBase> LOADED = new ConcurrentHashMap<>();

    /** A rule as the catalogue lists it, with its stage ({@code agenda-group}; "" when it has none). */
    public record RuleInfo(String name, String file, List<String> heuristics, String description, String stage) {
    }

    /** One rule file's text and the name to report it under. */
    public record RuleSource(String displayName, String text) {
    }

    private final KieBase kieBase;
    private final String origin;
    private final List<RuleInfo> rules;
    private final List<RuleSource> sources;
    private final Figures figures;
    /** Whether a rule file declares the global {@value Figures#GLOBAL} (a session may only be given declared globals). */
    private final boolean readsFigures;
    private volatile KieSessionsPool pool;

    private RuleBase(KieBase kieBase, String origin, List<RuleInfo> rules, List<RuleSource> sources, Figures figures) {
        this.kieBase = kieBase;
        this.origin = origin;
        this.rules = rules;
        this.sources = List.copyOf(sources);
        this.figures = figures;
        this.readsFigures = kieBase.getKiePackages().stream().anyMatch(p -> p.getGlobalVariables().stream()
                .anyMatch(g -> g.getName().equals(Figures.GLOBAL)));
    }

    /** The figures the rules read and their descriptions were filled in from. */
    public Figures figures() { return figures; }

    /**
     * The same compiled rules reading other figures: nothing is recompiled, the descriptions are filled in afresh.
     *
     * @throws BadInputException when a description names a figure the table does not have
     */
    public RuleBase withFigures(Figures other) {
        return new RuleBase(kieBase, origin, describe(kieBase, sources, other), sources, other);
    }

    /** Gives a new session of this rule base what it reads besides facts: the figures. */
    void prepare(KieSession session) {
        if (readsFigures) {
            session.setGlobal(Figures.GLOBAL, figures);
        }
    }

    public KieBase kieBase() { return kieBase; }

    /** The rule base's pool of sessions (one per rule base and process, made on first use): see {@link RuleSession}. */
    KieSessionsPool sessionPool() {
        KieSessionsPool p = pool;
        if (p == null) {
            synchronized (this) {
                if (pool == null) {
                    pool = kieBase.newKieSessionsPool(2);
                }
                p = pool;
            }
        }
        return p;
    }
    /**
     * Opens one session of the pool and gives it back, no fact inserted and no rule fired: the session machinery's
     * classes are loaded and the pool's first session made ahead of the first evaluation.
     */
    public void warmUp() {
        sessionPool().newKieSession().dispose();
    }

    public String origin() { return origin; }
    public List<RuleInfo> rules() { return rules; }
    /** The rule files this base was built from, as read. */
    public List<RuleSource> sources() { return sources; }

    /**
     * The rules of a folder, or with {@code null} the default: {@code ./rules} when it exists,
     * otherwise the rules bundled in the jar. Built once per folder and process.
     */
    public static RuleBase load(Path folder) {
        Path chosen = folder;
        if (chosen == null && Files.isDirectory(Path.of(BUNDLED))) {
            chosen = Path.of(BUNDLED);
        }
        if (chosen == null) {
            return LOADED.computeIfAbsent("<bundled>", k -> build(bundledSources(), Figures::bundled, "bundled rules"));
        }
        Path dir = chosen;
        if (!Files.isDirectory(dir)) {
            throw new BadInputException(dir + ": rules folder not found (expected a folder of .drl files)");
        }
        return LOADED.computeIfAbsent(dir.toAbsolutePath().normalize().toString(), k -> build(folderSources(dir), () -> Figures.of(dir), dir.toString()));
    }

    static List<RuleSource> folderSources(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> drls = files.filter(p -> p.getFileName().toString().endsWith(".drl")).sorted().toList();
            if (drls.isEmpty()) {
                throw new BadInputException(dir + ": no .drl files in the rules folder");
            }
            List<RuleSource> out = new ArrayList<>();
            for (Path p : drls) {
                out.add(new RuleSource(p.toString(), Files.readString(p, StandardCharsets.UTF_8)));
            }
            return out;
        } catch (IOException e) {
            throw new BadInputException(dir + ": cannot read the rules folder: " + e.getMessage());
        }
    }

    static List<RuleSource> bundledSources() {
        URL url = RuleBase.class.getClassLoader().getResource(BUNDLED);
        if (url == null) {
            throw new IllegalStateException("the bundled rules are missing from the classpath");
        }
        try {
            List<String> names = new ArrayList<>();
            if ("jar".equals(url.getProtocol())) {
                var connection = (JarURLConnection) url.openConnection();
                connection.setUseCaches(false);
                try (var jar = connection.getJarFile()) {
                    jar.stream().map(e -> e.getName())
                            .filter(n -> n.startsWith(BUNDLED + "/") && n.endsWith(".drl"))
                            .forEach(n -> names.add(n.substring(BUNDLED.length() + 1)));
                }
            } else {
                try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                    files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".drl")).forEach(names::add);
                }
            }
            names.sort(Comparator.naturalOrder());
            List<RuleSource> out = new ArrayList<>();
            for (String name : names) {
                try (InputStream in = RuleBase.class.getClassLoader().getResourceAsStream(BUNDLED + "/" + name)) {
                    out.add(new RuleSource("rules/" + name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Compiles rule sources that read the bundled figures. */
    public static RuleBase build(List<RuleSource> sources, String origin) {
        return build(sources, Figures.bundled(), origin);
    }

    /** Compiles rule sources; any error-level message is bad input, reported with file, line and column. */
    public static RuleBase build(List<RuleSource> sources, Figures figures, String origin) {
        return build(sources, () -> figures, origin);
    }

    /**
     * As {@link #build(List, Figures, String)}, the figures read after the compiled rules are: on a cold start the
     * rules load on a second thread while the first reads the scenario (see {@code cli/RuleBaseAhead}), and reading
     * the figures first would have that thread set up the scenario reader the first one is about to set up.
     */
    private static RuleBase build(List<RuleSource> sources, Supplier<Figures> figuresOf, String origin) {
        return build(sources, figuresOf, origin, RuleBaseModel.enabled());
    }

    /**
     * The rules of {@code sources}: from the executable model the package step compiled them to when {@code model}
     * and they are the bundled rules word for word, else from the cache of compiled packages, else compiled from DRL
     * (and cached).
     */
    static RuleBase build(List<RuleSource> sources, Supplier<Figures> figuresOf, String origin, boolean model) {
        long start = System.nanoTime();
        String key = RuleBaseCache.keyOf(sources);
        KieBase ready = model ? RuleBaseModel.read(key) : null;
        String from = "the executable model";
        if (ready == null) {
            ready = RuleBaseCache.read(key);
            from = "the cache";
        }
        Figures figures = figuresOf.get();
        if (ready != null) {
            List<RuleInfo> infos = describe(ready, sources, figures);
            LOG.debug("loaded {} compiled rules of {} from {} in {} ms", infos.size(), origin, from, (System.nanoTime() - start) / 1_000_000);
            return new RuleBase(ready, origin, infos, sources, figures);
        }
        KieBuilder builder = compile(sources, origin, null);
        KieBase kieBase = KieServices.Factory.get().newKieContainer(builder.getKieModule().getReleaseId()).getKieBase();
        RuleBaseCache.write(key, kieBase);
        List<RuleInfo> infos = describe(kieBase, sources, figures);
        LOG.debug("built {} rules from {} in {} ms", infos.size(), origin, (System.nanoTime() - start) / 1_000_000);
        return new RuleBase(kieBase, origin, infos, sources, figures);
    }

    /**
     * Compiles rule sources as DRL ({@code project} null) or as another kind of Drools project (the package step's
     * executable model); any error-level message is bad input, reported with file, line and column.
     */
    static KieBuilder compile(List<RuleSource> sources, String origin, Class<? extends KieBuilder.ProjectType> project) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        Map<String, String> realNames = new LinkedHashMap<>();
        int i = 0;
        for (RuleSource source : sources) {
            // KieBuilder wants a file's folder to match its package; its messages name the path below resources.
            String folder = packageOf(source.text()).replace('.', '/');
            String internal = folder + "/r" + (i++) + ".drl";
            kfs.write("src/main/resources/" + internal, source.text());
            realNames.put(internal, source.displayName());
        }
        KieBuilder builder = project == null ? ks.newKieBuilder(kfs).buildAll() : ks.newKieBuilder(kfs).buildAll(project);
        List<String> errors = new ArrayList<>();
        Set<String> failed = new HashSet<>();
        Set<String> echoed = new LinkedHashSet<>();
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            String path = m.getPath() == null ? "" : m.getPath().replaceFirst("^src/main/resources/", "");
            String file = realNames.getOrDefault(path, path.isEmpty() ? origin : path);
            int line = m.getLine();
            int col = m.getColumn();
            Matcher lc = LINE_COL.matcher(m.getText());
            if (lc.find()) {
                line = Integer.parseInt(lc.group(1));
                col = Integer.parseInt(lc.group(2));
            }
            String text = m.getText().replaceAll("\\s+", " ").trim();
            if (text.equals(NULL_PACKAGE)) {
                echoed.add(file);
                continue;
            }
            failed.add(file);
            errors.add(file + ":" + Math.max(line, 1) + ":" + (col + 1) + ": " + text);
        }
        // Drools follows a syntax error with "Parser returned a null Package" for the same file: an echo of the
        // error already reported, kept (reworded) only when nothing else was said about the file.
        for (String file : echoed) {
            if (!failed.contains(file)) {
                errors.add(file + ":1:1: the file could not be parsed as DRL");
            }
        }
        if (!errors.isEmpty()) {
            throw new BadInputException(errors);
        }
        return builder;
    }

    /** The package a rule file declares ("rankmeeting" when it declares none). */
    static String packageOf(String ruleText) {
        Matcher pkg = PACKAGE.matcher(ruleText);
        return pkg.find() ? pkg.group(1) : "rankmeeting";
    }

    private static final String NULL_PACKAGE = "Parser returned a null Package";

    private static List<RuleInfo> describe(KieBase kieBase, List<RuleSource> sources, Figures figures) {
        Map<String, String> fileOfRule = new LinkedHashMap<>();
        Pattern ruleHeader = Pattern.compile("(?m)^\\s*rule\\s+\"([^\"]+)\"");
        for (RuleSource source : sources) {
            Matcher m = ruleHeader.matcher(source.text());
            while (m.find()) {
                fileOfRule.put(m.group(1), source.displayName());
            }
        }
        List<RuleInfo> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                String file = fileOfRule.getOrDefault(rule.getName(), "?");
                String stage = stageOf(rule);
                if (!stage.isEmpty() && RuleSet.ofStage(stage) == null) {
                    problems.add(file + ": rule '" + rule.getName() + "': ruleflow-group \"" + stage
                            + "\" is not a stage of any rule set (" + stagesInWords() + ")");
                }
                try {
                    Part.of(text(rule.getMetaData().get("part")));
                } catch (IllegalArgumentException e) {
                    problems.add(file + ": rule '" + rule.getName() + "': " + e.getMessage());
                }
                String description = description(rule);
                try {
                    description = figures.render(description);
                } catch (IllegalArgumentException e) {
                    problems.add(file + ": rule '" + rule.getName() + "': " + e.getMessage());
                }
                out.add(new RuleInfo(rule.getName(), file, heuristicsOf(rule), description, stage));
            }
        }
        if (!problems.isEmpty()) {
            throw new BadInputException(problems);
        }
        out.sort(Comparator.comparing(RuleInfo::file).thenComparing(r -> r.heuristics().isEmpty() ? "" : r.heuristics().get(0))
                .thenComparing(RuleInfo::name));
        return List.copyOf(out);
    }

    /**
     * The stage a rule runs in ({@code ruleflow-group}, which Drools 10 runs as an agenda group), or "" for a rule in
     * no stage (it runs after the stages).
     */
    static String stageOf(Rule rule) {
        if (rule instanceof RuleImpl impl) {
            if (impl.getRuleFlowGroup() != null && !impl.getRuleFlowGroup().isEmpty()) {
                return impl.getRuleFlowGroup();
            }
            if (!impl.isMainAgendaGroup()) {
                return impl.getAgendaGroup();
            }
        }
        return "";
    }

    private static String stagesInWords() {
        StringBuilder out = new StringBuilder();
        for (RuleSet set : RuleSet.values()) {
            out.append(out.length() == 0 ? "" : "; ").append(set.name().toLowerCase(java.util.Locale.ROOT)).append(": ")
                    .append(String.join(", ", set.stages()));
        }
        return out.toString();
    }

    /** The part of the file a rule's points are about ({@code @part}), or null (checked when the rules load). */
    static Part partOf(Rule rule) {
        Object meta = rule.getMetaData().get("part");
        return meta == null ? null : Part.of(text(meta));
    }

    /** {@code @description}: Drools files it under the name of its own Description annotation. */
    private static String description(Rule rule) {
        Object meta = rule.getMetaData().get("description");
        if (meta == null) {
            meta = rule.getMetaData().get(org.kie.api.definition.type.Description.class.getName());
        }
        return text(meta);
    }

    static List<String> heuristicsOf(Rule rule) {
        String raw = text(rule.getMetaData().get("heuristic"));
        if (raw.isBlank()) {
            return List.of();
        }
        return Arrays.stream(raw.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
    }

    private static String text(Object meta) {
        if (meta == null) {
            return "";
        }
        String s = meta.toString().trim();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        return s;
    }
}
