package org.newsatlas.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * With {@code vaadin.eagerServerLoad=true} Flow (24.9, {@code IndexHtmlRequestHandler.addInitialFlow}) writes the
 * view's first UIDL response into the page as {@code window.Vaadin.TypeScript= <json>;} in an inline
 * {@code <script initial>}, without escaping it for HTML: a stored title holding {@code </script><script>...}
 * would end that script and run its own. Flow inserts that script before it calls the index-HTML listeners, so
 * this listener sees it and rewrites its JSON with {@link ScriptSafeJson} (same value, no {@code <} left).
 * If the script ever has another shape (a Flow upgrade), the page is refused rather than served unescaped.
 */
@Component
class InitialStateEscaping implements VaadinServiceInitListener {

    static final String STATE_ASSIGNMENT = "window.Vaadin.TypeScript=";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> escape(response.getDocument()));
    }

    /** Escapes the JSON of every inline script that assigns Flow's initial state; other scripts are left alone. */
    static void escape(Document page) {
        for (Element script : page.select("script")) {
            String code = script.data();
            int assignment = code.indexOf(STATE_ASSIGNMENT);
            if (assignment >= 0) {
                script.empty().appendChild(new DataNode(escapedState(code, assignment + STATE_ASSIGNMENT.length())));
            }
        }
    }

    private static String escapedState(String code, int jsonFrom) {
        int end = code.lastIndexOf(';');
        String json = end < jsonFrom ? "" : code.substring(jsonFrom, end).strip();
        if (!json.startsWith("{") || !json.endsWith("}") || !code.substring(end + 1).isBlank()) {
            throw new IllegalStateException("Vaadin's initial state script is not 'window.Vaadin.TypeScript= {...};' "
                    + "any more (Flow upgraded?): refusing to serve it unescaped. Update InitialStateEscaping.");
        }
        return code.substring(0, jsonFrom) + ScriptSafeJson.escape(json) + ";";
    }
}
