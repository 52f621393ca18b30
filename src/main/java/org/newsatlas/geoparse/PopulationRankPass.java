package org.newsatlas.geoparse;

import java.util.Locale;
import org.newsatlas.gazetteer.Place;

/**
 * Prefers important places: countries and continents over admin-1 units over cities; among cities the
 * GeoNames feature rank (PPLC > PPLA > PPLA2 > PPL) and the population (logarithmically). An airport (a site with
 * feature code AIRP: only large and scheduled airports are in the gazetteer, and only large ones have a bare name
 * such as "Heathrow") ranks like a town of about 100,000 people matched by its own name, so that it beats a village
 * that shares its name (Heathrow, Florida) when nothing in the document points there, and loses when the document's
 * country, state or nearby places do.
 */
public final class PopulationRankPass implements ResolutionPass {

    /** A section of a populated place (PPLX) with at least this many people ranks as a town. */
    static final long WELL_KNOWN_SECTION = 100_000;

    @Override
    public String description() {
        return "Countries beat admin-1 units beat cities; among cities capitals and larger towns win; airports rank as"
                + " large towns.";
    }

    @Override
    public void apply(DocumentScores scores) {
        for (int m = 0; m < scores.mentionCount(); m++) {
            for (int c = 0; c < scores.candidates(m).size(); c++) {
                Place p = scores.candidates(m).get(c).place();
                double rank = rank(p);
                double size = p.population() > 0 ? 0.3 * Math.log10(p.population()) : 0;
                scores.add(m, c, this, rank + size, () -> reason(p));
            }
        }
    }

    /**
     * An airport's names other than its full name are alternate names (0.4 less than a town's own name): with
     * this rank "Heathrow" the airport scores 2.6, a PPL town of 100,000 by its own name 2.5, Heathrow, Florida
     * (5,896) 2.13; its state or country named in the document gives the town 1 to 2.5 more.
     */
    static final double AIRPORT_RANK = 2.0;

    static double rank(Place p) {
        return switch (p.kind()) {
            case COUNTRY, CONTINENT -> 3.0;
            case REGION, FEATURE -> 2.5;
            case ADMIN1 -> 2.3;
            case ADMIN2 -> 2.0;
            case SITE -> Place.AIRPORT_CODE.equals(p.featureCode()) ? AIRPORT_RANK : 0.5;
            case CITY -> switch (p.featureCode() == null ? "" : p.featureCode()) {
                case "PPLC" -> 1.6;
                case "PPLG" -> 1.2;
                case "PPLA" -> 1.0;
                case "PPLA2" -> 0.5;
                case "PPLA3", "PPLA4" -> 0.3;
                // a section of a city as big as a city (Hollywood, Los Angeles; Kreuzberg) is known by its own name
                case "PPLX" -> p.population() >= WELL_KNOWN_SECTION ? 0.0 : -0.5;
                case "PPLH", "PPLQ", "PPLW" -> -0.5;
                default -> 0.0;
            };
        };
    }

    private static String reason(Place p) {
        String kind = p.kind() == org.newsatlas.gazetteer.PlaceKind.CITY ? p.featureCode()
                : Place.AIRPORT_CODE.equals(p.featureCode()) ? "airport" : p.kind().name().toLowerCase(Locale.ROOT);
        return p.population() > 0 ? kind + " with population " + grouped(p.population()) : kind;
    }

    /** 8336817 as "8,336,817" (English, as the rest of the reason), without a Formatter per reason. */
    static String grouped(long n) {
        String digits = Long.toString(n);
        StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3);
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && digits.charAt(i - 1) != '-' && (digits.length() - i) % 3 == 0) {
                out.append(',');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }
}
