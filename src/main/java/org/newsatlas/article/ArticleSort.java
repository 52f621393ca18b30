package org.newsatlas.article;

/** A column the article list can be sorted by; {@code ascending} false means newest/largest first. */
public record ArticleSort(Column column, boolean ascending) {

    public enum Column {
        PUBLISHED("a.published"), TITLE("LOWER(a.title)"), OUTLET("LOWER(a.outlet)"), PASSAGES("passages"),
        PLACES("places");

        final String sql;

        Column(String sql) {
            this.sql = sql;
        }
    }

    public static final ArticleSort NEWEST_FIRST = new ArticleSort(Column.PUBLISHED, false);

    String orderBy() {
        return column.sql + (ascending ? " ASC NULLS FIRST" : " DESC NULLS LAST") + ", a.id" + (ascending ? "" : " DESC");
    }
}
