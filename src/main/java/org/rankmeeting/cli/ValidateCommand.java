package org.rankmeeting.cli;

import org.rankmeeting.BadInputException;
import org.rankmeeting.scenario.LoadedScenario;
import org.rankmeeting.scenario.MatchFile;
import org.rankmeeting.scenario.MatchFileReader;
import org.rankmeeting.scenario.ScenarioReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "validate", mixinStandardHelpOptions = true, description = {"Parse and check scenario files without running the rules.",
                "Every file is checked and its problems reported; exit 2 when any file has one."})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO", arity = "1..*", description = "Scenario files (.yaml, .yml, .json) or folders of them.")
    List<Path> scenarios;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        int bad = 0;
        int checked = 0;
        for (Path p : ScenarioInput.files(scenarios, true)) {
            checked++;
            try {
                if (MatchFileReader.isMatchFile(p)) {
                    MatchFile m = MatchFileReader.read(p).file();
                    out.println("ok  " + p + ": match file, " + m.programs().size() + " program(s), "
                            + m.applicants().size() + " applicant(s), " + m.couples().size() + " couple(s), "
                            + m.expectations().size() + " expectation(s)");
                    continue;
                }
                LoadedScenario s = ScenarioReader.read(p);
                out.println("ok  " + s.displayName() + ": " + s.scenario().programs().size() + " program(s), "
                        + s.scenario().applicants().size() + " applicant(s), "
                        + s.scenario().expectations().size() + " expectation(s)");
            } catch (BadInputException e) {
                bad++;
                err.println(e.getMessage());
            }
        }
        if (bad > 0 && checked > 1) {
            err.println(bad + " of " + checked + " files have problems");
        }
        out.flush();
        err.flush();
        return bad == 0 ? Main.OK : Main.BAD_INPUT;
    }
}
