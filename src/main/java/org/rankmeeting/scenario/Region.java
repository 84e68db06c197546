package org.rankmeeting.scenario;

/** A world region and how program directors tend to read its graduates (K6). */
public record Region(String id, String name, Perception perception) {

    public enum Perception implements Coded {
        /** High-volume, low-resource training: credit for resilience. */
        BATTLE_TESTED,
        /** Strong on exams, thinner on hands-on work: needs stronger US clinical experience. */
        EXAM_ORIENTED,
        NEUTRAL
    }
}
