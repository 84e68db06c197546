package org.rankmeeting.cli;

import org.rankmeeting.scenario.LoadedScenario;
import org.rankmeeting.scenario.MatchFileReader;
import org.rankmeeting.scenario.ScenarioReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "validate", mixinStandardHelpOptions = true, description = "Parse and check scenario files without running the rules.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO", arity = "1..*", description = "Scenario files (.yaml, .yml, .json).")
    List<Path> scenarios;

    @Override
    public Integer call() {
        StringBuilder out = new StringBuilder();
        for (Path p : scenarios) {
            if (MatchFileReader.isMatchFile(p)) {
                MatchFileReader.Loaded m = MatchFileReader.read(p);
                out.append("ok  ").append(m.displayName()).append(": match file, ")
                        .append(m.file().programs().size()).append(" program(s), ")
                        .append(m.file().applicants().size()).append(" applicant(s), ")
                        .append(m.file().couples().size()).append(" couple(s), ")
                        .append(m.file().expectations().size()).append(" expectation(s)\n");
                continue;
            }
            LoadedScenario s = ScenarioReader.read(p);
            out.append("ok  ").append(s.displayName()).append(": ")
                    .append(s.scenario().programs().size()).append(" program(s), ")
                    .append(s.scenario().applicants().size()).append(" applicant(s), ")
                    .append(s.scenario().expectations().size()).append(" expectation(s)\n");
        }
        spec.commandLine().getOut().print(out);
        return Main.OK;
    }
}
