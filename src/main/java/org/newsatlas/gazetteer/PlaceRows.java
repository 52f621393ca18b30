package org.newsatlas.gazetteer;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsatlas.geodata.Admin1Row;
import org.newsatlas.geodata.GazetteerRow;
import org.newsatlas.geodata.UsCountyRow;

/** Turns admin-1 and city rows into places with their names; repeated codes are interned through one pool. */
final class PlaceRows {

    private final Map<String, String> pool = new HashMap<>();
    private final java.util.Set<String> admin1Ids = new java.util.HashSet<>();

    /**
     * @param uniqueCode the row's GeoNames code is used by no other row, so it can be the id; else the ISO
     *                   3166-2 code, else (absent or taken) Natural Earth's id
     */
    void addAdmin1(InMemoryGazetteer.Builder builder, Admin1Row row, boolean uniqueCode) {
        String id = "admin1:" + (uniqueCode ? row.geonamesCode()
                : row.iso3166_2().isEmpty() ? "ne" + row.naturalEarthId() : row.iso3166_2());
        if (!admin1Ids.add(id)) {
            // Natural Earth gives a few units the same ISO code (AU-NSW twice): ids stay unique (H2 key, byId)
            id = "admin1:ne" + row.naturalEarthId();
        }
        int n = builder.add(new Place(id, row.name(), PlaceKind.ADMIN1, intern(row.countryCode()),
                uniqueCode ? intern(row.geonamesCode()) : null, "ADM1", row.latitude(), row.longitude(), 0));
        builder.isoCode(n, row.iso3166_2());
        adminNames(builder, n, row.name(), row.type(), MatchType.NAME);
        for (String alternate : row.alternateNames()) {
            adminNames(builder, n, alternate, row.type(), MatchType.ALTERNATE_NAME);
        }
        // news style abbreviations ("Kan.", "W. Va.", "Ont.")
        for (String abbreviation : Admin1Abbreviations.forUnit(row.iso3166_2(), row.name())) {
            builder.name(n, abbreviation, MatchType.ALTERNATE_NAME);
        }
    }

    /**
     * A name, the name without a generic suffix ("Chitinskaya Oblast" → "Chitinskaya") and the name with the
     * unit's type ("Ningxia Hui" + "Autonomous Region").
     */
    private static void adminNames(InMemoryGazetteer.Builder builder, int n, String name, String type,
                                   MatchType matchType) {
        builder.name(n, name, matchType);
        String stripped = PlaceNameSuffixes.strip(name);
        if (!stripped.equals(name)) {
            builder.name(n, stripped, MatchType.ALTERNATE_NAME);
        } else if (!type.isEmpty() && PlaceNameSuffixes.strip(name + " " + type).equals(name)) {
            builder.name(n, name + " " + type, MatchType.ALTERNATE_NAME);
        }
    }

    /** "Lamar County" (Texas) as an {@link PlaceKind#ADMIN2} place at its area centroid, id "admin2:US.48277". */
    void addUsCounty(InMemoryGazetteer.Builder builder, UsCountyRow row) {
        int n = builder.add(new Place("admin2:US." + row.fips(), row.name(), PlaceKind.ADMIN2, "US",
                row.geonamesAdmin1().isEmpty() ? null : intern(row.geonamesAdmin1()), "ADM2", row.latitude(),
                row.longitude(), 0));
        builder.name(n, row.name(), MatchType.NAME);
    }

    /** @param declaredCapital a capital GeoNames does not code PPLC (capitals.geojson role declared_capital) */
    void addCity(InMemoryGazetteer.Builder builder, GazetteerRow row, boolean declaredCapital) {
        String code = declaredCapital ? "PPLC" : intern(row.featureCode());
        String admin1 = row.admin1Code().isEmpty() ? null : intern(row.admin1Key());
        int n = builder.add(new Place("gn:" + row.geonameId(), row.name(), PlaceKind.CITY, intern(row.countryCode()),
                admin1, code, row.latitude(), row.longitude(), row.population()));
        builder.name(n, row.name(), MatchType.NAME);
        if (!row.asciiName().equals(row.name())) {
            builder.name(n, row.asciiName(), MatchType.NAME);
        }
        for (String alternate : row.alternateNames()) {
            // lower-case alternate names are romanisations of other scripts ("kabl"): skipped
            if (!alternate.isEmpty() && Character.isUpperCase(alternate.charAt(0))) {
                builder.name(n, alternate, MatchType.ALTERNATE_NAME);
            }
        }
        String withoutArticle = withoutArabicArticle(row);
        if (withoutArticle != null) {
            // the same name, as English writes it: a name, not an alternate (GeoNames gives Al Qamishli no population,
            // and a place of unknown size matched by an alternate name only is taken for a village)
            builder.name(n, withoutArticle, MatchType.NAME);
        }
    }

    /**
     * "Al Qamishli" is "Qamishli" in most English copy, "Al Mayadin" "Mayadin", "Ar Ramadi" "Ramadi": in the Arab
     * League's countries a town's name without its Arabic article (al, and its assimilated forms ar, as, ad, an, at,
     * az, ash) is one of its names, when what remains is a word of five letters or more (not "Bab" of Al Bab).
     */
    static String withoutArabicArticle(GazetteerRow row) {
        Matcher m = ARABIC_ARTICLE.matcher(row.asciiName());
        return ARAB_LEAGUE.contains(row.countryCode()) && m.matches() ? m.group(1) : null;
    }

    private static final Pattern ARABIC_ARTICLE = Pattern.compile(
            "(?:Al|Ar|As|Ad|An|At|Az|Ash|Adh|Ath)[ -]([A-Z][a-z'-]{4,})");
    /** ISO codes of the Arab League's members. */
    private static final Set<String> ARAB_LEAGUE = Set.of("AE", "BH", "DJ", "DZ", "EG", "IQ", "JO", "KM", "KW", "LB",
            "LY", "MA", "MR", "OM", "PS", "QA", "SA", "SD", "SO", "SY", "TN", "YE");

    private String intern(String s) {
        return pool.computeIfAbsent(s, k -> k);
    }
}
