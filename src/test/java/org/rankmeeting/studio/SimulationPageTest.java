package org.rankmeeting.studio;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class SimulationPageTest {

    @Test
    void categoryLabelsAreSpacedWideEnoughNotToOverlap() {
        List<String> groups = List.of("US MD seniors", "US DO seniors", "US-citizen IMGs", "non-US IMGs");
        String svg = SimulationPage.chart("Match rate by group", groups, List.of(
                new SimulationPage.Series("simulated", "#263", List.of(90.0, 88.0, 71.0, 53.0), null),
                new SimulationPage.Series("NRMP 2025", "#999", List.of(93.5, 92.6, 67.8, 58.0), null)));
        List<Double> centres = new ArrayList<>();
        for (String label : groups) {
            Matcher m = Pattern.compile("<text x=\"([0-9.]+)\"[^>]*text-anchor=\"middle\">" + Pattern.quote(label) + "</text>")
                    .matcher(svg);
            assertThat(m.find()).as(label).isTrue();
            centres.add(Double.parseDouble(m.group(1)));
        }
        for (int i = 1; i < groups.size(); i++) {
            double room = (groups.get(i - 1).length() + groups.get(i).length()) / 2.0 * 6.5;
            assertThat(centres.get(i) - centres.get(i - 1)).as(groups.get(i)).isGreaterThanOrEqualTo(room);
        }
    }
}
