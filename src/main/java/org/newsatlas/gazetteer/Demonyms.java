package org.newsatlas.gazetteer;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The adjectives and demonyms of a country: the names data's demonym (cleaned: "Congolese (Republic of
 * the Congo)" → "Congolese", "Antiguans" → "Antiguan") and the forms regular English derives from the name:
 * "-a" + "n" (Russia → Russian, Kenya → Kenyan), "-e" → "-ian" (Ukraine → Ukrainian), and the "-stan"
 * stem (Tajikistan → Tajik, Afghanistan → Afghan; only stems of five letters or more, so not "Pak").
 * Plurals ("Afghans") are added for each.
 */
final class Demonyms {

    private Demonyms() {
    }

    static Set<String> of(String countryName, String demonymField) {
        Set<String> forms = new LinkedHashSet<>();
        String demonym = demonymField.replaceAll("\\s*[(,].*$", "").trim();
        if (!demonym.isEmpty() && !demonym.equalsIgnoreCase(countryName)) {
            forms.add(demonym.endsWith("s") && !demonym.endsWith("ss") ? demonym.substring(0, demonym.length() - 1)
                    : demonym);
        }
        if (!countryName.contains(" ")) {
            derive(countryName, forms);
        }
        Set<String> withPlurals = new LinkedHashSet<>(forms);
        for (String form : forms) {
            if (!form.endsWith("ese") && !form.endsWith("sh") && !form.endsWith("ch") && !form.endsWith("s")) {
                withPlurals.add(form + "s");
            }
        }
        return withPlurals;
    }

    private static void derive(String name, Set<String> forms) {
        if (name.endsWith("stan") && name.length() - 4 >= 5) {
            String stem = name.substring(0, name.length() - 4);
            forms.add(stem.endsWith("i") ? stem.substring(0, stem.length() - 1) : stem);
        } else if (name.endsWith("a")) {
            forms.add(name + "n");
        } else if (name.endsWith("e")) {
            forms.add(name.substring(0, name.length() - 1) + "ian");
        }
    }
}
