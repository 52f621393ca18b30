package org.newsatlas.geoparse;

import org.newsatlas.gazetteer.MatchType;

/** Rewards how well the surface matched: own name over alternate name over a loose spelling. */
public final class NameMatchPass implements ResolutionPass {

    @Override
    public String description() {
        return "A place's own name beats one of its alternate names, which beats a loose spelling match.";
    }

    @Override
    public void apply(DocumentScores scores) {
        for (int m = 0; m < scores.mentionCount(); m++) {
            for (int c = 0; c < scores.candidates(m).size(); c++) {
                MatchType type = scores.candidates(m).get(c).type();
                switch (type) {
                    case NAME -> scores.add(m, c, this, 1.0, "its own name");
                    case ALTERNATE_NAME -> scores.add(m, c, this, 0.6, "one of its alternate names");
                    case ASSOCIATIVE -> scores.add(m, c, this, 1.0, "its demonym or adjective");
                    case LOOSE -> scores.add(m, c, this, 0.2, "a loose spelling of one of its names");
                }
            }
        }
    }
}
