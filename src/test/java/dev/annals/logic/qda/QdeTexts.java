package dev.annals.logic.qda;

/** Small project.qde texts for tests, with one code "k" named Kinh tế. */
final class QdeTexts {

    private QdeTexts() {
    }

    static String project(String sources) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"t\">"
                + "<CodeBook><Codes><Code guid=\"k\" name=\"Kinh tế\" isCodable=\"true\"/></Codes></CodeBook>"
                + "<Sources>" + sources + "</Sources></Project>";
    }
}
