package org.rankmeeting.national;

import java.util.Locale;

/**
 * The four applicant groups the NRMP reports Main Match rates for, each with its published 2025 rate (NRMP, Results
 * and Data: 2025 Main Residency Match, percent of active applicants matched).
 */
public enum Group {
    US_MD("US MD seniors", 93.5, false),
    US_DO("US DO seniors", 92.6, false),
    US_IMG("US-citizen IMGs", 67.8, true),
    NON_US_IMG("non-US IMGs", 58.0, true);

    private final String label;
    private final double nrmp2025;
    private final boolean img;

    Group(String label, double nrmp2025, boolean img) {
        this.label = label;
        this.nrmp2025 = nrmp2025;
        this.img = img;
    }

    /** The key the reports use: {@code us-md}, {@code us-do}, {@code us-img}, {@code non-us-img}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String label() {
        return label;
    }

    /** The NRMP 2025 Main Match rate of the group, in percent. */
    public double nrmp2025() {
        return nrmp2025;
    }

    /** An international medical graduate, US citizen or not. */
    public boolean img() {
        return img;
    }

    /** The group with this key, or null. */
    public static Group ofKey(String key) {
        for (Group g : values()) {
            if (g.key().equals(key)) {
                return g;
            }
        }
        return null;
    }
}
