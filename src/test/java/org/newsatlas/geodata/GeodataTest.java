package org.newsatlas.geodata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.referencing.cs.AxisDirection;
import org.geotools.data.simple.SimpleFeatureCollection;
import org.geotools.data.simple.SimpleFeatureIterator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.locate.SimplePointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/** Reads the committed geodata/ files from the classpath, as the app does. */
class GeodataTest {

    private static final Geodata GEODATA = Geodata.fromClasspath();
    private static List<SimpleFeature> countries;
    private static Map<String, SimpleFeature> bordersById;
    private static List<GazetteerRow> gazetteer;

    @BeforeAll
    static void load() throws IOException {
        countries = list(GEODATA.countries());
        bordersById = list(GEODATA.borders()).stream()
                .collect(Collectors.toMap(f -> (String) f.getAttribute("id"), Function.identity()));
        try (Stream<GazetteerRow> rows = GEODATA.gazetteer()) {
            gazetteer = rows.toList();
        }
    }

    @Test
    void russia_has_geonames_representative_point_rather_than_a_polygon_centroid() throws IOException {
        CountryNameRow russia = GEODATA.countryNames().stream().filter(r -> r.isoA2().equals("RU")).findFirst()
                .orElseThrow();
        assertThat(russia.latitude()).isEqualTo(60.0);
        assertThat(russia.longitude()).isEqualTo(100.0);
    }

    @Test
    void there_are_about_240_countries_and_nearly_all_have_an_iso_code() {
        assertThat(countries).hasSizeBetween(230, 260);
        long withIso = countries.stream().filter(f -> f.getAttribute("iso_a2") != null).count();
        assertThat(withIso).isGreaterThan(countries.size() - 10);
        assertThat(countries).allSatisfy(f -> assertThat((Geometry) f.getDefaultGeometry()).isNotNull());
        assertThat(countries).extracting(f -> f.getAttribute("code")).doesNotHaveDuplicates()
                .contains("CN", "RU", "AF", "TJ", "XK");
    }

    @Test
    void china_russia_and_the_afghan_central_asian_borders_are_features_with_plausible_lengths() {
        assertThat(bordersById).containsKeys("CN-RU", "AF-TJ", "AF-UZ", "AF-TM", "KZ-RU");
        assertThat(lengthKm("CN-RU")).isBetween(3000.0, 4800.0);
        assertThat(lengthKm("AF-TJ")).isBetween(1000.0, 1500.0);
        assertThat(lengthKm("AF-UZ")).isBetween(100.0, 200.0);
        assertThat(lengthKm("AF-TM")).isBetween(600.0, 900.0);
        assertThat(lengthKm("KZ-RU")).isBetween(6000.0, 8000.0);
        SimpleFeature cnRu = bordersById.get("CN-RU");
        assertThat(cnRu.getAttribute("name")).isEqualTo("China–Russia border");
        assertThat(List.of(cnRu.getAttribute("a"), cnRu.getAttribute("b"))).containsExactly("CN", "RU");
    }

    @Test
    void borders_run_along_both_countries() {
        Geometry china = country("CN");
        Geometry russia = country("RU");
        Geometry border = (Geometry) bordersById.get("CN-RU").getDefaultGeometry();
        assertThat(border.distance(china)).isLessThan(0.01);
        assertThat(border.distance(russia)).isLessThan(0.01);
        assertThat(border.distance(country("BR"))).isGreaterThan(50);
    }

    @Test
    void capitals_include_kabul_dushanbe_beijing_and_moscow() throws IOException {
        List<SimpleFeature> capitals = list(GEODATA.capitals()).stream()
                .filter(f -> "capital".equals(f.getAttribute("role"))).toList();
        assertThat(capitals).hasSizeBetween(190, 250);
        Map<Object, Object> capitalOf = capitals.stream()
                .collect(Collectors.toMap(f -> f.getAttribute("iso_a2"), f -> f.getAttribute("name")));
        assertThat(capitalOf).containsEntry("AF", "Kabul").containsEntry("TJ", "Dushanbe")
                .containsEntry("CN", "Beijing").containsEntry("RU", "Moscow");
    }

