package org.rankmeeting.national.cohort;

import org.rankmeeting.national.Group;
import java.util.List;
import java.util.Map;

/**
 * A specialty of the synthetic Main Match: how many positions and programs it has, what share of its programs are
 * academic and open to IMGs, and how strongly each group wants it.
 *
 * <p>Only internal medicine's figures are published ones (NRMP 2025: 10,941 categorical positions in 758
 * programs). The other rows are our rounded assumptions, chosen so that the table adds up to the NRMP 2025
 * totals (43,237 positions, 6,626 programs); "other" collects every specialty not named (orthopaedics,
 * dermatology, otolaryngology, urology, neurological surgery, PM&amp;R, ophthalmology, ...), where IMGs rarely
 * match. The demand weights (share of each group choosing the specialty first) are assumptions shaped like the
 * NRMP's matched-by-specialty pattern: IMGs concentrate in internal medicine, family medicine, pediatrics,
 * psychiatry, neurology and pathology; US seniors spread more widely.
 *
 * @param id              program ids start with it
 * @param name            shown in program names
 * @param positions       positions at scale 1
 * @param programs        programs at scale 1
 * @param academicShare   share of programs that are academic (university) programs, the rest community
 * @param imgOpenShare    share of programs with an IMG history (strong, mixed or once burned); the rest take an IMG
 *                        rarely (A5)
 * @param demand          share of each group choosing this specialty first
 * @param fromData        true when positions and programs are published NRMP figures
 */
public record Specialty(String id, String name, int positions, int programs, double academicShare,
                        double imgOpenShare, Map<Group, Double> demand, boolean fromData) {

    public double demand(Group g) {
        return demand.getOrDefault(g, 0.0);
    }

    private static Specialty of(String id, String name, int positions, int programs, double academic, double imgOpen,
                                double md, double dO, double usImg, double nonUsImg, boolean fromData) {
        return new Specialty(id, name, positions, programs, academic, imgOpen,
                Map.of(Group.US_MD, md, Group.US_DO, dO, Group.US_IMG, usImg, Group.NON_US_IMG, nonUsImg), fromData);
    }

    /** Internal medicine, categorical: the one row taken from the NRMP's published figures. */
    public static final String INTERNAL_MEDICINE = "im";
    /** Preliminary and transitional-year positions: the backup of applicants to competitive specialties. */
    public static final String PRELIMINARY = "prelim";
    /** Family medicine: the IMGs' backup to internal medicine. */
    public static final String FAMILY_MEDICINE = "fm";

    /** The specialties of the synthetic Main Match, in a fixed order. Positions and programs add up to the NRMP 2025 totals. */
    public static final List<Specialty> ALL = List.of(
            of(INTERNAL_MEDICINE, "Internal Medicine", 10_941, 758, 0.35, 0.80, 0.22, 0.22, 0.42, 0.55, true),
            of(FAMILY_MEDICINE, "Family Medicine", 5_300, 790, 0.15, 0.75, 0.07, 0.16, 0.20, 0.10, false),
            of("peds", "Pediatrics", 3_100, 220, 0.50, 0.55, 0.08, 0.08, 0.07, 0.07, false),
            of("em", "Emergency Medicine", 3_000, 290, 0.40, 0.25, 0.07, 0.09, 0.03, 0.01, false),
            of("psych", "Psychiatry", 2_300, 340, 0.45, 0.55, 0.08, 0.08, 0.08, 0.06, false),
            of(PRELIMINARY, "Preliminary / Transitional Year", 4_800, 900, 0.35, 0.50, 0.02, 0.02, 0.04, 0.05, false),
            of("anes", "Anesthesiology", 2_000, 240, 0.60, 0.25, 0.06, 0.05, 0.02, 0.02, false),
            of("surg", "General Surgery", 1_700, 360, 0.55, 0.20, 0.05, 0.04, 0.03, 0.04, false),
            of("obgyn", "Obstetrics and Gynecology", 1_600, 300, 0.50, 0.20, 0.05, 0.04, 0.02, 0.01, false),
            of("neuro", "Neurology", 1_000, 180, 0.60, 0.55, 0.03, 0.025, 0.03, 0.04, false),
            of("path", "Pathology", 600, 140, 0.70, 0.60, 0.015, 0.01, 0.02, 0.03, false),
            of("rad", "Diagnostic Radiology", 1_200, 200, 0.65, 0.15, 0.04, 0.03, 0.01, 0.01, false),
            of("other", "Other specialties", 5_696, 1_908, 0.60, 0.10, 0.215, 0.155, 0.03, 0.01, false));

    public static Specialty byId(String id) {
        return ALL.stream().filter(s -> s.id.equals(id)).findFirst().orElseThrow();
    }
}
