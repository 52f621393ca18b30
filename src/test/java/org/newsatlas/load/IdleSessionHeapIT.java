package org.newsatlas.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.SpringVaadinSession;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsatlas.ui.map.MapView;
import org.newsatlas.support.PackagedJar;
import org.newsatlas.support.TempDataDir;

/**
 * Heap per idle session with the map open, over the seed corpus: the packaged jar (production mode, as users run
 * it) in its own JVM, {@value #SESSIONS} headless Chromium sessions on the map screen (override with
 * {@code -Dnewsatlas.heap-sessions=N}), live heap read with {@code jcmd PID GC.class_histogram} (a full GC first)
 * before and after they are opened ({@link IdleSessionHeap}). Prints a table: the growth per session and the classes
 * that grew most. {@code -Dnewsatlas.jar=path} measures another build of the jar (e.g. before a change).
 * <p>
 * Memory targets are reported, not asserted (a heap figure moves with the JVM, the corpus and the GC): the test
 * asserts that the sessions were really there when the heap was read (one more Vaadin session and one more map
 * view each), and that their Vaadin state costs something. The total moves with shared caches (H2's page cache
 * fills as sessions read), so the table also gives the growth by the classes' origin. The target (under 1 MB per idle session) is read from the
 * printed table.
 */
class IdleSessionHeapIT {

    private static final int SESSIONS = 20;
    private static final int WARM_UP = 2;

    @Test
    void each_idle_session_with_the_map_open_is_measured_and_printed() throws Exception {
        int sessions = Integer.getInteger("newsatlas.heap-sessions", SESSIONS);
        Path data = TempDataDir.create("idle-heap");
        Path jar = Path.of(System.getProperty("newsatlas.jar", PackagedJar.jar().toString()));
        try (PackagedApp app = PackagedApp.start(jar, data, Path.of("target", "idle-session-heap.log"),
                List.of("-Xmx512m"), List.of())) {
            // after the server answers, it imports the seed articles and (in the background) copies the gazetteer
            // into H2; the heap is read once both are over, else their garbage and buffers blur the figure
            app.awaitLogged("Seed corpus: ");
            app.awaitLogged("Gazetteer copy stored in the database", "Gazetteer copy in the database is current",
                    "Storing the gazetteer in the database failed");
            IdleSessionHeap.Result heap = new IdleSessionHeap(app.base(), WARM_UP, sessions, app::liveHeap).measure();
            System.out.println(heap.describe());

            assertThat(heap.instancesAdded(VaadinSession.class.getName())
                    + heap.instancesAdded(SpringVaadinSession.class.getName()))
                    .as("Vaadin sessions alive when the heap was read").isGreaterThanOrEqualTo(sessions);
            assertThat(heap.instancesAdded(MapView.class.getName()))
                    .as("map views alive when the heap was read").isGreaterThanOrEqualTo(sessions);
            assertThat(heap.bytesPerSession("com.vaadin.")).as("Vaadin's state per session").isPositive();
            assertThat(app.loggedErrors()).as("ERROR lines in the app's log").isEmpty();
        }
    }
}
