package org.rankmeeting.engine;

import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The bundled rules compiled ahead of time as Drools' executable model: the package step turns every bundled
 * {@code .drl} into Java classes (see {@code RuleBaseModelWriter}), which the jar carries beside a list of the model
 * classes under the rules' key ({@value RuleBaseCache#BUNDLED}{@code <key>}{@value #SUFFIX}). A rule base is made from
 * those classes without the DRL parser or compiler and without deserialising a package: the classes are ordinary
 * classes of the jar, which the class-data archive can hold. Rules that are not the bundled ones word for word have
 * another key, find no list and go the DRL way ({@link RuleBaseCache}).
 */
final class RuleBaseModel {

    private static final Logger LOG = LoggerFactory.getLogger(RuleBaseModel.class);
    /** How the list of a key's model classes ends. */
    static final String SUFFIX = ".model";

    private RuleBaseModel() {
    }

    /**
     * Whether the executable model is looked up: {@code -Drankmeeting.model=off} builds even the bundled rules the
     * DRL way (from the cache of compiled packages, or the DRL compiler), to compare the two.
     */
    static boolean enabled() {
        return !"off".equals(System.getProperty("rankmeeting.model", ""));
    }

    /** Where, on the class path, the list of the model classes compiled under {@code key} is. */
    static String listOf(String key) {
        return RuleBaseCache.BUNDLED + key + SUFFIX;
    }

    /**
     * The rule base of the executable model compiled under {@code key}, or null when the class path has none (or it
     * cannot be used: then the DRL way builds the rules as it would without it).
     */
    static KieBase read(String key) {
        ClassLoader loader = RuleBaseModel.class.getClassLoader();
        List<String> names;
        try (InputStream in = loader.getResourceAsStream(listOf(key))) {
            if (in == null) {
                return null;
            }
            names = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(s -> !s.isEmpty()).toList();
        } catch (IOException e) {
            LOG.debug("ignoring unreadable {}: {}", listOf(key), e.toString());
            return null;
        }
        try {
            List<Model> models = new ArrayList<>();
            for (String name : names) {
                models.add((Model) Class.forName(name, true, loader).getDeclaredConstructor().newInstance());
            }
            return KieBaseBuilder.createKieBaseFromModel(models);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            LOG.debug("ignoring unusable executable model {}: {}", listOf(key), e.toString());
            return null;
        }
    }
}
