package org.newsatlas.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.newsatlas.Application;
import org.newsatlas.store.StoredGeometry;
import org.newsatlas.support.PostgresTestStore;
import org.newsatlas.support.TempDataDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The whole gazetteer is stored in its own H2 file on the first start and left alone on a restart with the same
 * geodata.
 */
class GazetteerStoreIT {

    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

    @Test
    void the_first_start_stores_every_place_and_a_restart_with_the_same_geodata_rewrites_nothing() {
        Path data = TempDataDir.create("gazetteer");
        Map<String, Object> first;
        try (ConfigurableApplicationContext app = start(data)) {
            awaitStored(app);
            JdbcClient jdbc = JdbcClient.create(app.getBean(GazetteerDatabase.class).dataSource());
            int loaded = app.getBean(Gazetteer.class).size();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM gazetteer_place").query(Integer.class).single())
                    .isEqualTo(loaded);
            assertThat(jdbc.sql("SELECT place_count FROM gazetteer_version").query(Integer.class).single())
                    .isEqualTo(loaded);
            first = versionAndRowIds(jdbc);
        }
        try (ConfigurableApplicationContext app = start(data)) {
            assertThat(app.getBean(GazetteerStore.class).stored()).isCompleted();
            assertThat(versionAndRowIds(JdbcClient.create(app.getBean(GazetteerDatabase.class).dataSource()))).isEqualTo(first);
        }
    }

    @Test
    void a_name_and_a_point_find_the_stored_city_by_sql() {
        try (ConfigurableApplicationContext app = start(TempDataDir.create("gazetteer-sql"))) {
            awaitStored(app);
            JdbcClient jdbc = JdbcClient.create(app.getBean(GazetteerDatabase.class).dataSource());
            List<String> byName = jdbc.sql("""
                    SELECT p.country_code || ' ' || p.feature_code FROM gazetteer_name n
                    JOIN gazetteer_place p ON p.id = n.place_id
                    WHERE n.name_key = ? AND p.kind = 'city' ORDER BY p.population DESC""")
                    .param(NameKey.normalize("Zabaykal'sk")).query(String.class).list();
            assertThat(byName).first().asString().startsWith("RU ");

            Polygon nearKabul = (Polygon) WGS84.toGeometry(new Envelope(69.0, 69.4, 34.4, 34.7));
            List<String> nearby = jdbc.sql("""
                    SELECT name FROM gazetteer_place WHERE geom && CAST(? AS GEOMETRY) AND kind = 'city'
                    ORDER BY population DESC LIMIT 3""")
                    .param(StoredGeometry.parameter(nearKabul)).query(String.class).list();
            assertThat(nearby).first().isEqualTo("Kabul");
            if (PostgresTestStore.active()) {
                // PostGIS types: SQL users have its functions over the copy
                assertThat(jdbc.sql("""
                        SELECT name FROM gazetteer_place WHERE kind = 'city'
                        AND ST_DWithin(CAST(geom AS geography), CAST(ST_MakePoint(69.17, 34.53) AS geography), 20000)
                        ORDER BY population DESC LIMIT 1""").query(String.class).single()).isEqualTo("Kabul");
            }
        }
    }

    @Test
    void the_start_of_a_name_finds_places_by_their_own_name_first_most_populous_first() {
        try (ConfigurableApplicationContext app = start(TempDataDir.create("gazetteer-prefix"))) {
            awaitStored(app);
            GazetteerStore store = app.getBean(GazetteerStore.class);
            Gazetteer gazetteer = app.getBean(Gazetteer.class);

            List<String> ushu = store.idsByNamePrefix("Ushu", 10);
            assertThat(ushu).extracting(id -> gazetteer.byId(id).orElseThrow().name()).contains("Ushuaia");
            List<Place> kab = store.idsByNamePrefix("Kab", 5).stream().map(id -> gazetteer.byId(id).orElseThrow())
                    .toList();
            assertThat(kab).extracting(Place::name).first().isEqualTo("Kabul");
            assertThat(kab).extracting(Place::name).allMatch(name -> NameKey.normalize(name).startsWith("kab"));
            assertThat(kab).extracting(Place::population).isSortedAccordingTo(java.util.Comparator.reverseOrder());
            assertThat(store.idsByNamePrefix("Ka", 5)).as("two letters are too few to search").isEmpty();
            assertThat(store.idsByNamePrefix("Zzqx%", 5)).isEmpty();
        }
    }

    private static void awaitStored(ConfigurableApplicationContext app) {
        assertThat(app.getBean(GazetteerStore.class).stored()).succeedsWithin(Duration.ofMinutes(5))
                .satisfies(version -> assertThat(version).isPresent());
    }

    /** The version row and what says whether the rows were written again (H2's row ids; PostgreSQL's writers). */
    private static Map<String, Object> versionAndRowIds(JdbcClient jdbc) {
        String row = PostgresTestStore.active() ? "CAST(CAST(xmin AS TEXT) AS BIGINT)" : "_ROWID_";
        return jdbc.sql("""
                SELECT v.fingerprint, v.imported_at, v.name_count,
                       (SELECT MAX(%1$s) FROM gazetteer_place) AS max_place_row,
                       (SELECT MAX(%1$s) FROM gazetteer_name) AS max_name_row
                FROM gazetteer_version v""".formatted(row)).query().singleRow();
    }

    private static ConfigurableApplicationContext start(Path data) {
        return new SpringApplicationBuilder(Application.class)
                .run("--newsatlas.data-dir=" + data, "--server.port=0", "--newsatlas.seed.enabled=false",
                        "--newsatlas.gazetteer.store=true");
    }
}
