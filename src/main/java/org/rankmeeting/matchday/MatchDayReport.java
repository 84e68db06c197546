package org.rankmeeting.matchday;

import org.rankmeeting.engine.Placement;
import org.rankmeeting.engine.ProgramBoard;
import org.rankmeeting.engine.World;
import org.rankmeeting.output.Format;
import org.rankmeeting.output.JsonTree;
import org.rankmeeting.output.MarkdownTable;
import org.rankmeeting.match.BlockingPair;
import org.rankmeeting.match.CoupleRanking;
import org.rankmeeting.match.MatchResult;
import org.rankmeeting.match.ProgramPair;
import org.rankmeeting.match.ProgramRanking;
import org.rankmeeting.match.SoapResult;
import org.rankmeeting.scenario.Applicant;
import org.rankmeeting.scenario.Program;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Renders Match day: the lists, who matched where at which choice, what stayed open, SOAP, one tier more. */
public final class MatchDayReport {

    private MatchDayReport() {
    }

    public static String render(String source, MatchDay.Outcome o, Format format) {
        return switch (format) {
            case JSON -> JsonTree.write(json(source, o));
            case TEXT -> text(source, o);
            case MARKDOWN -> markdown(source, o);
        };
    }

    private static String text(String source, MatchDay.Outcome o) {
        World w = o.meeting().world();
        String h1 = "== ";
        String h2 = "";
        String li = "  ";
        StringBuilder out = new StringBuilder();
        out.append(h1).append("Match day: ").append(w.scenario().title() == null ? source : w.scenario().title())
                .append(" (").append(source).append(")\n\n");

        out.append(h2).append("Programs' rank lists (from the meeting's tiers)\n");
        for (ProgramRanking r : o.input().programs()) {
            ProgramBoard board = o.meeting().board(r.id());
            List<String> entries = new ArrayList<>();
            for (int i = 0; i < r.rankList().size(); i++) {
                Placement p = board.placementOf(r.rankList().get(i));
                entries.add((i + 1) + ". " + p.applicantName() + " (" + p.tier().label() + ")");
            }
            out.append(li).append(program(w, r.id())).append(", ").append(r.positions()).append(r.positions() == 1 ? " position: " : " positions: ")
                    .append(entries.isEmpty() ? "nobody ranked" : String.join("; ", entries)).append('\n');
        }
        out.append('\n').append(h2).append("Applicants' rank lists\n");
        for (RankLists.ApplicantList l : o.applicantLists().values()) {
            out.append(li).append(name(w, l.applicant())).append(l.given() ? " (given): " : " (derived): ")
                    .append(l.programs().isEmpty() ? "nothing to rank" : numbered(w, l.programs())).append('\n');
        }
        for (CoupleRanking c : o.input().couples()) {
            List<String> pairs = new ArrayList<>();
            for (int i = 0; i < Math.min(c.rankList().size(), 6); i++) {
                ProgramPair p = c.rankList().get(i);
                pairs.add((i + 1) + ". " + side(p.first()) + " + " + side(p.second()));
            }
            out.append(li).append("couple ").append(name(w, c.first())).append(" & ").append(name(w, c.second()))
                    .append(": ").append(String.join("; ", pairs))
                    .append(c.rankList().size() > 6 ? "; ... (" + c.rankList().size() + " pairs)" : "").append('\n');
        }

        MatchResult m = o.match();
        out.append('\n').append(h2).append("The Match\n");
        for (MatchResult.ProgramFill f : m.programs()) {
            List<String> who = new ArrayList<>();
            for (String a : f.matched()) {
                who.add(name(w, a) + " (choice " + m.placement(a).map(MatchResult.Placement::choice).orElse(0) + ")");
            }
            out.append(li).append(program(w, f.program())).append(": ").append(who.isEmpty() ? "nobody" : String.join(", ", who))
                    .append(f.unfilled() > 0 ? "; " + f.unfilled() + " unfilled" : "; full").append('\n');
        }
        out.append(li).append("unmatched: ").append(m.unmatched().isEmpty() ? "nobody"
                : String.join(", ", m.unmatched().stream().map(a -> name(w, a)).toList())).append('\n');
        if (!m.stable()) {
            out.append(li).append("NOT STABLE (couples): ").append(String.join("; ",
                    m.blockingPairs().stream().map(BlockingPair::toString).toList())).append('\n');
        }
        for (String note : m.notes()) {
            out.append(li).append(note).append('\n');
        }

        SoapResult s = o.soap();
        out.append('\n').append(h2).append("SOAP (unfilled positions offered to unmatched applicants, by the same placements)\n")
                ;
        if (s.rounds().isEmpty() || s.rounds().stream().allMatch(r -> r.offers().isEmpty())) {
            out.append(li).append("no offers: ").append(m.unmatched().isEmpty() ? "everyone matched" : "no open position wants the unmatched files")
                    .append('\n');
        }
        for (SoapResult.Round r : s.rounds()) {
            if (r.offers().isEmpty()) {
                continue;
            }
            out.append(li).append("round ").append(r.number()).append(": offers ").append(offers(w, r.offers()))
                    .append("; accepted ").append(r.acceptances().isEmpty() ? "none" : offers(w, r.acceptances()))
                    .append(r.declines().isEmpty() ? "" : "; declined " + offers(w, r.declines())).append('\n');
        }
        if (!s.placements().isEmpty() || !m.unmatched().isEmpty()) {
            out.append(li).append("after SOAP, still unplaced: ").append(s.unplaced().isEmpty() ? "nobody"
                    : String.join(", ", s.unplaced().stream().map(a -> name(w, a)).toList())).append('\n');
        }

        out.append('\n').append(h2).append("Per applicant\n");
        for (Applicant a : w.applicants()) {
            out.append(li).append(a.displayName()).append(": ").append(fate(w, o, a.id())).append('\n');
        }
        return out.append('\n').toString();
    }