    @Test
    void coordinates_are_longitude_first() throws IOException {
        SimpleFeature kabul = list(GEODATA.capitals()).stream()
                .filter(f -> "Kabul".equals(f.getAttribute("name"))).findFirst().orElseThrow();
        Point p = (Point) kabul.getDefaultGeometry();
        assertThat(p.getX()).isBetween(69.0, 69.3);
        assertThat(p.getY()).isBetween(34.4, 34.6);
        assertThat(kabul.getFeatureType().getCoordinateReferenceSystem().getCoordinateSystem()
                .getAxis(0).getDirection()).isEqualTo(AxisDirection.EAST);
        assertThat(country("AF").contains(p)).isTrue();
    }

    @Test
    void all_gazetteer_rows_parse_and_zabaykalsk_is_there() {
        assertThat(gazetteer).hasSizeGreaterThan(190_000);
        assertThat(gazetteer).filteredOn(r -> r.geonameId() == 2012780).singleElement()
                .satisfies(r -> {
                    assertThat(r.asciiName()).isEqualTo("Zabaykal'sk");
                    assertThat(r.countryCode()).isEqualTo("RU");
                    assertThat(r.alternateNames()).contains("Otpor", "Zabajkalsk").noneMatch(n -> n.startsWith("Забай"));
                });
    }

    @Test
    void fayzabad_in_badakhshan_and_the_indian_faizabad_are_both_in_the_gazetteer() throws IOException {
        GazetteerRow afghan = gazetteer.stream()
                .filter(r -> r.name().equals("Fayzabad") && r.countryCode().equals("AF")).findFirst().orElseThrow();
        assertThat(afghan.featureCode()).isEqualTo("PPLA");
        assertThat(admin1Name(afghan.admin1Key())).isEqualTo("Badakhshan");
        assertThat(gazetteer).filteredOn(r -> r.countryCode().equals("IN") && r.alternateNames().contains("Faizabad"))
                .singleElement().satisfies(r -> assertThat(r.population()).isGreaterThan(100_000));
    }

    @Test
    void curated_file_names_qingtongxia_the_yellow_river_and_central_asia() throws IOException {
        Map<Object, SimpleFeature> byName = list(GEODATA.curated()).stream()
                .collect(Collectors.toMap(f -> f.getAttribute("name"), Function.identity()));
        assertThat(byName).containsKeys("Qingtongxia", "Yellow River", "Central Asia", "Siberia");
        assertThat(byName.values()).allSatisfy(f -> assertThat((String) f.getAttribute("reason")).isNotBlank());
        Geometry river = (Geometry) byName.get("Yellow River").getDefaultGeometry();
        assertThat(river.intersects(country("CN"))).isTrue();
        assertThat(inAMember(byName.get("Central Asia"))).isTrue();
    }

    /**
     * Regions come from UN M49 (with the short forms news uses), a few country groupings and a stated definition;
     * a name a country or continent has is never a region's, and a region's point is in the middle of its members
     * even where one member outweighs the rest (Russia in Eastern Europe).
     */
    @Test
    void regions_are_named_as_news_names_them_and_placed_among_their_members() throws IOException {
        Map<Object, SimpleFeature> byName = list(GEODATA.curated()).stream()
                .filter(f -> "region".equals(f.getAttribute("kind")))
                .collect(Collectors.toMap(f -> f.getAttribute("name"), Function.identity()));
        assertThat(byName).containsKeys("Eastern Africa", "South-eastern Asia", "Caribbean", "Asia-Pacific", "Sahel",
                "Balkans", "Middle East", "South Caucasus", "Latin America").doesNotContainKeys("South America",
                "Micronesia");
        assertThat((String) byName.get("South-eastern Asia").getAttribute("alternatenames"))
                .contains("Southeast Asia");
        assertThat((String) byName.get("Eastern Africa").getAttribute("alternatenames")).isEqualTo("East Africa");
        // "Southern Africa" does not take South Africa's name, nor "Northern America" the continent's
        assertThat(byName.values()).allSatisfy(f -> assertThat(((String) f.getAttribute("alternatenames"))
                .split("\\|")).doesNotContain("South Africa", "North America"));
        assertThat((String) byName.get("Sahel").getAttribute("source")).contains("UNISS");
        assertThat(inAMember(byName.get("Eastern Europe"))).isTrue();
        assertThat(((Geometry) byName.get("Eastern Europe").getDefaultGeometry()).getCoordinate().x).isLessThan(40);
        Geometry asiaPacific = (Geometry) byName.get("Asia-Pacific").getDefaultGeometry();
        assertThat(asiaPacific.getCoordinate().x).isBetween(90.0, 150.0);
        for (SimpleFeature region : byName.values()) {
            if ("countries".equals(region.getAttribute("member_layer"))) {
                Envelope box = new Envelope();
                members(region).forEach(m -> box.expandToInclude(m.getEnvelopeInternal()));
                box.expandBy(1);
                assertThat(box.contains(((Geometry) region.getDefaultGeometry()).getCoordinate()))
                        .as("%s lies among its members", region.getAttribute("name")).isTrue();
            }
        }
    }

