package org.rankmeeting.cli;

import org.rankmeeting.catalogue.Catalogue;
import org.rankmeeting.engine.RuleBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "List every rule with its heuristic ids and what it does, and which catalogue ids no rule covers.")
final class RulesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--rules", paramLabel = "DIR", description = "Folder of .drl rule files (default: ./rules or the bundled rules).")
    Path rules;

    @Mixin
    WidthOption width = new WidthOption();

    @Override
    public Integer call() {
        RuleBase base = RuleBase.load(rules);
        StringBuilder out = new StringBuilder();
        out.append("Rules from ").append(base.origin()).append(": ").append(base.rules().size()).append('\n');
        Map<String, List<RuleBase.RuleInfo>> byFile = base.rules().stream()
                .collect(Collectors.groupingBy(RuleBase.RuleInfo::file, LinkedHashMap::new, Collectors.toList()));
        Set<String> covered = new TreeSet<>();
        byFile.forEach((file, list) -> {
            out.append('\n').append(file).append('\n');
            for (RuleBase.RuleInfo r : list) {
                covered.addAll(r.heuristics());
                out.append("  ").append(String.format("%-8s", String.join(",", r.heuristics()))).append(r.name()).append('\n');
                if (!r.description().isEmpty()) {
                    out.append("          ").append(r.description()).append('\n');
                }
            }
        });
        out.append("\nCatalogue coverage:\n");
        Map<String, List<Catalogue.Heuristic>> families = Catalogue.all().stream()
                .collect(Collectors.groupingBy(Catalogue.Heuristic::family, LinkedHashMap::new, Collectors.toList()));
        families.forEach((family, list) -> {
            List<String> missing = list.stream().map(Catalogue.Heuristic::id).filter(id -> !covered.contains(id)).toList();
            out.append("  ").append(family).append(" (").append(Catalogue.familyName(family)).append("): ")
                    .append(list.size() - missing.size()).append('/').append(list.size()).append(" covered")
                    .append(missing.isEmpty() ? "" : "; no rule for " + String.join(", ", missing)
                            + (Catalogue.RULE_FAMILIES.contains(family) ? "" : " (not encoded yet)"))
                    .append('\n');
        });
        spec.commandLine().getOut().print(width.fold(out.toString()));
        return Main.OK;
    }
}
