package org.rankmeeting.cli;

import org.rankmeeting.counterfactual.Counterfactual;
import org.rankmeeting.counterfactual.CounterfactualReport;
import org.rankmeeting.scenario.Tier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "counterfactual", mixinStandardHelpOptions = true,
        description = {"The smallest sets of realistic changes that would lift an applicant, found by running the "
                + "engine on every combination of actions within the bound (up to 3 actions at one program; over all "
                + "programs, single actions and pairs of the 24 that lift most alone), cheapest first; each answer "
                + "is checked by running the whole meeting again.",
                "Also prints the best next step: the single action that gains the most over all programs."})
final class CounterfactualCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO", description = "Scenario file.")
    Path scenario;

    @Option(names = "--applicant", required = true, paramLabel = "ID", description = "The applicant: id or name as the boards print it.")
    String applicant;

    @Option(names = "--program", paramLabel = "ID", description = "One program, by id or name (default: summed over all programs).")
    String program;

    @Option(names = "--target", paramLabel = "TIER",
            description = "Tier to reach: mid-low, mid, upper-mid, rank-to-match (default: one tier up).")
    String target;

    @Option(names = "--top", paramLabel = "N", defaultValue = "3", description = "How many answers (default: ${DEFAULT-VALUE}).")
    int top;

    @Mixin
    EngineOptions engineOptions = new EngineOptions();

    @Mixin
    FormatOption formatOption = new FormatOption();

    @Override
    public Integer call() {
        ScenarioInput in = ScenarioInput.read(scenario);
        String applicantId = in.applicant(applicant);
        String programId = in.program(program);
        Tier tier = target == null ? null : ScenarioInput.rankedTier(target);
        if (top < 1) {
            throw new org.rankmeeting.BadInputException("--top: expected 1 or more, got " + top);
        }
        Counterfactual.Outcome outcome = new Counterfactual(engineOptions.engine()).search(in.world(), applicantId, programId, tier, top);
        spec.commandLine().getOut().print(CounterfactualReport.render(outcome, formatOption.format));
        return Main.OK;
    }
}
