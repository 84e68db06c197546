package org.rankmeeting.scenario;

import org.junit.jupiter.api.Test;
import org.rankmeeting.BadInputException;

class ScratchTest {
    static final String BASE = """
            cycle: 2025
            schools:
              - id: uni-a
            programs:
              - id: prog-1
            applicants:
              - id: app-1
                school: uni-a
                step2:
                  score: 244
            """;

    void show(String label, String text, ScenarioReader.Format f) {
        try {
            LoadedScenario s = ScenarioReader.parse("s." + f.name().toLowerCase(), text, f);
            System.out.println("## " + label + " OK " + s.scenario());
        } catch (BadInputException e) {
            System.out.println("## " + label + "\n" + e.getMessage());
        } catch (Exception e) {
            System.out.println("## " + label + " UNEXPECTED");
            e.printStackTrace(System.out);
        }
    }
    void y(String label, String text) { show(label, text, ScenarioReader.Format.YAML); }
    void j(String label, String text) { show(label, text, ScenarioReader.Format.JSON); }

    @Test
    void semantic() {
        y("root dup", "cycle: 2025\ncycle: 2024\n");
        y("no programs", "cycle: 2025\n");
        y("empty programs", "programs: []\napplicants:\n");
        y("lots", """
            cycle: 2025
            regions:
              - id: south-asia
              - id: south-asia
            schools:
              - id: uni-a
                region: south-asai
                gradeScale: {topDecilePercent: 120}
              - name: nameless
            writers:
              - id: dr-x
            programs:
              - id: prog-1
                positions: 0
                screens: {imgStep2Cutoff: 0, maxYearsSinceGraduation: -1}
                visas:
                  J-1: {budget: -1, committed: -2}
                history:
                  - school: uni-b
                avoidingRegions: [europe]
                letterWriters:
                  trusted: [dr-y]
                people:
                  - id: res-1
                    school: uni-a
                    since: 2030
                interviews: {slots: -1, applications: -5}
              - id: prog-2
                people:
                  - id: res-1
            applicants:
              - id: app-1
                school: uni-aa
                graduationYear: 2026
                gapYears: -1
                step2: {score: 301, attempts: 0}
                letters: [{writer: dr-z}]
                usce: [{weeks: -3, writer: dr-x}]
                research: [{months: -1, pi: dr-xx}]
                transcript: {percent: 101}
                contacts: [{person: res-2}, {said: top}]
                lateAdvocacy: [{person: nobody}]
                localTies: [prog-3]
              - id: app-1
                graduationYear: 1900
              - id: app-3
                school: uni-a
                step2: {taken: false}
            expectations:
              - applicant: app-1
                program: prog-1
              - program: prog-1
                above: app-1
              - applicant: app-2
                program: prog-9
                stage: interviewed
              - why: nothing
              - program: prog-1
                above: app-1
                below: app-1
                tier: mid
            """);
    }

    @Test
    void scratch() throws Exception {
        y("base", BASE);
        y("yaml syntax", "programs:\n  - id: a\n   b: c\n");
        y("yaml syntax2", "programs: [a, b\napplicants: x\n");
        y("yaml tab", "programs:\n\t- id: a\n");
        j("json syntax", "{\"programs\": [ {\"id\": \"a\",, } ]}");
        j("json eof", "{\"programs\": [ {\"id\": \"a\"}\n");
        j("json bad token", "{\"programs\": abc}");
        y("empty", "");
        y("comments", "# nothing\n# here\n");
        y("doc only", "---\n");
        j("json empty", "  \n");
        j("json null", "null");
        y("scalar root", "hello");
        y("list root", "- a\n- b\n");
        y("unknown", BASE + "    stpe2: {score: 1}\n");
        y("unknown root", "titel: x\n" + BASE);
        y("unknown far", BASE + "    zzzzzzz: 1\n");
        y("abc int", BASE.replace("score: 244", "score: abc"));
        y("quoted int", BASE.replace("score: 244", "score: \"244\""));
        y("float int", BASE.replace("score: 244", "score: 244.5"));
        y("bool int", BASE.replace("score: 244", "score: true"));
        y("huge int", BASE.replace("score: 244", "score: 99999999999"));
        y("empty str int", BASE.replace("score: 244", "score: ''"));
        y("list for map", BASE.replace("score: 244", "score: [1]"));
        y("step2 list", BASE.replace("step2:\n      score: 244", "step2: [1, 2]"));
        y("map for list", BASE.replace("applicants:", "applicantz: 1\napplicants:"));
        y("applicants map", "programs:\n  - id: p\napplicants: {a: 1}\n");
        y("string for list", BASE + "    localTies: prog-1\n");
        y("map for string", BASE + "    name: {a: 1}\n");
        y("yes bool", BASE + "    step2x: 1\n");
        y("taken yes", BASE.replace("score: 244", "score: 244\n      taken: yes"));
        y("taken 1", BASE.replace("score: 244", "score: 244\n      taken: 1"));
        y("taken 'true'", BASE.replace("score: 244", "score: 244\n      taken: 'true'"));
        y("enum ok", BASE + "    visa: J-1\n    usce:\n      - kind: Sub I\n        weeks: 4\n");
        y("enum bad", BASE + "    visa: j2\n");
        y("enum far", BASE + "    visa: zzzz\n");
        y("enum map", BASE + "    visa: {a: 1}\n");
        y("visa key", BASE.replace("  - id: prog-1", "  - id: prog-1\n    visas:\n      J-1: {budget: 1}\n      h1b: {budget: 2}"));
        y("visa key bad", BASE.replace("  - id: prog-1", "  - id: prog-1\n    visas:\n      j2: {budget: 1}"));
        y("visa neg", BASE.replace("  - id: prog-1", "  - id: prog-1\n    visas:\n      J-1: {budget: -1}"));
        y("null elem", BASE + "    localTies:\n      -\n");
        y("null applicant", BASE + "  -\n");
        y("dup key", BASE + "    school: uni-a\n");
        j("dup key json", "{\"programs\": [{\"id\": \"a\", \"id\": \"b\"}]}");
        y("two docs", BASE + "---\na: 1\n");
        j("trailing json", "{\"programs\": []} {}");
        y("us field", BASE.replace("  - id: uni-a", "  - id: uni-a\n    us: true"));
        y("order field", BASE + "expectations:\n  - order: true\n");
        y("interview scalar", BASE + "    interview: strong\n");
        y("interview ok", BASE + "    interview: {communication: strong}\n");
    }
}
