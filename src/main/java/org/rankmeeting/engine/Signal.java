package org.rankmeeting.engine;

/**
 * Judgements one rule makes for other rules to read: the interactions between heuristics
 * (an unknown school magnifies everything else, a trusted writer fast-tracks, a respected alum rescues),
 * and the points a rule makes once per file (a rule that matches several items of a list says its piece for the
 * first and reads its own signal to stay quiet for the rest; renaming the rule cannot disarm that).
 */
public enum Signal {
    TRUSTED_SCHOOL, KNOWN_SCHOOL, UNKNOWN_SCHOOL, BURNED_SCHOOL, HALO, FAMILIAR,
    TRUSTED_WRITER, WEAK_LETTERS, VISA_CONCERN, RESCUE, US_GRADUATE,
    /** R2: sustained research with a US PI the program recognises (also a B1 trust signal at an academic program). */
    RECOGNISED_PI,
    /** S2: a strong recent US rotation outweighed the years since graduation. */
    RECENT_US_STORY,
    /** K3: a trusted school's file was given the benefit of the doubt on the numbers. */
    BENEFIT_OF_THE_DOUBT,
    /** K9: an alum read the transcript against the school's own scale. */
    TRANSCRIPT_TRANSLATED,
    /** R1/R2: the research counted, through a recognised PI. */
    RESEARCH_CREDIT,
    /** U1: the best US rotation set the USCE credit. */
    USCE_CREDIT,
    /** U2: the applicant was seen on the program's wards or an alum's. */
    SEEN_ON_OUR_WARDS,
    /** A1: the program's people from the school vouched for it, or warned about it. */
    SCHOOL_VOUCHED_FOR, SCHOOL_WARNED_ABOUT,
    /** A2: an alum here vouched for (or doubted) the applicant; A3 weighs the voice. */
    VOUCH,
    /** A5: at a rare IMG taker, a top vouch or exceptional numbers opened the door. */
    RARE_DOOR_OPEN,
    /** A8: the known school ranks first among similar scores. */
    KNOWN_SCHOOL_FIRST,
    /** A2/T2: a doubt from someone at the program closed the rank spot. */
    RANK_SPOT_CLOSED,
    /** T3: a late word saved the file on a thin list. */
    LATE_SAVE,
    /** T5: a connection to the program makes the applicant likely to come. */
    LIKELY_TO_COME,
    /** T1: the starting points of every interviewed file; the ladder's origin, not a reason. */
    LADDER_START
}
