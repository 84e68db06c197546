package org.rankmeeting.national.cohort;

import java.util.List;

/**
 * Where programs and US schools are: the nine US Census divisions. A program's {@code location} is its division's
 * name; US seniors prefer their school's division. The weights are the divisions' shares of the US population in
 * the 2020 Census, rounded; the share of programs follows them, with the Middle Atlantic and New England weighted
 * up for their many teaching hospitals (that adjustment is our assumption).
 */
public record Division(String id, String name, double population, double programs) {

    public static final List<Division> ALL = List.of(
            new Division("ne", "New England", 0.048, 0.065),
            new Division("ma", "Middle Atlantic", 0.126, 0.175),
            new Division("enc", "East North Central", 0.142, 0.150),
            new Division("wnc", "West North Central", 0.065, 0.060),
            new Division("sa", "South Atlantic", 0.204, 0.190),
            new Division("esc", "East South Central", 0.058, 0.050),
            new Division("wsc", "West South Central", 0.124, 0.100),
            new Division("mtn", "Mountain", 0.075, 0.060),
            new Division("pac", "Pacific", 0.158, 0.150));
}
