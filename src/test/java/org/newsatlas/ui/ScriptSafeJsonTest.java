package org.newsatlas.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.newsatlas.support.HostileText;

class ScriptSafeJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ALPHABET = "<>&/\\\"'!-=:;{}[] \n\r\tsScRiPt\u2028\u2029\u202E\u200B\uFEFF\u00e9\uD83D\uDE00";

    @Test
    void escaped_json_parses_to_the_same_value_and_holds_no_character_that_could_end_a_script() throws Exception {
        for (String text : nastyStrings()) {
            JsonNode original = document(text);
            String json = JSON.writeValueAsString(original);

            String escaped = ScriptSafeJson.escape(json);

            assertThat(JSON.readTree(escaped)).as("round trip of %s", json).isEqualTo(original);
            assertThat(escaped).doesNotContain("<", ">", "&", "\u2028", "\u2029");
            assertThat(ScriptSafeJson.isSafe(escaped)).isTrue();
        }
    }

    @Test
    void a_script_end_tag_in_a_string_becomes_unicode_escapes_and_a_backslash_before_it_stays_a_backslash() {
        assertThat(ScriptSafeJson.escape("{\"t\":\"</script><!--\"}"))
                .isEqualTo("{\"t\":\"\\u003c/script\\u003e\\u003c!--\"}");
        assertThat(ScriptSafeJson.escape("[\"\\\\<\",\"a&b\",\"\u2028\u2029\"]"))
                .isEqualTo("[\"\\\\\\u003c\",\"a\\u0026b\",\"\\u2028\\u2029\"]");
    }

    @Test
    void json_without_such_characters_is_returned_as_it_is() {
        String json = "{\"title\":\"Storm closes the port of Ushuaia\",\"n\":-1.5e3,\"ok\":[true,false,null]}";
        assertThat(ScriptSafeJson.escape(json)).isSameAs(json);
    }

    @Test
    void the_escaped_state_stays_one_script_for_an_html_parser_whatever_its_strings_hold() throws Exception {
        for (String text : HostileText.ALL) {
            String json = JSON.writeValueAsString(document(text));
            String code = "window.Vaadin = window.Vaadin || {};window.Vaadin.TypeScript= " + json + ";";
            Document page = Jsoup.parse("<html><head><script initial>" + code.replace(json, ScriptSafeJson.escape(json))
                    + "</script></head><body><p id=after>after</p></body></html>");

            assertThat(page.select("script")).hasSize(1);
            assertThat(page.select("img, svg, iframe, details, a")).isEmpty();
            assertThat(page.getElementById("after")).isNotNull();
            assertThat(JSON.readTree(embeddedState(page.selectFirst("script").data())))
                    .isEqualTo(JSON.readTree(json));
        }
    }

    @Test
    void the_listener_escapes_flows_initial_state_script_and_leaves_other_scripts_alone() throws Exception {
        String json = JSON.writeValueAsString(document(HostileText.MARKUP.get(0)));
        Document page = Jsoup.parse("<html><head></head><body></body></html>");
        Element flags = page.head().appendElement("script").attr("initial", "");
        flags.appendChild(new DataNode("window.Vaadin.featureFlagsUpdaters.push((activator) => {});"));
        Element state = page.head().appendElement("script").attr("initial", "");
        state.appendChild(new DataNode("window.Vaadin = window.Vaadin || {};window.Vaadin.TypeScript= " + json + ";"));

        InitialStateEscaping.escape(page);

        assertThat(flags.data()).isEqualTo("window.Vaadin.featureFlagsUpdaters.push((activator) => {});");
        assertThat(state.data()).startsWith("window.Vaadin = window.Vaadin || {};window.Vaadin.TypeScript=")
                .endsWith(";").doesNotContain("<", ">");
        assertThat(JSON.readTree(embeddedState(state.data()))).isEqualTo(JSON.readTree(json));
        Document reparsed = Jsoup.parse(page.html());
        assertThat(reparsed.select("script")).hasSize(2);
        assertThat(reparsed.select("img, svg, iframe")).isEmpty();
    }

    @Test
    void an_initial_state_script_of_another_shape_is_refused_rather_than_served_unescaped() {
        Document page = Jsoup.parse("<html><head></head><body></body></html>");
        page.head().appendElement("script").appendChild(
                new DataNode("window.Vaadin.TypeScript= JSON.parse('{\"t\":\"</script>\"}'); start();"));

        assertThatThrownBy(() -> InitialStateEscaping.escape(page)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("refusing to serve it unescaped");
    }

    private static String embeddedState(String code) {
        return code.substring(code.indexOf(InitialStateEscaping.STATE_ASSIGNMENT)
                + InitialStateEscaping.STATE_ASSIGNMENT.length(), code.lastIndexOf(';'));
    }

    /** A UIDL-like document: the text as a value, a key, inside arrays and nested objects. */
    private static JsonNode document(String text) {
        ObjectNode root = JSON.createObjectNode();
        root.put("title", text);
        root.put(text, 42);
        ArrayNode changes = root.putArray("changes");
        changes.add(text).add(-0.5).add(true).addNull();
        changes.addObject().put("key", "\\" + text + "\\").putObject("nested").put("v", "\"" + text + "\"");
        return root;
    }

    /** The hostile corpus, and random strings over an alphabet of the characters that matter (seeded). */
    private static List<String> nastyStrings() {
        List<String> strings = new ArrayList<>(HostileText.ALL);
        strings.add("");
        strings.add("\\<\\>\\&");
        strings.add("\u0000\u001f\u007f controls");
        Random random = new Random(20261204);
        for (int i = 0; i < 500; i++) {
            StringBuilder s = new StringBuilder();
            for (int n = random.nextInt(40); n > 0; n--) {
                s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            strings.add(s.toString());
        }
        return strings;
    }
}
