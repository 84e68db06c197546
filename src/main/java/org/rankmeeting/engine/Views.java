package org.rankmeeting.engine;

import org.rankmeeting.scenario.Applicant;
import org.rankmeeting.scenario.Program;
import org.rankmeeting.scenario.Writer;

/**
 * Parts of an applicant's file as one program sees them: the program's own look-ups
 * (is this writer on our trust list? did this rotation happen here?) are resolved,
 * the judgements are left to the rules.
 */
public final class Views {

    private Views() {
    }

    /** L1: where a letter writer stands on the program's list. */
    public enum Trust { TRUSTED, IGNORED, RED_FLAG, UNLISTED }

    public record LetterView(int caseId, String writerId, String writerName, Writer.Role writerRole, boolean writerUs,
                             Trust trust, Applicant.Letter.Strength strength, Applicant.Letter.Style style,
                             boolean writerSentSolidResidents, boolean writerAtThisProgram) {
    }

    public record RotationView(int caseId, Applicant.Rotation.Kind kind, String site, int weeks,
                               Applicant.Rotation.LetterQuality letter, String writerId,
                               boolean atThisProgram, boolean atAlumniSite, boolean writerKnown) {
    }

    public record ResearchView(int caseId, Applicant.Research.Kind kind, int months, String piName, boolean piUs,
                               boolean piRecognised, boolean piLetterStrong) {
    }

    /** Someone at the program; {@code viewOfSchool} is null when the profile gives no view of their school. */
    public record PersonView(int caseId, String id, String name, Program.Person.Role role, Program.Person.Record record,
                             Program.Person.View viewOfSchool, boolean sameSchool, int yearsInRole) {
    }

    public record ContactView(int caseId, String personId, String personName, Program.Person.Role role,
                              Program.Person.Record trackRecord, boolean atThisProgram, boolean sameSchool,
                              Applicant.Contact.Relationship relationship, Applicant.Contact.Verdict said,
                              boolean mentionedAtInterview) {

        /** A6/K4: someone whose word carries: a proven voice, or a chief, faculty member or program leader. */
        public boolean isRespected() {
            return trackRecord == Program.Person.Record.PROVEN
                    || (role != null && role != Program.Person.Role.RESIDENT && role != Program.Person.Role.GRADUATE);
        }
    }

    public record AdvocacyView(int caseId, String personId, String personName, Program.Person.Role role, String says) {
    }
}