    private static List<Geometry> members(SimpleFeature region) {
        return Arrays.stream(((String) region.getAttribute("members")).split(",")).map(GeodataTest::country).toList();
    }

    private static boolean inAMember(SimpleFeature region) {
        Coordinate point = ((Geometry) region.getDefaultGeometry()).getCoordinate();
        return members(region).stream().anyMatch(m -> SimplePointInAreaLocator.isContained(point, m));
    }

    @Test
    void admin1_polygons_cover_the_detail_countries_and_name_ningxia() throws IOException {
        List<SimpleFeature> polygons = list(GEODATA.admin1Polygons());
        assertThat(polygons).extracting(f -> f.getAttribute("iso_a2")).contains("CN", "RU", "AF", "TJ", "KZ");
        assertThat(admin1Name("CN.21")).isEqualTo("Ningxia");
        assertThat(polygons).anySatisfy(f -> assertThat(f.getAttribute("geonames_code")).isEqualTo("CN.21"));
    }

    /**
     * Natural Earth gave French departments their number as a GeoNames code (Aude "FR.11", the department "Paris"
     * "FR.75") where GeoNames' French admin-1 are regions (FR.11 Ile-de-France, FR.75 Nouvelle-Aquitaine): Paris
     * was labelled "Aude" and Bordeaux "Paris". A unit keeps a code only where GeoNames' cities with it are.
     */
    @Test
    void an_admin1_units_geonames_code_is_where_geonames_puts_the_cities_with_that_code() throws IOException {
        List<Admin1Row> units;
        try (Stream<Admin1Row> rows = GEODATA.admin1()) {
            units = rows.toList();
        }
        assertThat(units).filteredOn(u -> u.iso3166_2().equals("FR-11")).singleElement()
                .satisfies(aude -> assertThat(aude.geonamesCode()).isEmpty());
        assertThat(units).filteredOn(u -> u.iso3166_2().equals("FR-75")).singleElement()
                .satisfies(paris -> assertThat(paris.geonamesCode()).isEmpty());
        GazetteerRow paris = gazetteer.stream().filter(r -> r.geonameId() == 2988507).findFirst().orElseThrow();
        GazetteerRow bordeaux = gazetteer.stream().filter(r -> r.geonameId() == 3031582).findFirst().orElseThrow();
        assertThat(units).noneMatch(u -> u.geonamesCode().equals(paris.admin1Key())
                || u.geonamesCode().equals(bordeaux.admin1Key()));
        // codes that are GeoNames' own stay: Ningxia, Badakhshan, Bavaria
        assertThat(units).extracting(Admin1Row::geonamesCode).contains("CN.21", "AF.01", "DE.02");
    }

    @Test
    void country_names_carry_alternates_and_words_include_common_english() throws IOException {
        CountryNameRow us = GEODATA.countryNames().stream().filter(r -> r.isoA2().equals("US")).findFirst()
                .orElseThrow();
        assertThat(us.alternateNames()).contains("United States", "USA");
        try (Stream<String> words = GEODATA.englishWords()) {
            assertThat(words.filter(w -> w.equals("detaining") || w.equals("border")).count()).isEqualTo(2);
        }
    }

    private static String admin1Name(String geonamesCode) throws IOException {
        try (Stream<Admin1Row> rows = GEODATA.admin1()) {
            return rows.filter(r -> r.geonamesCode().equals(geonamesCode)).findFirst().orElseThrow().name();
        }
    }

