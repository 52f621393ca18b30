package org.newsatlas.geoparse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsatlas.gazetteer.Gazetteer;
import org.newsatlas.gazetteer.MatchType;
import org.newsatlas.gazetteer.NameMatch;
import org.newsatlas.gazetteer.Place;
import org.newsatlas.gazetteer.PlaceKind;

/**
 * "TN" in a story from India is Tamil Nadu, not Tennessee. The gazetteer knows a capitalised two- or three-letter
 * code only as some country's admin-1 units' (the US states' postal codes); when the document names no place in
 * that country and exactly one other country, the code is read as that country's admin-1 unit with the ISO 3166-2
 * code "&lt;country&gt;-&lt;code&gt;" (IN-TN), if it has one. A document that names the United States anywhere keeps
 * Tennessee.
 */
final class UnitCodeInContext {

    private static final Pattern CODE = Pattern.compile("[A-Z]{2,3}");

    private final Gazetteer gazetteer;

    UnitCodeInContext(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    List<Mention> apply(List<Mention> mentions) {
        Set<String> named = countriesNamed(mentions);
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            out.add(reread(m, named).orElse(m));
        }
        return out;
    }

    private Optional<Mention> reread(Mention m, Set<String> named) {
        String country = unitCodeCountry(m);
        if (country == null || named.contains(country) || named.size() != 1) {
            return Optional.empty();
        }
        String other = named.iterator().next();
        return gazetteer.admin1ByIsoCode(other + "-" + m.surface()).map(unit -> new Mention(m.surface(), m.start(),
                m.end(), m.passage(), false, List.of(new NameMatch(unit, MatchType.ALTERNATE_NAME)), false));
    }

    /** The one country whose admin-1 units alone the mention's code may name, else null. */
    private static String unitCodeCountry(Mention m) {
        if (!CODE.matcher(m.surface()).matches() || m.candidates().isEmpty()) {
            return null;
        }
        String country = m.candidates().get(0).place().countryCode();
        for (NameMatch c : m.candidates()) {
            if (c.place().kind() != PlaceKind.ADMIN1 || c.type() == MatchType.NAME || country == null
                    || !country.equals(c.place().countryCode())) {
                return null;
            }
        }
        return country;
    }

    /**
     * The countries of the mentions that name places of one country only ("Chennai", "Indian", "Tamil Nadu"),
     * the unit codes themselves left out.
     */
    private static Set<String> countriesNamed(List<Mention> mentions) {
        Set<String> named = new HashSet<>();
        for (Mention m : mentions) {
            if (unitCodeCountry(m) != null) {
                continue;
            }
            Set<String> countries = new HashSet<>();
            for (NameMatch c : m.candidates()) {
                Place p = c.place();
                countries.add(p.countryCode() == null ? "" : p.countryCode());
            }
            if (countries.size() == 1 && !countries.contains("")) {
                named.addAll(countries);
            }
        }
        return named;
    }
}
