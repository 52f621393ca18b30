package org.newsatlas.ui.articles;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.newsatlas.article.PlaceChoice;
import org.newsatlas.article.Plural;

/**
 * Any gazetteer place, found by name as the person types: the places found are buttons under the field, each named
 * with its area and country ("Ushuaia (Tierra del Fuego, AR) · city"), and their number is announced. The field asks
 * a tenth of a second after the last key (a combo box waits half a second before it asks the server); Arrow Down
 * goes from the field to the first place, Arrow Up and Down move among them, Enter or a click chooses one.
 */
class PlaceLookup extends Composite<Div> {

    /** Places shown for a name: the most populous first. */
    static final int SHOWN = 8;
    /** After the last key, milliseconds before the field asks. */
    private static final int PAUSE_MS = 100;

    private final Function<String, List<PlaceChoice>> find;
    private final Consumer<PlaceChoice> chosen;
    private final Div found = new Div();
    private final Span status = new Span();

    /**
     * @param find the places with a name or a name starting with it, most populous first
     * @param chosen told of the place the person chose
     */
    PlaceLookup(Function<String, List<PlaceChoice>> find, Consumer<PlaceChoice> chosen) {
        this.find = find;
        this.chosen = chosen;
        TextField field = new TextField("Another place");
        field.setPlaceholder("Type its name: Ushuaia, Fyzabad…");
        field.setWidthFull();
        field.setClearButtonVisible(true);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(PAUSE_MS);
        field.addClassName("na-correction__search");
        field.addValueChangeListener(e -> show(e.getValue()));
        found.addClassName("na-correction__found");
        found.getElement().setAttribute("role", "group");
        found.getElement().setAttribute("aria-label", "Places found");
        status.addClassName("na-correction__found-count");
        status.getElement().setAttribute("aria-live", "polite");
        getContent().addClassName("na-correction__lookup");
        getContent().add(field, status, found);
        // arrows walk from the field through the places found
        getContent().getElement().executeJs("""
                this.addEventListener('keydown', (e) => {
                  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
                  const items = [...this.querySelectorAll('.na-correction__place')];
                  const at = items.indexOf(document.activeElement);
                  const next = e.key === 'ArrowDown' ? (at < 0 ? 0 : Math.min(at + 1, items.length - 1))
                    : at - 1;
                  if (items.length && (at >= 0 || e.key === 'ArrowDown')) {
                    e.preventDefault();
                    (next >= 0 ? items[next] : this.querySelector('vaadin-text-field')).focus();
                  }
                });""");
    }

    private void show(String name) {
        found.removeAll();
        if (name == null || name.isBlank()) {
            status.setText("");
            return;
        }
        List<PlaceChoice> places = find.apply(name.strip());
        status.setText(places.isEmpty() ? "No place of that name"
                : Plural.of(places.size(), "place") + (places.size() >= SHOWN ? " (the most populous)" : ""));
        for (PlaceChoice place : places.stream().limit(SHOWN).toList()) {
            Button button = new Button(place.label(), e -> chosen.accept(place));
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            button.addClassName("na-correction__place");
            found.add(button);
        }
    }
}
