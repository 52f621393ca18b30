package org.newsatlas.text;

import static org.newsatlas.text.BoilerplateCues.*;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The paragraph-level boilerplate rules, in the order they are tried (first match wins). */
final class BoilerplateRules {

    private static final Pattern SENTENCE_END = Pattern.compile("[.?!\u2026][\"'\u201D\u2019)]*\\s");
    private static final Pattern PARENTHESISED_CREDIT = Pattern.compile("\\(([^()]{2,60})\\)$");

    private BoilerplateRules() {
    }

    static List<LineRule> standard() {
        return List.of(
                new LineRule("icon-ligature-photo", PassageKind.PHOTO_CAPTION,
                        "starts with a leaked photo/camera icon name such as photo_camera", BoilerplateRules::photoIcon),
                new LineRule("icon-ligature", PassageKind.NAVIGATION,
                        "starts with another leaked snake_case icon name", s -> ICON_LIGATURE.matcher(s.text()).find()),
                new LineRule("teaser-heading", PassageKind.TEASER,
                        "short heading opening a block of other stories (More in ..., Related, Read more)",
                        s -> s.words() <= 6 && TEASER_HEADING.matcher(s.text()).matches()),
                new LineRule("teaser-link", PassageKind.TEASER,
                        "inline link to another story (Read more: ..., RELATED: ...)",
                        s -> s.words() <= 30 && TEASER_LINK.matcher(s.text()).matches()),
                new LineRule("advertisement-marker", PassageKind.PROMO,
                        "a line that only marks an advertisement slot", s -> ADVERT_MARKER.matcher(s.text()).matches()),
                new LineRule("promo-phrase", PassageKind.PROMO,
                        "short passage with a subscription/newsletter/editor's-pick phrase",
                        s -> s.words() <= 30 && PROMO_STRONG.matcher(s.text()).find()),
                new LineRule("promo-fragment", PassageKind.PROMO,
                        "short fragment or bullet naming newsletters, podcasts, subscriptions, apps",
                        s -> (s.bullet() || s.words() <= 8) && s.isFragment() && PROMO_WEAK.matcher(s.text()).find()),
                new LineRule("share-line", PassageKind.SHARE,
                        "short fragment of share buttons or follow-us links", BoilerplateRules::shareLine),
                new LineRule("navigation", PassageKind.NAVIGATION,
                        "breadcrumb trail or a navigation word such as Skip to content", BoilerplateRules::navigation),
                new LineRule("copyright", PassageKind.METADATA,
                        "copyright notice", s -> s.words() <= 40 && COPYRIGHT.matcher(s.text()).find()),
                new LineRule("credit-label", PassageKind.PHOTO_CAPTION,
                        "line labelled Image:/Photo:/Credit: or a File photo line",
                        s -> s.words() <= 60 && CREDIT_LABEL.matcher(s.text()).find()),
                new LineRule("metadata-label-pairs", PassageKind.METADATA,
                        "two or more 'Label: value' pairs run together (Topic: ... Region: ...)",
                        s -> s.labelPairs() >= 2 && s.words() <= 80),
                new LineRule("metadata-label", PassageKind.METADATA,
                        "a Tags:/Topic:/Published: line, or one label with camel-case run-together words",
                        BoilerplateRules::metadataLabel),
                new LineRule("dateline-only", PassageKind.METADATA,
                        "a line that is only a date or time stamp", s -> DATELINE_ONLY.matcher(s.text()).matches()),
                new LineRule("byline", PassageKind.METADATA,
                        "By <Name> line", s -> s.words() <= 12 && !s.endsSentence() && BYLINE.matcher(s.text()).find()),
                new LineRule("credits-footer", PassageKind.METADATA,
                        "Reporting by / Editing by / contributed reporting footer",
                        s -> s.words() <= 40 && CREDITS_FOOTER.matcher(s.text()).find()),
                new LineRule("author-bio", PassageKind.METADATA,
                        "one-sentence author bio: <Name> is a reporter/editor/...",
                        s -> s.words() <= 40 && AUTHOR_BIO.matcher(s.text()).matches()),
                new LineRule("photo-keywords", PassageKind.PHOTO_KEYWORDS,
                        "four or more short comma-separated keywords without sentence punctuation",
                        BoilerplateRules::keywordLine),
                new LineRule("photo-credit-tail", PassageKind.PHOTO_CAPTION,
                        "text ending in a photo credit (AFP/Getty Images, REUTERS/Name, (AP Photo))",
                        BoilerplateRules::endsWithCredit),
                new LineRule("image-slug", PassageKind.PHOTO_CAPTION,
                        "all-lower-case short fragment: an image file name or alt text",
                        BoilerplateRules::imageSlug));
    }

    private static boolean photoIcon(LineShape s) {
        Matcher m = ICON_LIGATURE.matcher(s.text());
        return m.find() && PHOTO_ICON.matcher(m.group()).find();
    }

    private static boolean shareLine(LineShape s) {
        if (!s.isFragment() || s.words() > 8) {
            return false;
        }
        return SHARE.matcher(s.text()).find() || SOCIAL_NETWORK.matcher(s.text()).results().count() >= 2;
    }

    private static boolean navigation(LineShape s) {
        if (!s.isFragment()) {
            return false;
        }
        long separators = BREADCRUMB_SEPARATOR.matcher(s.text()).results().count();
        return separators >= 2 || NAVIGATION_WORDS.matcher(s.text()).matches();
    }

    private static boolean metadataLabel(LineShape s) {
        boolean labelled = METADATA_LABEL.matcher(s.text()).find() && (!s.endsSentence() || s.words() <= 12);
        boolean runTogether = s.labelPairs() >= 1 && s.camelRunTogethers() >= 1 && !s.endsSentence();
        return s.words() <= 80 && (labelled || runTogether);
    }

    private static boolean keywordLine(LineShape s) {
        if (s.endsSentence() || s.commaItems().size() < 4 || s.words() > 24) {
            return false;
        }
        return s.commaItems().stream().allMatch(item -> !item.isEmpty() && item.split("\\s+").length <= 3);
    }

    /** The passage's last words after its last sentence form a credit, or it ends with "(credit)". */
    private static boolean endsWithCredit(LineShape s) {
        if (s.words() > 120) {
            return false;
        }
        Matcher paren = PARENTHESISED_CREDIT.matcher(s.text());
        if (paren.find() && isCredit(paren.group(1))) {
            return true;
        }
        String tail = tailAfterLastSentence(s.text());
        return !tail.isEmpty() && !tail.equals(s.text()) && !LineShape.of(tail).endsSentence()
                && tail.split("\\s+").length <= 10 && isCredit(tail);
    }

    private static boolean isCredit(String text) {
        return CREDIT_WORDS.matcher(text).find() || SLASHED_NAMES.matcher(text).find();
    }

    private static String tailAfterLastSentence(String text) {
        Matcher m = SENTENCE_END.matcher(text);
        int end = 0;
        while (m.find()) {
            end = m.end();
        }
        return text.substring(end).strip();
    }

    private static boolean imageSlug(LineShape s) {
        return s.hasLetters() && !s.hasUpperCase() && s.words() <= 8 && !s.endsSentence()
                && s.text().chars().allMatch(c -> Character.isLetterOrDigit(c) || c == ' ' || c == '-' || c == '_');
    }
}
