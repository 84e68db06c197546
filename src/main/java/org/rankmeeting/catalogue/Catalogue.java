package org.rankmeeting.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The heuristic catalogue (shared HEURISTICS.md) by id, with a short title in this project's words.
 * The {@code rules} command checks the rule base against it: every id should be named by at least one rule.
 */
public final class Catalogue {

    public record Heuristic(String id, String title) {
        public String family() {
            return id.substring(0, 1);
        }
    }

    private static final Map<String, String> FAMILIES = new LinkedHashMap<>();
    private static final Map<String, Heuristic> ALL = new LinkedHashMap<>();

    static {
        family("S", "screening");
        add("S1", "Step 2 CK under the program's IMG cutoff filters the file");
        add("S2", "graduated too long ago, unless the recent US story is strong");
        add("S3", "the program does not sponsor the visa needed");
        add("S4", "a failed exam attempt: filtered or heavily down");
        add("S5", "US MD/DO files first; IMG filters only for IMGs");
        add("S6", "a desperate program screens on the bare minimum");
        family("B", "invitation sort");
        add("B1", "known quantity: trusted school or writer, fast-tracked");
        add("B2", "probably safe: the maybe pile, volume-dependent");
        add("B3", "high risk: unknown school plus weak letters or visa concerns");
        family("K", "school and region");
        add("K1", "school standing from the program's own residents");
        add("K2", "an alum in leadership lends the school a halo");
        add("K3", "benefit of the doubt on metrics for a trusted school");
        add("K4", "a burned school is quietly not interviewed");
        add("K5", "an unknown school makes everything else weigh more");
        add("K6", "regional reputation; Caribbean schools judged by history only");
        add("K7", "a once-burned region is avoided this cycle");
        add("K8", "a faculty member's familiarity with the country");
        add("K9", "an alum calibrates an unfamiliar transcript");
        family("L", "letters");
        add("L1", "the writer trust list: trusted, ignored, red flag");
        add("L2", "a chair or APD who has sent solid residents before");
        add("L3", "detailed comparative letters outweigh summaries");
        add("L4", "generic letters hurt; a lukewarm one from an alum hurts more");
        add("L5", "home-country letters weigh less unless the writer is known");
        add("L6", "all letters generic: nobody knows this person");
        family("U", "US clinical experience");
        add("U1", "the USCE ladder of perceived value");
        add("U2", "seen here, or where the program's alumni trained");
        add("U3", "scattered observerships are tourism");
        family("V", "visas");
        add("V1", "the visa budget for the type is spent");
        add("V2", "J-1 only after an H-1B denial");
        add("V3", "H-1B with average scores is too risky");
        add("V4", "citizen or green card: no visa issues");
        family("A", "alumni network");
        add("A1", "do we know this school? ask our people from there");
        add("A2", "a personal vouch: top / solid / doubts");
        add("A3", "a voucher's credibility");
        add("A4", "uncertainty sets how much alumni input weighs");
        add("A5", "the program's IMG history sets how alumni are used");
        add("A6", "a respected alum rescues a file from a burned region or school");
        add("A7", "relationships built ahead of the season");
        add("A8", "scores filter, school history breaks ties");
        family("I", "interview");
        add("I1", "communication concerns");
        add("I2", "a great communicator");
        family("R", "research");
        add("R1", "community programs: research only through a recognised PI's letter");
        add("R2", "academic programs: sustained research with a recognised US PI");
        family("T", "rank meeting");
        add("T1", "the tier ladder");
        add("T2", "alumni input colours, it does not replace");
        add("T3", "late saves when the list looks thin");
        add("T4", "a desperate program barely differentiates");
        add("T5", "will they come? local ties and connections");
        family("P", "judging a program, the applicant's side");
        add("P1", "program categories: strategic, dependent, desperate");
        add("P2", "weights of public signals");
        add("P3", "red flags in public data");
        add("P4", "interview-day language");
    }

    private Catalogue() {
    }

    private static void family(String letter, String name) {
        FAMILIES.put(letter, name);
    }

    private static void add(String id, String title) {
        ALL.put(id, new Heuristic(id, title));
    }

    public static List<Heuristic> all() {
        return List.copyOf(ALL.values());
    }

    public static Heuristic get(String id) {
        return ALL.get(id);
    }

    public static String familyName(String letter) {
        return FAMILIES.getOrDefault(letter, letter);
    }

    /** Families the rank-meeting engine's rules cover (they read the meeting's Case facts). */
    public static final String ENGINE_FAMILIES = "SBKLUVAIRT";

    /** Families the judging rules cover (the applicant's reading of a program; they read ProgramFile facts). */
    public static final String JUDGING_FAMILIES = "P";

    /** Every family the rule base must encode: the engine's and the judging ones. */
    public static final String RULE_FAMILIES = ENGINE_FAMILIES + JUDGING_FAMILIES;
}
