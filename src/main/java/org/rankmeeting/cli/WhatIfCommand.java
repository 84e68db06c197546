package org.rankmeeting.cli;

import org.rankmeeting.BadInputException;
import org.rankmeeting.scenario.LoadedScenario;
import org.rankmeeting.scenario.ScenarioReader;
import org.rankmeeting.scenario.Suggestions;
import org.rankmeeting.scenario.Variant;
import org.rankmeeting.whatif.EditArguments;
import org.rankmeeting.whatif.WhatIf;
import org.rankmeeting.whatif.WhatIfReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "whatif", mixinStandardHelpOptions = true,
        description = {"Run the meeting again with an applicant's file changed, and show per program how the "
                + "placement moves and which reasons appeared, disappeared or changed.",
                "Changes come from the scenario's variants or from --set/--add/--remove:",
                "  --set step2.score=248    --set visa=j1    --set communication=strong",
                "  --add usce=sub-i@riverside-im:4w:strong",
                "  --add letters=dr-okafor:strong:comparative",
                "  --add contacts=dr-rao:built:solid",
                "  --add 'research={kind: project, months: 6}'",
                "  --remove letters=dr-lee    --remove usce='*'"},
        footer = {"", "Short names for --set: step2 (step2.score), attempts, communication, transcript."})
final class WhatIfCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO", description = "Scenario file.")
    Path scenario;

    @Option(names = "--applicant", paramLabel = "ID",
            description = "The applicant, by id or name (required with --set/--add/--remove; otherwise limits the variants run).")
    String applicant;

    @Option(names = "--variant", paramLabel = "ID", description = "A variant from the scenario file (repeatable).")
    List<String> variants = new ArrayList<>();

    @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Set a field of the file (repeatable).")
    List<String> set = new ArrayList<>();

    @Option(names = "--add", paramLabel = "LIST=ITEM", description = "Add an item to a list of the file (repeatable).")
    List<String> add = new ArrayList<>();

    @Option(names = "--remove", paramLabel = "LIST=KEY", description = "Remove an item from a list (repeatable; '*' for all).")
    List<String> remove = new ArrayList<>();

    @Option(names = "--name", paramLabel = "TEXT", description = "A title for the command-line variant.")
    String name;

    @Option(names = "--program", paramLabel = "ID", description = "Only show this program, by id or name.")
    String program;

    @Mixin
    EngineOptions engineOptions = new EngineOptions();

    @Mixin
    FormatOption formatOption = new FormatOption();

    @Override
    public Integer call() {
        ScenarioInput in = ScenarioInput.read(scenario);
        String applicantId = in.applicant(applicant);
        String programId = in.program(program);
        List<Variant> chosen = chooseVariants(in.loaded(), applicantId);
        chosen.forEach(v -> in.requireApplied(v.applicant(), programId));
        List<WhatIf.Result> results = new WhatIf(engineOptions.engine()).compare(in.world(), chosen);
        if (programId != null) {
            results = results.stream().map(r -> new WhatIf.Result(r.variant(), r.before(), r.after(), r.fileChanges(),
                    r.programs().stream().filter(d -> d.program().id().equals(programId)).toList())).toList();
        }
        formatOption.print(spec, WhatIfReport.render(results, formatOption.format));
        return Main.OK;
    }

    private List<Variant> chooseVariants(LoadedScenario s, String applicant) {
        if (EditArguments.any(set, add, remove)) {
            if (applicant == null) {
                throw new BadInputException("--applicant is required with --set, --add or --remove");
            }
            if (!variants.isEmpty()) {
                throw new BadInputException("--variant runs a variant from the file; it cannot be combined with "
                        + "--set, --add or --remove");
            }
            Variant v = EditArguments.variant(applicant, name, set, add, remove);
            ScenarioReader.checkVariant(s.scenario(), v, "command line");
            return List.of(v);
        }
        List<Variant> known = s.scenario().variants();
        List<Variant> out = new ArrayList<>();
        for (String id : variants) {
            Variant v = known.stream().filter(k -> id.equals(k.id())).findFirst().orElseThrow(() ->
                    new BadInputException("--variant: no variant '" + id + "' in " + s.displayName()
                            + Suggestions.didYouMeanOrList(id, known.stream().map(Variant::id).toList())));
            out.add(v);
        }
        if (variants.isEmpty()) {
            known.stream().filter(v -> applicant == null || applicant.equals(v.applicant())).forEach(out::add);
        }
        if (out.isEmpty()) {
            throw new BadInputException(s.displayName() + ": no variants" + (applicant == null ? "" : " of '" + applicant + "'")
                    + " to run; give --set, --add or --remove, or add variants to the scenario");
        }
        if (applicant != null && out.stream().anyMatch(v -> !applicant.equals(v.applicant()))) {
            throw new BadInputException("--variant: a chosen variant is not of applicant '" + applicant + "'");
        }
        return out;
    }
}