    @Test
    void heathrow_and_jfk_are_airports_beside_london_and_new_york_with_their_names() throws IOException {
        Map<String, AirportRow> airports = airports();
        assertThat(airports).hasSizeBetween(2500, 4000);
        assertThat(airports.values()).allSatisfy(a -> {
            assertThat(a.type()).isIn("large", "medium");
            assertThat(a.latitude()).isBetween(-90.0, 90.0);
            assertThat(a.longitude()).isBetween(-180.0, 180.0);
        });
        AirportRow heathrow = airports.get("LHR");
        assertThat(heathrow.name()).isEqualTo("London Heathrow Airport");
        assertThat(heathrow.type()).isEqualTo("large");
        assertThat(heathrow.countryCode()).isEqualTo("GB");
        assertThat(heathrow.geonamesAdmin1()).isEqualTo("GB.ENG");
        assertThat(kmBetween(heathrow, city(2643743))).isBetween(10.0, 30.0); // GeoNames London
        assertThat(heathrow.alternateNames()).contains("London Heathrow", "Heathrow", "Heathrow Airport",
                "LHR Airport");
        AirportRow jfk = airports.get("JFK");
        assertThat(jfk.countryCode()).isEqualTo("US");
        assertThat(jfk.geonamesAdmin1()).isEqualTo("US.NY");
        assertThat(kmBetween(jfk, city(5128581))).isBetween(10.0, 30.0); // GeoNames New York City
        assertThat(jfk.alternateNames()).contains("JFK Airport", "John F Kennedy Airport");
    }

    @Test
    void an_airports_core_alone_is_refused_when_it_is_a_word_a_persons_name_or_a_town_and_keywords_are_no_names()
            throws IOException {
        Map<String, AirportRow> airports = airports();
        // several words are a person's name: only with "Airport"
        assertThat(airports.get("JFK").alternateNames()).doesNotContain("John F Kennedy");
        // an English word (Boston Logan), a town of 10,000+ (Charlotte Douglas), a medium airport's core
        assertThat(airports.get("BOS").alternateNames()).contains("Logan Airport").doesNotContain("Logan");
        assertThat(airports.get("CLT").alternateNames()).contains("Douglas Airport").doesNotContain("Douglas");
        // a core English Wikipedia does not call the airport by: "Mubarak" (Sohag International Airport)
        assertThat(airports.get("HMB").alternateNames()).doesNotContain("Mubarak");
        // only the town's name left: "Kabul International Airport" gives no "Kabul"
        assertThat(airports.get("KBL").alternateNames()).doesNotContain("Kabul").contains("KBL Airport");
        // OurAirports' keywords ("Manhattan, New York City, NYC, Idlewild", "LON, Londres") are never names
        assertThat(airports.values()).flatExtracting(AirportRow::alternateNames)
                .doesNotContain("Manhattan", "New York City", "NYC", "Idlewild", "LON", "Londres");
        assertThat(airports.get("LGW").alternateNames()).contains("Gatwick");
        assertThat(airports.get("ORD").alternateNames()).contains("O'Hare");
    }

    private static Map<String, AirportRow> airports() throws IOException {
        try (Stream<AirportRow> rows = GEODATA.airports()) {
            return rows.collect(Collectors.toMap(AirportRow::iataCode, Function.identity()));
        }
    }

    private static GazetteerRow city(long geonameId) {
        return gazetteer.stream().filter(r -> r.geonameId() == geonameId).findFirst().orElseThrow();
    }

    /** Haversine kilometres between an airport and a city. */
    private static double kmBetween(AirportRow a, GazetteerRow b) {
        double dLat = Math.toRadians(b.latitude() - a.latitude());
        double dLon = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(Math.toRadians(a.latitude()))
                * Math.cos(Math.toRadians(b.latitude())) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
    }

    private static double lengthKm(String id) {
        return ((Number) bordersById.get(id).getAttribute("length_km")).doubleValue();
    }

    private static Geometry country(String code) {
        return countries.stream().filter(f -> code.equals(f.getAttribute("code"))).findFirst()
                .map(f -> (Geometry) f.getDefaultGeometry()).orElseThrow();
    }

    private static List<SimpleFeature> list(SimpleFeatureCollection collection) {
        List<SimpleFeature> out = new ArrayList<>();
        try (SimpleFeatureIterator it = collection.features()) {
            while (it.hasNext()) {
                out.add(it.next());
            }
        }
        return out;
    }
}
