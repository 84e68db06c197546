package org.rankmeeting.studio;

/**
 * Where a page's links go: to the server's pages, or (in a self-contained report) to anchors in the same file.
 */
public interface Links {

    String heuristic(String id);

    String explanation(String scenario, String applicant, String program);

    /** Links to the studio's own pages. */
    Links SERVER = new Links() {
        @Override
        public String heuristic(String id) {
            return "/catalogue#" + id;
        }

        @Override
        public String explanation(String scenario, String applicant, String program) {
            return "/s/" + Html.url(scenario) + "/explain?applicant=" + Html.url(applicant) + "&program=" + Html.url(program);
        }
    };

    /** Links inside one self-contained HTML file. */
    Links INLINE = new Links() {
        @Override
        public String heuristic(String id) {
            return "#h-" + id;
        }

        @Override
        public String explanation(String scenario, String applicant, String program) {
            return "#x-" + program + "--" + applicant;
        }
    };
}
