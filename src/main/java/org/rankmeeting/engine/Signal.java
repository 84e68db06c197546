package org.rankmeeting.engine;

/**
 * Judgements one rule makes for other rules to read: the interactions between heuristics
 * (an unknown school magnifies everything else, a trusted writer fast-tracks, a respected alum rescues).
 */
public enum Signal {
    TRUSTED_SCHOOL, KNOWN_SCHOOL, UNKNOWN_SCHOOL, BURNED_SCHOOL, HALO, FAMILIAR,
    TRUSTED_WRITER, RECOGNISED_PI, WEAK_LETTERS, VISA_CONCERN, RESCUE, US_GRADUATE
}
