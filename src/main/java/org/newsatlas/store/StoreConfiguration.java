package org.newsatlas.store;

import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The store's dialect ({@link StoreDialect}); its transaction manager (in place of Spring Boot's): see {@link DurableTransactionManager}; and the
 * store's recovery after an unclean stop, {@link StoreRecovery}.
 */
@Configuration(proxyBeanMethods = false)
public class StoreConfiguration {

    /** Runs before the pool opens the store: see {@link StoreRecovery}. Static: a post-processor comes first. */
    @Bean
    public static StoreRecovery storeRecovery() {
        return new StoreRecovery();
    }

    /** H2 or PostgreSQL, from the store's JDBC URL ({@code NEWSATLAS_DB_URL}, or the H2 file in the data folder). */
    @Bean
    public StoreDialect storeDialect(@Value("${spring.datasource.url}") String url) {
        return StoreDialect.of(url);
    }

    @Bean
    public PlatformTransactionManager transactionManager(DataSource dataSource, StoreWriteLock writeLock,
            StoreDialect dialect, @Value("${newsatlas.store.force-to-disk}") boolean forceToDisk) {
        return new DurableTransactionManager(dataSource, writeLock, dialect, forceToDisk);
    }
}
