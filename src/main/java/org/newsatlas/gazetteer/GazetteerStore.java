package org.newsatlas.gazetteer;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.newsatlas.geodata.Geodata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.DependsOn;
import org.springframework.stereotype.Service;

/**
 * Loads the gazetteer at start-up and keeps its copy in the database (gazetteer_place, gazetteer_name: H2's file of
 * its own, or PostgreSQL's schema gazetteer, {@link GazetteerDatabase}) in step with geodata/.
 *
 * <p>The in-memory index is always built from the geodata files, not from H2: the files are the source the
 * copy is made from (so the two cannot disagree); parsing them is about two seconds, whereas H2 writes the
 * ~200k places and ~500k names with their spatial and name indexes in tens of seconds on a busy 2-CPU machine,
 * and reading them back through JDBC would not beat the files either; and the {@code geoparse} command works
 * from the same code path without any database.
 *
 * <p>H2 is written only when the geodata's {@link GazetteerFingerprint} differs from the stored one (first
 * start, or geodata changed), on one low-priority background thread, so start-up is not held up; a restart
 * with the same geodata costs one fingerprint (tens of ms) and one query. {@link #stored()} completes when the
 * copy is current. Stopping the app during an import abandons it; the next start redoes it.
 */
@Service
@DependsOn("storeShutdown") // its copy stops (PreDestroy) before the store closes
public class GazetteerStore {

    private static final Logger LOG = LoggerFactory.getLogger(GazetteerStore.class);
    private final GazetteerRepository repository;
    private final boolean enabled;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final CompletableFuture<Optional<GazetteerRepository.StoredVersion>> stored = new CompletableFuture<>();
    private Thread importer;

    public GazetteerStore(GazetteerRepository repository,
                          @Value("${newsatlas.gazetteer.store:true}") boolean enabled) {
        this.repository = repository;
        this.enabled = enabled;
    }

    public InMemoryGazetteer load(Geodata geodata) throws IOException {
        long started = System.nanoTime();
        InMemoryGazetteer gazetteer = new GeodataGazetteerLoader(geodata).load();
        LOG.info("Gazetteer loaded in {} ms ({} places)", millisSince(started), gazetteer.size());
        if (!enabled) {
            stored.complete(Optional.empty());
            return gazetteer;
        }
        long checking = System.nanoTime();
        String fingerprint = GazetteerFingerprint.of(geodata);
        Optional<GazetteerRepository.StoredVersion> version = repository.version();
        if (version.isPresent() && version.get().fingerprint().equals(fingerprint)) {
            LOG.info("Gazetteer copy in the database is current (stored {}; checked in {} ms)", version.get().importedAt(),
                    millisSince(checking));
            stored.complete(version);
        } else {
            importer = new Thread(() -> storeCopy(geodata, fingerprint), "gazetteer-copy");
            importer.setDaemon(true);
            importer.setPriority(Thread.MIN_PRIORITY);
            importer.start();
        }
        return gazetteer;
    }

    /** Completes with the stored version once H2 holds this geodata's gazetteer (empty if storing is off). */
    public CompletableFuture<Optional<GazetteerRepository.StoredVersion>> stored() {
        return stored;
    }

    /**
     * Ids of places with a name starting with these words ("ushu" finds Ushuaia), most populous first, from the
     * stored copy; empty while the copy is being written or when storing is off (exact names still work through
     * the in-memory index).
     */
    public List<String> idsByNamePrefix(String name, int limit) {
        boolean current = stored.isDone() && !stored.isCompletedExceptionally() && stored.join().isPresent();
        return current && name.strip().length() >= 3 ? repository.placeIdsByNamePrefix(name, limit) : List.of();
    }

    private void storeCopy(Geodata geodata, String fingerprint) {
        long started = System.nanoTime();
        Optional<GazetteerTableWriter> replacing;
        try {
            replacing = repository.replace(fingerprint, stopping::get);
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Storing the gazetteer in the database failed (the app works without it): {}", e.toString());
            stored.completeExceptionally(e);
            return;
        }
        if (replacing.isEmpty()) {
            LOG.info("Gazetteer in the database was written meanwhile by another instance");
            stored.complete(repository.version());
            return;
        }
        try (GazetteerTableWriter writer = replacing.get()) {
            new GeodataGazetteerLoader(geodata).copyTo(writer);
            writer.finish(fingerprint, millisSince(started));
            LOG.info("Gazetteer copy stored in the database in {} ms ({} places, {} names)", millisSince(started),
                    writer.placeCount(), writer.nameCount());
            stored.complete(repository.version());
        } catch (GazetteerTableWriter.Abandoned e) {
            LOG.info("Gazetteer copy abandoned at shutdown; the next start redoes it");
            stored.completeExceptionally(e);
        } catch (IOException | SQLException | RuntimeException e) {
            LOG.warn("Storing the gazetteer in the database failed (the app works without it): {}", e.toString());
            stored.completeExceptionally(e);
        }
    }

    /** Called by Spring before the DataSource closes: an import in progress stops at its next batch. */
    @jakarta.annotation.PreDestroy
    void stop() throws InterruptedException {
        stopping.set(true);
        if (importer != null) {
            importer.join(TimeUnit.SECONDS.toMillis(30));
        }
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
