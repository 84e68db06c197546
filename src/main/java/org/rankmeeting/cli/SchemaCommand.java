package org.rankmeeting.cli;

import org.rankmeeting.BadInputException;
import org.rankmeeting.schema.ScenarioSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "schema", mixinStandardHelpOptions = true,
        description = {"Print the JSON Schema of scenario files, generated from the scenario model "
                + "(the copy in src/main/resources/schema/scenario.schema.json and in the jar is this output).",
                "In a YAML file: # yaml-language-server: $schema=../src/main/resources/schema/scenario.schema.json"})
final class SchemaCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the schema to FILE instead of standard output.")
    Path out;

    @Override
    public Integer call() {
        String schema = ScenarioSchema.generate();
        if (out == null) {
            spec.commandLine().getOut().print(schema);
            return Main.OK;
        }
        Reports.write(out, schema);
        spec.commandLine().getOut().println("wrote " + out);
        return Main.OK;
    }
}

/** Writing a whole output file: to a temporary file beside it, then moved into place, so nothing is half-written. */
final class Reports {

    private Reports() {
    }

    static void write(Path file, String text) {
        write("--out", file, text);
    }

    /** Writes the file whole or not at all; problems are reported against {@code option}. */
    static void write(String option, Path file, String text) {
        Path dir = file.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new BadInputException(option + ": no folder " + dir);
        }
        try {
            Path tmp = Files.createTempFile(dir, ".rank-meeting", ".tmp");
            try {
                Files.writeString(tmp, text, StandardCharsets.UTF_8);
                Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new BadInputException(option + ": cannot write " + file + " (" + e.getMessage() + ")");
        }
    }
}
