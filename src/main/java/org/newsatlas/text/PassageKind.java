package org.newsatlas.text;

/**
 * What a passage of an article is. Only {@link #BODY} (and, if wanted, the title parts) is
 * article content; every other kind is web boilerplate that is kept and marked, never geoparsed.
 */
public enum PassageKind {
    /** Paragraph of the article's own prose, including its sub-headings. */
    BODY(true),
    /** The article's title (and repetitions of it). */
    HEADLINE(true),
    /** Summary line under or above the headline. */
    STANDFIRST(true),
    /** Bylines, datelines, tag/topic lines, author bios, copyright lines. */
    METADATA(false),
    /** Comma-separated keyword line attached to a photo. */
    PHOTO_KEYWORDS(false),
    /** Photo caption, credit line, image alt text or file slug. */
    PHOTO_CAPTION(false),
    /** Subscription offers, newsletter blurbs, "Editor's pick", advertisement markers. */
    PROMO(false),
    /** Links to other stories: a "More in ..." / "Related" block and everything after it. */
    TEASER(false),
    /** Share buttons and "follow us" lines. */
    SHARE(false),
    /** Site navigation: breadcrumbs, "skip to content", menus. */
    NAVIGATION(false);

    private final boolean articleContent;

    PassageKind(boolean articleContent) {
        this.articleContent = articleContent;
    }

    /** True for the article's own text (body, headline, standfirst); false for boilerplate. */
    public boolean isArticleContent() {
        return articleContent;
    }

    /**
     * True for passages that may date and name the events they show: the article's own text, and photo captions
     * (the pictured event, e.g. an earlier exercise). Captions are dated and searched for exercise names but
     * never geoparsed: their places are not put on the map.
     */
    public boolean isDated() {
        return articleContent || this == PHOTO_CAPTION;
    }
}
