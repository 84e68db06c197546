package org.rankmeeting.engine;

import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.rankmeeting.judge.Component;
import org.rankmeeting.judge.Finding;
import org.rankmeeting.judge.InterviewReading;
import org.rankmeeting.judge.InterviewTally;
import org.rankmeeting.judge.ProgramFile;
import org.rankmeeting.judge.Wording;
import org.rankmeeting.scenario.Applicant;
import org.rankmeeting.scenario.Bucket;
import org.rankmeeting.scenario.Program;
import org.rankmeeting.scenario.Region;
import org.rankmeeting.scenario.School;
import org.rankmeeting.scenario.Tier;
import org.rankmeeting.scenario.Writer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;

/**
 * Keeps compiled rule packages on disk so that a second run with the same rules skips the DRL compiler,
 * which is most of a cold start. The key is a hash of the rule texts and of the fact classes the rules
 * are compiled against, so an edited rule or a rebuilt engine never meets a stale cache. Any problem
 * reading the cache means a normal build. Folder: {@code -Drankmeeting.cache=DIR}
 * (default {@code ~/.cache/rank-meeting}); {@code -Drankmeeting.cache=off} turns it off.
 */
final class RuleBaseCache {

    private static final Logger LOG = LoggerFactory.getLogger(RuleBaseCache.class);
    /** The classes compiled rule consequences call into: a change to any of them invalidates the cache. */
    private static final List<Class<?>> FACT_CLASSES = List.of(Case.class, Evidence.class, Effect.class, Signal.class,
            Facts.class, Views.class, TierLadder.class, Applicant.class, Program.class, Region.class, School.class,
            Writer.class, Tier.class, Bucket.class,
            // the judging rules' facts (P1-P4)
            ProgramFile.class, Finding.class, Component.class, InterviewReading.class, InterviewTally.class, Wording.class);

    private RuleBaseCache() {
    }

    static Path folder() {
        String setting = System.getProperty("rankmeeting.cache", "");
        if (setting.equals("off")) {
            return null;
        }
        return setting.isEmpty() ? Path.of(System.getProperty("user.home"), ".cache", "rank-meeting") : Path.of(setting);
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
            for (Class<?> c : FACT_CLASSES) {
                hashClass(sha, c);
            }
            sha.update(KieBase.class.getPackage().toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest()).substring(0, 32);
        } catch (NoSuchAlgorithmException | IOException e) {
            throw new IllegalStateException(e);
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
        try (ObjectInputStream in = new DroolsObjectInputStream(Files.newInputStream(file), RuleBaseCache.class.getClassLoader())) {
            @SuppressWarnings("unchecked")
            Collection<KiePackage> packages = (Collection<KiePackage>) in.readObject();
            InternalKnowledgeBase kbase = KnowledgeBaseFactory.newKnowledgeBase();
            kbase.addPackages(packages);
            return kbase;
        } catch (Exception | LinkageError e) {
            LOG.debug("ignoring unusable rule cache {}: {}", file, e.toString());
            return null;
        }
    }

    static void write(String key, KieBase kieBase) {
        Path dir = folder();
        if (dir == null) {
            return;
        }
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, key, ".tmp");
            try (ObjectOutputStream out = new DroolsObjectOutputStream(Files.newOutputStream(tmp))) {
                out.writeObject(new ArrayList<>(kieBase.getKiePackages()));
            }
            Files.move(tmp, dir.resolve(key + ".kpkg"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (Exception e) {
            LOG.debug("could not write the rule cache in {}: {}", dir, e.toString());
        }
    }
}
