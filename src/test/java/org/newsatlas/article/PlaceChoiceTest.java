package org.newsatlas.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlaceChoiceTest {

    @Test
    void a_label_names_the_area_and_country_and_says_airport_for_an_airport() {
        assertThat(new PlaceChoice("gn:4298960", "London", "city", "US", "Kentucky").label())
                .isEqualTo("London (Kentucky, US) · city");
        assertThat(new PlaceChoice("airport:LHR", "London Heathrow Airport", "site", "GB").label())
                .isEqualTo("London Heathrow Airport (GB) · airport");
        assertThat(new PlaceChoice("curated:sahel", "Sahel", "region", null).label()).isEqualTo("Sahel · region");
    }
}
