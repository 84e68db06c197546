package org.rankmeeting.national.cohort;

/**
 * The four applicant groups the NRMP reports match rates for, with the published 2025 Main Residency Match rate of
 * each (NRMP, Results and Data: 2025 Main Residency Match; active applicants, that is those who certified a rank
 * list).
 */
public enum Group {
    US_MD("us-md", "US MD seniors", 93.5, false),
    US_DO("us-do", "US DO seniors", 92.6, false),
    US_IMG("us-img", "US-citizen IMGs", 67.8, true),
    NON_US_IMG("non-us-img", "non-US IMGs", 58.0, true);

    private final String key;
    private final String label;
    private final double nrmp2025;
    private final boolean img;

    Group(String key, String label, double nrmp2025, boolean img) {
        this.key = key;
        this.label = label;
        this.nrmp2025 = nrmp2025;
        this.img = img;
    }

    /** The key reports use: us-md, us-do, us-img, non-us-img. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** The NRMP 2025 match rate of the group, percent of active applicants. */
    public double nrmp2025() {
        return nrmp2025;
    }

    /** An international medical graduate (US citizen or not). */
    public boolean img() {
        return img;
    }

    /** The group with this key, or null. */
    public static Group ofKey(String key) {
        for (Group g : values()) {
            if (g.key.equals(key)) {
                return g;
            }
        }
        return null;
    }
}