    /** Rank lists as nested numbered lists; the Match, SOAP and each applicant's fate as tables. */
    private static String markdown(String source, MatchDay.Outcome o) {
        World w = o.meeting().world();
        StringBuilder out = new StringBuilder();
        out.append("## Match day: ").append(w.scenario().title() == null ? source : w.scenario().title())
                .append(" (").append(source).append(")\n\n");

        out.append("### Programs' rank lists (from the meeting's tiers)\n\n");
        for (ProgramRanking r : o.input().programs()) {
            ProgramBoard board = o.meeting().board(r.id());
            out.append("- **").append(program(w, r.id())).append("**, ").append(r.positions())
                    .append(r.positions() == 1 ? " position" : " positions").append(r.rankList().isEmpty() ? ": nobody ranked" : "")
                    .append('\n');
            for (int i = 0; i < r.rankList().size(); i++) {
                Placement p = board.placementOf(r.rankList().get(i));
                out.append("  ").append(i + 1).append(". ").append(p.applicantName()).append(" (").append(p.tier().label()).append(")\n");
            }
        }
        out.append("\n### Applicants' rank lists\n\n");
        for (RankLists.ApplicantList l : o.applicantLists().values()) {
            out.append("- **").append(name(w, l.applicant())).append("** (").append(l.given() ? "given" : "derived")
                    .append(l.programs().isEmpty() ? "): nothing to rank" : ")").append('\n');
            for (int i = 0; i < l.programs().size(); i++) {
                out.append("  ").append(i + 1).append(". ").append(program(w, l.programs().get(i))).append('\n');
            }
        }
        for (CoupleRanking c : o.input().couples()) {
            out.append("- **couple ").append(name(w, c.first())).append(" & ").append(name(w, c.second())).append("**")
                    .append(c.rankList().size() > 6 ? " (first 6 of " + c.rankList().size() + " pairs)" : "").append('\n');
            for (int i = 0; i < Math.min(c.rankList().size(), 6); i++) {
                ProgramPair p = c.rankList().get(i);
                out.append("  ").append(i + 1).append(". ").append(side(p.first())).append(" + ").append(side(p.second())).append('\n');
            }
        }

        MatchResult m = o.match();
        out.append("\n### The Match\n\n");
        MarkdownTable fills = new MarkdownTable("program", "matched (their choice)", "unfilled");
        for (MatchResult.ProgramFill f : m.programs()) {
            List<String> who = new ArrayList<>();
            for (String a : f.matched()) {
                who.add(name(w, a) + " (" + m.placement(a).map(MatchResult.Placement::choice).orElse(0) + ")");
            }
            fills.row(program(w, f.program()), who.isEmpty() ? "nobody" : String.join(", ", who), Integer.toString(f.unfilled()));
        }
        out.append(fills.render());
        out.append("- unmatched: ").append(m.unmatched().isEmpty() ? "nobody"
                : String.join(", ", m.unmatched().stream().map(a -> name(w, a)).toList())).append('\n');
        if (!m.stable()) {
            out.append("- NOT STABLE (couples): ").append(String.join("; ",
                    m.blockingPairs().stream().map(BlockingPair::toString).toList())).append('\n');
        }
        for (String note : m.notes()) {
            out.append("- ").append(note).append('\n');
        }

        SoapResult s = o.soap();
        out.append("\n### SOAP (unfilled positions offered to unmatched applicants, by the same placements)\n\n");
        if (s.rounds().isEmpty() || s.rounds().stream().allMatch(r -> r.offers().isEmpty())) {
            out.append("- no offers: ").append(m.unmatched().isEmpty() ? "everyone matched" : "no open position wants the unmatched files")
                    .append("\n\n");
        } else {
            MarkdownTable rounds = new MarkdownTable("round", "offers", "accepted", "declined");
            for (SoapResult.Round r : s.rounds()) {
                if (!r.offers().isEmpty()) {
                    rounds.row(Integer.toString(r.number()), offers(w, r.offers()),
                            r.acceptances().isEmpty() ? "none" : offers(w, r.acceptances()),
                            r.declines().isEmpty() ? "none" : offers(w, r.declines()));
                }
            }
            out.append(rounds.render());
        }
        if (!s.placements().isEmpty() || !m.unmatched().isEmpty()) {
            out.append("- after SOAP, still unplaced: ").append(s.unplaced().isEmpty() ? "nobody"
                    : String.join(", ", s.unplaced().stream().map(a -> name(w, a)).toList())).append("\n\n");
        }

        out.append("### Per applicant\n\n");
        MarkdownTable fates = new MarkdownTable("applicant", "Match day, and what one tier more would have done");
        for (Applicant a : w.applicants()) {
            fates.row(a.displayName(), fate(w, o, a.id()));
        }
        return out.append(fates.render()).toString();
    }

