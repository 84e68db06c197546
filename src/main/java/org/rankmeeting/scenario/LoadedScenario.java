package org.rankmeeting.scenario;

import java.nio.file.Path;

/**
 * A scenario that has been read, checked and given its defaults.
 *
 * @param source      the file it came from, or {@code null} when it was parsed from text (stdin, tests)
 * @param displayName how messages name the input: the path as the user gave it, or e.g. {@code <stdin>}
 * @param scenario    the scenario, with the defaults documented on {@link ScenarioReader} applied
 */
public record LoadedScenario(Path source, String displayName, Scenario scenario) {
}
