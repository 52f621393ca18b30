package org.newsatlas.article.ingest;

import java.util.ArrayList;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsatlas.article.PassageKind;
import org.springframework.stereotype.Component;

// TEMPORARY STUB (not to be committed): replaced by the ingest helper's cleaner
@Component
public class ArticleCleaner {
    public CleanedArticle clean(String text) {
        var list = new ArrayList<PassageSpan>();
        Matcher m = Pattern.compile("[^\\n]+").matcher(text);
        while (m.find()) {
            if (!m.group().isBlank()) list.add(new PassageSpan(list.size(), m.start(), m.end(), PassageKind.BODY, "stub"));
        }
        return new CleanedArticle(text, list, Optional.empty());
    }
}
