package org.newsatlas.store;

import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The transaction manager of the H2 store (in place of Spring Boot's): see {@link DurableTransactionManager}; and the
 * store's recovery after an unclean stop, {@link StoreRecovery}.
 */
@Configuration(proxyBeanMethods = false)
public class StoreConfiguration {

    /** Runs before the pool opens the store: see {@link StoreRecovery}. Static: a post-processor comes first. */
    @Bean
    public static StoreRecovery storeRecovery() {
        return new StoreRecovery();
    }

    @Bean
    public PlatformTransactionManager transactionManager(DataSource dataSource, StoreWriteLock writeLock,
            @Value("${newsatlas.store.force-to-disk}") boolean forceToDisk) {
        return new DurableTransactionManager(dataSource, writeLock, forceToDisk);
    }
}
