package org.newsatlas.search;

import org.newsatlas.store.StoreDialect;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The article index of the store's database: Lucene beside H2, the database's own words on PostgreSQL. */
@Configuration(proxyBeanMethods = false)
public class SearchConfiguration {

    @Bean
    public ArticleIndex articleIndex(StoreDialect dialect, @Value("${newsatlas.data-dir}") String dataDir,
                                     JdbcClient jdbc) {
        return dialect.isPostgres() ? new PostgresArticleIndex(jdbc) : new LuceneArticleIndex(dataDir);
    }
}
