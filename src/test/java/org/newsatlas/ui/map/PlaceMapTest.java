package org.newsatlas.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.ComponentUtil;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** What {@link PlaceMap} sends to the browser, and the layer switches it keeps across month changes. */
class PlaceMapTest {

    private final PlaceMap map = new PlaceMap(new com.fasterxml.jackson.databind.ObjectMapper());

    @Test
    void an_overlay_switched_off_is_sent_switched_off_with_the_next_months_overlays() {
        map.setOverlays(overlays("Zapad-2021"));
        ComponentUtil.fireEvent(map, new PlaceMap.OverlayToggleEvent(map, true, "exercise_sites", false));

        map.setOverlays(overlays("Interaction-2017"));

        assertThat(visible("exercise_sites")).isFalse();
        assertThat(visible("capitals")).isTrue();
        assertThat(map.isOverlayVisible("exercise_sites")).isFalse();
        assertThat(overlay("exercise_sites").get("data").asText()).isEqualTo("/api/map-features?window=Interaction-2017");
        assertThat(overlay("exercise_sites").get("count").asLong()).isEqualTo(1);
    }

    @Test
    void an_overlay_switched_on_again_is_sent_switched_on() {
        map.setOverlays(overlays("Zapad-2021"));
        ComponentUtil.fireEvent(map, new PlaceMap.OverlayToggleEvent(map, true, "exercise_sites", false));
        ComponentUtil.fireEvent(map, new PlaceMap.OverlayToggleEvent(map, true, "exercise_sites", true));

        map.setOverlays(overlays("Interaction-2017"));

        assertThat(visible("exercise_sites")).isTrue();
    }

    @Test
    void a_toggle_for_an_overlay_the_map_did_not_draw_is_ignored() {
        map.setOverlays(overlays("Zapad-2021"));
        ComponentUtil.fireEvent(map, new PlaceMap.OverlayToggleEvent(map, true, "no_such_layer", false));
        ComponentUtil.fireEvent(map, new PlaceMap.OverlayToggleEvent(map, true, null, false));

        assertThat(map.isOverlayVisible("no_such_layer")).isFalse();
        assertThat(visible("exercise_sites")).isTrue();
        assertThat(visible("capitals")).isTrue();
    }

    @Test
    void places_say_under_which_confidence_they_are_low_and_whether_those_are_hidden() {
        map.setOverlays(overlays("Zapad-2021"));
        assertThat(overlay("capitals").get("lowBelow").asDouble()).isEqualTo(0.5);
        assertThat(overlay("exercise_sites").get("lowBelow").isNull()).as("exercises state no confidence").isTrue();
        assertThat(overlay("capitals").get("hideLow").asBoolean()).isFalse();

        map.setLowConfidenceHidden(true);
        assertThat(overlay("capitals").get("hideLow").asBoolean()).as("sent at once").isTrue();
        map.setOverlays(overlays("Interaction-2017"));
        assertThat(overlay("capitals").get("hideLow").asBoolean()).as("kept for the next months").isTrue();
    }

    @Test
    void state_travels_as_json_properties_not_attributes() {
        map.setOverlays(overlays("Zapad-2021"));
        map.select(new FeatureRef("capitals", "gn:1221874"), true);
        map.setTiles("", "");

        assertThat(map.getElement().getAttributeNames()).containsExactlyInAnyOrder("role", "aria-label");
        JsonNode selected = (JsonNode) map.getElement().getPropertyRaw("selected");
        assertThat(selected.get("id").asText()).isEqualTo("gn:1221874");
        assertThat(selected.get("fly").asBoolean()).isTrue();
        assertThat(((JsonNode) map.getElement().getPropertyRaw("tiles")).get("url").isNull()).isTrue();
        map.select(null, false);
        assertThat(((JsonNode) map.getElement().getPropertyRaw("selected")).get("id").isNull()).isTrue();
    }

    /** Overlays whose features document is named after {@code window} (a stand-in: the map only passes it on). */
    private static List<MapOverlay> overlays(String window) {
        String url = "/api/map-features?window=" + window;
        return List.of(
                new MapOverlay("exercise_sites", "Exercise sites", MapOverlay.Symbol.EXERCISE, null, url, 1, false, 0, null),
                new MapOverlay("capitals", "Capitals", MapOverlay.Symbol.CAPITAL, null, url, 1, true, 0, null));
    }

    private boolean visible(String id) {
        return overlay(id).get("visible").asBoolean();
    }

    private JsonNode overlay(String id) {
        JsonNode all = (JsonNode) map.getElement().getPropertyRaw("overlays");
        return StreamSupport.stream(all.spliterator(), false).filter(o -> o.get("id").asText().equals(id))
                .findFirst().orElseThrow();
    }
}
