package org.rankmeeting.engine;

import org.rankmeeting.scenario.MatchFileReader;
import org.rankmeeting.scenario.ScenarioReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The worlds of every bundled scenario and of the counterfactual test scenarios (match files left out). */
public final class BundledWorlds {

    private BundledWorlds() {
    }

    public static List<World> withCounterfactualFixtures() throws IOException {
        List<World> out = new ArrayList<>();
        for (String dir : List.of("scenarios", "src/test/resources/counterfactual")) {
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".yaml") && !MatchFileReader.isMatchFile(p)).sorted().toList()) {
                    out.add(new World(ScenarioReader.read(f).scenario()));
                }
            }
        }
        return out;
    }
}
