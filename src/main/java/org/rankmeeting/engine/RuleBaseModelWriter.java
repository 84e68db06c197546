package org.rankmeeting.engine;

import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.CanonicalKieModule;
import org.kie.api.builder.KieBuilder;
import org.rankmeeting.BadInputException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The package step's compiler of the bundled rules into Drools' executable model (run by {@code pom.xml}'s
 * {@code compile-the-bundled-rules-ahead}, with Drools' code generator on its class path, which the jar does not
 * carry): the DRL of {@code rules/} becomes Java classes under the given classes folder, listed in
 * {@value RuleBaseCache#BUNDLED}{@code <key>}{@value RuleBaseModel#SUFFIX}, with the key in
 * {@value RuleBaseCache#BUNDLED_KEY}. {@link RuleBaseModel} makes the rule base from them at run time.
 */
public final class RuleBaseModelWriter {

    /** What the code generator writes besides the rules' classes: a class naming the in-memory project, not needed. */
    private static final String PROJECT_CLASSES = "org/drools/project/";

    private RuleBaseModelWriter() {
    }

    /** {@code args[0]}: the classes folder the jar is made from. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: RuleBaseModelWriter CLASSES_FOLDER");
            System.exit(2);
        }
        try {
            int classes = write(RuleBase.bundledSources(), Path.of(args[0]));
            System.out.println("compiled the bundled rules into " + classes + " classes of the executable model");
        } catch (BadInputException e) {
            e.problems().forEach(System.err::println);
            System.exit(1);
        }
    }

    /** Compiles {@code sources} to the executable model under {@code classesFolder}; how many classes it wrote. */
    static int write(List<RuleBase.RuleSource> sources, Path classesFolder) throws IOException {
        String key = RuleBaseCache.key(sources);
        KieBuilder builder = RuleBase.compile(sources, "bundled rules", ExecutableModelProject.class);
        InternalKieModule module = (InternalKieModule) builder.getKieModule();
        int written = 0;
        for (String name : module.getFileNames()) {
            if (name.endsWith(".class") && !name.startsWith(PROJECT_CLASSES)) {
                Path target = classesFolder.resolve(name);
                Files.createDirectories(target.getParent());
                Files.write(target, module.getBytes(name));
                written++;
            }
        }
        // The generator's own list: a version line, then one model class (one per rule package) a line.
        String listed = new String(module.getBytes(CanonicalKieModule.getModelFileWithGAV(module.getReleaseId())),
                StandardCharsets.UTF_8);
        List<String> models = new ArrayList<>();
        for (String line : listed.lines().map(String::strip).toList()) {
            if (!line.isEmpty() && !line.contains(":")) {
                models.add(line);
            }
        }
        // In the order of the rule files, as the DRL way adds their packages (rules of one stage and salience fire
        // in the order they were added).
        List<String> packages = sources.stream().map(s -> RuleBase.packageOf(s.text())).toList();
        models.sort(java.util.Comparator.comparingInt(m -> packages.indexOf(m.substring(0, m.lastIndexOf('.')))));
        if (models.isEmpty()) {
            throw new IllegalStateException("the code generator listed no model classes");
        }
        Path list = classesFolder.resolve(RuleBaseModel.listOf(key));
        Files.createDirectories(list.getParent());
        Files.writeString(list, String.join("\n", models) + "\n", StandardCharsets.UTF_8);
        Files.writeString(classesFolder.resolve(RuleBaseCache.BUNDLED_KEY), key + "\n", StandardCharsets.US_ASCII);
        return written;
    }
}
