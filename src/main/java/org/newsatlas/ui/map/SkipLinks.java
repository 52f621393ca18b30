package org.newsatlas.ui.map;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;

/**
 * "Skip to map" and "Skip to panel", right after the month bar in the Tab order: hidden until focused, they move the
 * keyboard focus past the bar's controls to the map (its container: arrows pan, Tab walks the features) or to the
 * side panel (the selected feature's region, or the selected tab when the list is shown). The focus moves in the
 * browser, with no round trip.
 */
public class SkipLinks extends Composite<Div> {

    /** Installed once per button: on a click (or Enter, Space) focus the first of its targets that is shown. */
    private static final String FOCUS_ON_CLICK = """
            if (this.__naSkip) return;
            this.__naSkip = true;
            this.addEventListener('click', () => {
              const target = $0.split('|').map(s => document.querySelector(s))
                  .find(el => el && el.getClientRects().length > 0);
              if (target) {
                if (!target.hasAttribute('tabindex') && target.tabIndex < 0) target.setAttribute('tabindex', '-1');
                target.focus({preventScroll: true});
              }
            });
            """;

    public SkipLinks() {
        Div root = getContent();
        root.addClassName("na-skip-links");
        root.add(link("Skip to map", ".na-map .leaflet-container"),
                link("Skip to panel", ".na-side .na-panel|.na-side vaadin-tab[selected]"));
    }

    private static NativeButton link(String text, String targets) {
        NativeButton button = new NativeButton(text);
        button.addClassName("na-skip-link");
        button.addAttachListener(e -> button.getElement().executeJs(FOCUS_ON_CLICK, targets));
        return button;
    }
}
