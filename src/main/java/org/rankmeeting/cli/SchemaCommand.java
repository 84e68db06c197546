package org.rankmeeting.cli;

import org.rankmeeting.BadInputException;
import org.rankmeeting.schema.ScenarioSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

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
