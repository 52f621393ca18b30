package org.newsatlas.article.ingest;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a web page says about its article: headline, outlet, author, publication date. Each comes from the
 * first source that has it: JSON-LD (NewsArticle and kin), Open Graph / article: meta, other meta names,
 * and finally the page's {@code <title>}, first {@code <h1>} or first {@code <time datetime>}.
 */
record PageMetadata(String title, String outlet, String author, LocalDate published) {

    private static final Pattern ISO_DATE = Pattern.compile("^\\s*(\\d{4})-(\\d{2})-(\\d{2})");

    static PageMetadata of(Document page) {
        JsonLdArticle ld = JsonLdArticle.find(page);
        String outlet = first(meta(page, "meta[property=og:site_name]"), ld.publisher(),
                meta(page, "meta[name=application-name]"));
        String title = first(ld.headline(), meta(page, "meta[property=og:title]"),
                meta(page, "meta[name=twitter:title]"), titleElement(page, outlet), text(page.selectFirst("h1")));
        String author = first(ld.author(), meta(page, "meta[name=author]"),
                meta(page, "meta[property=article:author]").filter(a -> !a.startsWith("http")));
        LocalDate published = Stream.of(meta(page, "meta[property=article:published_time]"), ld.datePublished(),
                        meta(page, "meta[name=date]"), meta(page, "meta[name=pubdate]"),
                        meta(page, "meta[name=publishdate]"), meta(page, "meta[itemprop=datePublished]"),
                        meta(page, "meta[name=dc.date.issued]"), meta(page, "meta[name=dc.date]"),
                        Optional.ofNullable(page.selectFirst("time[datetime]")).map(t -> t.attr("datetime")))
                .flatMap(Optional::stream).map(PageMetadata::isoDate).flatMap(Optional::stream)
                .findFirst().orElse(null);
        return new PageMetadata(title, outlet, author, published);
    }

    /** The calendar date as the page wrote it (2021-07-29T23:30:00-04:00 is 29 July, the publisher's day). */
    static Optional<LocalDate> isoDate(String value) {
        Matcher matcher = ISO_DATE.matcher(value);
        if (!matcher.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                    Integer.parseInt(matcher.group(3))));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> meta(Document page, String selector) {
        return Optional.ofNullable(page.selectFirst(selector)).map(e -> e.attr("content").strip())
                .filter(s -> !s.isEmpty());
    }

    /** "Headline | Outlet" becomes "Headline" when the outlet is known. */
    private static Optional<String> titleElement(Document page, String outlet) {
        String title = page.title().strip();
        if (outlet != null) {
            for (String separator : new String[] {" | ", " - ", " – ", " — ", " :: "}) {
                if (title.toLowerCase(Locale.ROOT).endsWith((separator + outlet).toLowerCase(Locale.ROOT))) {
                    title = title.substring(0, title.length() - separator.length() - outlet.length()).strip();
                }
            }
        }
        return Optional.of(title).filter(s -> !s.isEmpty());
    }

    private static Optional<String> text(Element element) {
        return Optional.ofNullable(element).map(Element::text).map(String::strip).filter(s -> !s.isEmpty());
    }

    @SafeVarargs
    private static String first(Optional<String>... candidates) {
        return Stream.of(candidates).flatMap(Optional::stream).filter(Objects::nonNull).findFirst().orElse(null);
    }
}
