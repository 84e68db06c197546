package org.rankmeeting.national.cohort;

import org.rankmeeting.national.Group;
import java.util.Map;

/**
 * The published figures the synthetic Main Match reproduces, and the assumptions that complete them. Sources:
 * NRMP, <i>Results and Data: 2025 Main Residency Match</i> and the NRMP's 2025 Main Match press release (active
 * applicants, positions, programs, internal medicine, the match rates in {@link Group}). Anything not published there
 * is marked as our assumption.
 */
public final class NrmpFigures {

    /** Applicants who certified a rank list (NRMP 2025). */
    public static final int ACTIVE_APPLICANTS = 47_208;
    /** Positions offered in the Main Match (NRMP 2025). */
    public static final int POSITIONS = 43_237;
    /** Programs in the Main Match (NRMP 2025). */
    public static final int PROGRAMS = 6_626;
    /** Internal medicine, categorical (NRMP 2025). */
    public static final int INTERNAL_MEDICINE_POSITIONS = 10_941;
    public static final int INTERNAL_MEDICINE_PROGRAMS = 758;
    /** Active IMGs, US citizens and not (NRMP 2025: about 16,000). */
    public static final int ACTIVE_IMGS = 16_000;

    /**
     * Active applicants per group at scale 1. The totals are published (47,208 active; about 16,000 IMGs); the split
     * inside them is our assumption: previous US graduates, Canadians and Fifth Pathway applicants are folded into
     * the group nearest to them (us-md, us-do), and the IMGs are split about 36 / 64 between US citizens and
     * others.
     */
    public static final Map<Group, Integer> APPLICANTS = Map.of(
            Group.US_MD, 21_400,
            Group.US_DO, 9_808,
            Group.US_IMG, 5_800,
            Group.NON_US_IMG, 10_200);

    private NrmpFigures() {
    }

    /** {@code n} at {@code scale}, rounded (half up), at least {@code floor}. */
    public static int scaled(int n, double scale, int floor) {
        return Math.max(floor, (int) Math.round(n * scale));
    }
}
