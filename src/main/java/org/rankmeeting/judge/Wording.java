package org.rankmeeting.judge;

import java.util.Locale;

/** Small pieces of wording the judging rules share in their explanation values. */
public final class Wording {

    private Wording() {
    }

    /** 81 -> "81%", 84.67 -> "84.7%". */
    public static String percent(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        return rounded == Math.rint(rounded) ? (long) rounded + "%" : String.format(Locale.ROOT, "%.1f%%", rounded);
    }

    /** "1 year", "12 years". */
    public static String years(int n) {
        return n + (n == 1 ? " year" : " years");
    }

    /** "no warning signs", "1 warning sign", "4 warning signs". */
    public static String warnings(int n) {
        return n == 0 ? "no warning signs" : n + (n == 1 ? " warning sign" : " warning signs");
    }

    /** "every component backed by data", "2 of 5 components without data". */
    public static String unknown(int n) {
        return n == 0 ? "every component backed by data" : n + " of 5 components without data";
    }
}
