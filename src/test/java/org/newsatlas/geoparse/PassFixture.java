package org.newsatlas.geoparse;

import java.util.ArrayList;
import java.util.List;
import org.newsatlas.gazetteer.FixtureGazetteer;
import org.newsatlas.gazetteer.Gazetteer;

/** Builds {@link DocumentScores} for pass tests: every gazetteer match of each given name, in one passage. */
final class PassFixture {

    static final Gazetteer GAZETTEER = FixtureGazetteer.get();

    private PassFixture() {
    }

    /** Mentions of {@code names} at their first occurrence in {@code text}. */
    static DocumentScores scores(String text, String... names) {
        List<Mention> mentions = new ArrayList<>();
        for (String name : names) {
            int start = text.indexOf(name);
            mentions.add(new Mention(name, start, start + name.length(), 0, false, GAZETTEER.lookup(name), false));
        }
        return new DocumentScores(List.of(text), mentions);
    }

    static int candidate(DocumentScores scores, int m, String id) {
        for (int c = 0; c < scores.candidates(m).size(); c++) {
            if (scores.candidates(m).get(c).place().id().equals(id)) {
                return c;
            }
        }
        throw new AssertionError(id + " is not a candidate of " + scores.mention(m).surface());
    }

    static String leaderId(DocumentScores scores, int m) {
        return scores.leaderPlace(m).id();
    }
}