    /** "matched at Riverside (choice 2). At upper-mid instead of mid at Lakeview you would have matched there." */
    static String fate(World w, MatchDay.Outcome o, String applicant) {
        Optional<MatchResult.Placement> got = o.match().placement(applicant);
        Optional<SoapResult.Placement> soap = o.soap().placements().stream().filter(p -> p.applicant().equals(applicant)).findFirst();
        String where = got.map(p -> "matched at " + program(w, p.program()) + " (choice " + p.choice() + ")")
                .orElseGet(() -> soap.map(p -> "unmatched; placed in SOAP round " + p.round() + " at " + program(w, p.program()))
                        .orElse("unmatched"));
        Optional<MatchDay.OneTier> one = o.oneTier().get(applicant);
        if (one == null || one.isEmpty()) {
            return where + (got.map(p -> p.choice() == 1).orElse(false) ? "." : ". No program they preferred had them one tier from a change.");
        }
        MatchDay.OneTier t = one.get();
        return where + ". At " + t.oneUp().label() + " instead of " + t.had().label() + " at " + program(w, t.program())
                + (t.wouldMatch() ? " you would have matched there." : " you still would not have matched there.");
    }

    private static String offers(World w, List<SoapResult.Offer> offers) {
        return String.join(", ", offers.stream().map(x -> program(w, x.program()) + " -> " + name(w, x.applicant())).toList());
    }

    private static String numbered(World w, List<String> programs) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < programs.size(); i++) {
            out.add((i + 1) + ". " + program(w, programs.get(i)));
        }
        return String.join("; ", out);
    }

    private static String side(String program) {
        return program == null ? "no match" : program;
    }

    private static String program(World w, String id) {
        Program p = w.program(id);
        return p == null ? id : p.displayName();
    }

    private static String name(World w, String id) {
        Applicant a = w.applicant(id);
        return a == null ? id : a.displayName();
    }

    private static Map<String, Object> json(String source, MatchDay.Outcome o) {
        World w = o.meeting().world();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scenario", source);
        m.put("programLists", o.input().programs().stream().map(r -> Map.of("program", r.id(), "positions", r.positions(),
                "rankList", r.rankList())).toList());
        m.put("applicantLists", o.applicantLists().values().stream().map(l -> Map.of("applicant", l.applicant(),
                "given", l.given(), "rankList", l.programs())).toList());
        MatchResult r = o.match();
        m.put("matched", r.placements().stream().map(p -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("applicant", p.applicant());
            x.put("program", p.program());
            x.put("choice", p.choice());
            x.put("couple", p.couple());
            return x;
        }).toList());
        m.put("unmatched", r.unmatched());
        m.put("unfilled", r.programs().stream().filter(f -> f.unfilled() > 0)
                .map(f -> Map.of("program", f.program(), "unfilled", f.unfilled())).toList());
        m.put("stable", r.stable());
        m.put("notes", r.notes());
        m.put("soap", o.soap().placements().stream().map(p -> Map.of("applicant", p.applicant(), "program", p.program(),
                "round", p.round())).toList());
        m.put("soapStillUnplaced", o.soap().unplaced());
        m.put("perApplicant", w.applicants().stream().map(a -> Map.of("applicant", a.id(), "outcome", fate(w, o, a.id()))).toList());
        return m;
    }
}
