package org.rankmeeting.engine;

import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps compiled rule packages on disk so that a second run with the same rules skips the DRL compiler,
 * which is most of a cold start. The key is a hash of the rule texts and of the fact classes the rules
 * are compiled against, so an edited rule or a rebuilt engine never meets a stale cache. Any problem
 * reading the cache means a normal build. Folder: {@code -Drankmeeting.cache=DIR}
 * (default {@code ~/.cache/rank-meeting}); {@code -Drankmeeting.cache=off} turns it off.
 * <p>
 * The bundled rules do not come this way: the package step compiles them to Drools' executable model, which the jar
 * carries under their key ({@link RuleBaseModel}, looked up first), so the first run of a fresh build neither compiles
 * them nor writes into the user's home. The key it compiled them under is in {@value #BUNDLED_KEY}.
 */
final class RuleBaseCache {

    private static final Logger LOG = LoggerFactory.getLogger(RuleBaseCache.class);
    /** Where in the jar the package step leaves what it compiled the bundled rules to. */
    static final String BUNDLED = "rule-cache/";
    /** Beside it, the key the package step compiled the bundled rules under. */
    static final String BUNDLED_KEY = BUNDLED + "bundled.key";
    private static final Pattern IMPORT = Pattern.compile("(?m)^\\s*import\\s+(?!function\\s|static\\s)([\\w.$]+)\\s*;?");

    private RuleBaseCache() {
    }

    static Path folder() {
        String setting = System.getProperty("rankmeeting.cache", "");
        if (setting.equals("off")) {
            return null;
        }
        return setting.isEmpty() ? Path.of(System.getProperty("user.home"), ".cache", "rank-meeting") : Path.of(setting);
    }

    /**
     * The key of {@code sources}, without hashing anything when they are the rules bundled in the jar word for word:
     * then it is the key the package step compiled them under ({@value #BUNDLED_KEY}; hashing the rule texts and the
     * fact classes is a tenth of a second of a cold start). Only from a jar, whose classes and compiled rules one
     * package step made together: in {@code target/classes} a compiled class may be newer than the package's rules.
     */
    static String keyOf(List<RuleBase.RuleSource> sources) {
        URL bundled = RuleBaseCache.class.getClassLoader().getResource(BUNDLED_KEY);
        if (bundled != null && "jar".equals(bundled.getProtocol())) {
            try (InputStream in = bundled.openStream()) {
                String bundledKey = new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
                if (sources.equals(RuleBase.bundledSources())) {
                    return bundledKey;
                }
            } catch (IOException e) {
                LOG.debug("ignoring unreadable {}: {}", BUNDLED_KEY, e.toString());
            }
        }
        return key(sources);
    }

    static String key(List<RuleBase.RuleSource> sources) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (RuleBase.RuleSource s : sources) {
                sha.update(s.displayName().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(s.text().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            for (Class<?> c : factClasses(sources)) {
                hashClass(sha, c);
            }
            sha.update(droolsVersion());
            return HexFormat.of().formatHex(sha.digest()).substring(0, 32);
        } catch (NoSuchAlgorithmException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Which Drools compiled the packages: its Maven coordinates, the same on the build's class path and in the shaded
     * jar (whose manifest, unlike the jars', says nothing of Drools).
     */
    private static byte[] droolsVersion() throws IOException {
        try (InputStream in = RuleBaseCache.class.getClassLoader().getResourceAsStream("META-INF/maven/org.drools/drools-core/pom.properties")) {
            return in != null ? in.readAllBytes() : KieBase.class.getPackage().toString().getBytes(StandardCharsets.UTF_8);
        }
    }

    /**
     * The classes the rules are compiled against: every class a rule file imports, as its top-level class (which
     * brings its nested classes in). A change to any of them invalidates the cache, and no list here has to be kept
     * in step with the rule files.
     */
    static Set<Class<?>> factClasses(List<RuleBase.RuleSource> sources) {
        Set<Class<?>> out = new LinkedHashSet<>();
        for (RuleBase.RuleSource s : sources) {
            Matcher m = IMPORT.matcher(s.text());
            while (m.find()) {
                Class<?> c = load(m.group(1));
                if (c != null) {
                    while (c.getEnclosingClass() != null) {
                        c = c.getEnclosingClass();
                    }
                    out.add(c);
                }
            }
        }
        return out;
    }

    /** A class by its import name; nested classes are imported with dots ({@code a.b.Outer.Inner}). */
    private static Class<?> load(String name) {
        String binary = name;
        while (true) {
            try {
                return Class.forName(binary, false, RuleBaseCache.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                int dot = binary.lastIndexOf('.');
                if (dot < 0) {
                    return null;
                }
                binary = binary.substring(0, dot) + '$' + binary.substring(dot + 1);
                if (binary.indexOf('.') < 0) {
                    return null;
                }
            }
        }
    }

    private static void hashClass(MessageDigest sha, Class<?> c) throws IOException {
        String file = c.getName().substring(c.getName().lastIndexOf('.') + 1) + ".class";
        try (InputStream in = c.getResourceAsStream(file)) {
            if (in != null) {
                sha.update(in.readAllBytes());
            }
        }
        for (Class<?> nested : c.getDeclaredClasses()) {
            hashClass(sha, nested);
        }
    }

    /** The cached rule base, or null when there is none or it cannot be used. */
    static KieBase read(String key) {
        Path dir = folder();
        if (dir == null) {
            return null;
        }
        Path file = dir.resolve(key + ".kpkg");
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return read(Files.newInputStream(file), file.toString());
        } catch (IOException e) {
            LOG.debug("ignoring unreadable rule cache {}: {}", file, e.toString());
            return null;
        }
    }

    private static KieBase read(InputStream stream, String name) {
        try (ObjectInputStream in = new DroolsObjectInputStream(new java.io.BufferedInputStream(stream, 1 << 16), RuleBaseCache.class.getClassLoader())) {
            @SuppressWarnings("unchecked")
            Collection<KiePackage> packages = (Collection<KiePackage>) in.readObject();
            InternalKnowledgeBase kbase = KnowledgeBaseFactory.newKnowledgeBase();
            kbase.addPackages(packages);
            return kbase;
        } catch (Exception | LinkageError e) {
            LOG.debug("ignoring unusable rule cache {}: {}", name, e.toString());
            return null;
        }
    }

    /** Keeps a compiled rule base under its key. */
    static void write(String key, KieBase kieBase) {
        Path dir = folder();
        if (dir == null) {
            return;
        }
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, key, ".tmp");
            try (ObjectOutputStream out = new DroolsObjectOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
                out.writeObject(new ArrayList<>(kieBase.getKiePackages()));
            }
            Files.move(tmp, dir.resolve(key + ".kpkg"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (Exception e) {
            LOG.debug("could not write the rule cache in {}: {}", dir, e.toString());
        }
    }
}
