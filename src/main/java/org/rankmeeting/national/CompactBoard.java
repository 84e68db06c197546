package org.rankmeeting.national;

import org.rankmeeting.engine.Evidence;
import org.rankmeeting.engine.Placement;
import org.rankmeeting.engine.ProgramBoard;
import org.rankmeeting.engine.TierLadder;
import org.rankmeeting.output.Lines;
import org.rankmeeting.scenario.Bucket;
import org.rankmeeting.scenario.Stage;
import org.rankmeeting.scenario.Tier;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One program's board as a national run keeps it: per placement, in list order, the applicant (an index into the
 * cohort's applicants), the level (stage and tier in one number, {@link TierLadder#level}), the invitation bucket,
 * the committee score, the order key and the ids of up to {@value Placement#PRINCIPAL_REASONS} principal reasons.
 * No explanation trail: a file's full explanation is recomputed on demand by running that program's meeting again
 * ({@link NationalCycle#explain}). About 20 bytes a placement in parallel arrays.
 */
public final class CompactBoard {

    private static final Bucket[] BUCKETS = Bucket.values();
    private static final Tier[] TIERS = Tier.values();
    private static final int REASONS = Placement.PRINCIPAL_REASONS;
    /** An array's header on a 64-bit JVM with compressed pointers, for {@link #bytes()}. */
    private static final int ARRAY_HEADER = 16;

    private final String programId;
    private final int[] applicant;
    private final byte[] level;
    private final byte[] bucket;
    private final short[] score;
    private final int[] orderKey;
    private final short[] reasons;

    private CompactBoard(String programId, int size) {
        this.programId = programId;
        this.applicant = new int[size];
        this.level = new byte[size];
        this.bucket = new byte[size];
        this.score = new short[size];
        this.orderKey = new int[size];
        this.reasons = new short[size * REASONS];
    }

    /** The board kept compactly; {@code index} gives each applicant id its number in the cohort. */
    public static CompactBoard of(ProgramBoard board, Map<String, Integer> index, ReasonIds ids) {
        List<Placement> placements = board.placements();
        CompactBoard out = new CompactBoard(board.program().id(), placements.size());
        for (int i = 0; i < placements.size(); i++) {
            Placement p = placements.get(i);
            out.applicant[i] = index.get(p.applicantId());
            out.level[i] = (byte) p.level();
            out.bucket[i] = (byte) (p.bucket() == null ? 0 : p.bucket().ordinal() + 1);
            out.score[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, p.score()));
            out.orderKey[i] = p.orderKey();
            List<Evidence> principal = p.principalReasons();
            for (int r = 0; r < principal.size() && r < REASONS; r++) {
                out.reasons[i * REASONS + r] = ids.id(Lines.brief(principal.get(r)));
            }
        }
        return out;
    }

    public String programId() {
        return programId;
    }

    /** Placements on the board (files sent to the program). */
    public int size() {
        return applicant.length;
    }

    /** The applicant of the i-th placement in list order, as its index in the cohort. */
    public int applicant(int i) {
        return applicant[i];
    }

    public Stage stage(int i) {
        return level[i] == 0 ? Stage.SCREENED_OUT : level[i] == 1 ? Stage.NOT_INVITED : Stage.INTERVIEWED;
    }

    /** The tier of an interviewed file, else null. */
    public Tier tier(int i) {
        return level[i] < 2 ? null : TIERS[level[i] - 2];
    }

    /** As {@link Placement#isRanked()}: interviewed and in a ranked tier. */
    public boolean ranked(int i) {
        return level[i] > TierLadder.levelOf(Tier.NOT_RANKED);
    }

    public boolean interviewed(int i) {
        return level[i] >= 2;
    }

    public int level(int i) {
        return level[i];
    }

    public Bucket bucket(int i) {
        return bucket[i] == 0 ? null : BUCKETS[bucket[i] - 1];
    }

    public int score(int i) {
        return score[i];
    }

    public int orderKey(int i) {
        return orderKey[i];
    }

    /** The principal reasons of the i-th placement, as the board prints them. */
    public List<String> reasons(int i, ReasonIds ids) {
        List<String> out = new ArrayList<>(REASONS);
        for (int r = 0; r < REASONS; r++) {
            short id = reasons[i * REASONS + r];
            if (id != ReasonIds.NONE) {
                out.add(ids.text(id));
            }
        }
        return out;
    }

    /** The index in list order of the applicant's placement, or -1 when the file was not sent here. */
    public int indexOf(int applicantIndex) {
        for (int i = 0; i < applicant.length; i++) {
            if (applicant[i] == applicantIndex) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Bytes the board's arrays take on the heap (a 64-bit JVM with compressed pointers: 16-byte array headers,
     * lengths rounded up to 8 bytes), the object itself and its program id (shared with the program) left out.
     */
    public long bytes() {
        return array(applicant.length * 4L) + array(level.length) + array(bucket.length) + array(score.length * 2L)
                + array(orderKey.length * 4L) + array(reasons.length * 2L);
    }

    private static long array(long payload) {
        return (ARRAY_HEADER + payload + 7) / 8 * 8;
    }
}
