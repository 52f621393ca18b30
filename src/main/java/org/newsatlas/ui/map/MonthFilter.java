package org.newsatlas.ui.map;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;
import elemental.json.Json;
import elemental.json.JsonArray;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Locale;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.TreeMap;
import org.newsatlas.geoparse.SaneDates;
import org.newsatlas.layer.MonthWindow;

/**
 * The month bar: passages per month as a small histogram. Click a bar for that month, shift-click another for a
 * range, "All time" for everything; the arrows step one month. Fires {@link MonthSelectionEvent} on a user change.
 */
public class MonthFilter extends Composite<Div> {

    static final DateTimeFormatter MONTH_WORDS = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    /** The month of the bar an event happened in (on the bar or its fill), as the browser reads it. */
    private static final String CLICKED_MONTH = "event.target.closest('[data-month]')?.dataset.month";
    /** The month of the focused bar a key was pressed on. */
    private static final String KEYED_MONTH = "event.target.dataset.month";

    private final Div bars = new Div();
    private final Span label = new Span();
    private final Button allTime = new Button("All time", e -> select(MonthWindow.ALL_TIME, true));
    private final Button previous = new Button(VaadinIcon.ANGLE_LEFT.create(), e -> step(-1));
    private final Button next = new Button(VaadinIcon.ANGLE_RIGHT.create(), e -> step(1));
    /** The months that have a bar: the only months a click or a key on the bars may pick. */
    private NavigableSet<YearMonth> barMonths = Collections.emptyNavigableSet();
    private NavigableMap<YearMonth, Long> counts = Collections.emptyNavigableMap();
    private MonthWindow selection = MonthWindow.ALL_TIME;

    public MonthFilter() {
        Div root = getContent();
        root.addClassName("na-month-filter");
        root.getElement().setAttribute("role", "group");
        root.getElement().setAttribute("aria-label", "Month filter");
        bars.addClassName("na-month-bars");
        label.addClassName("na-month-label");
        label.getElement().setAttribute("aria-live", "polite");
        allTime.addThemeVariants(ButtonVariant.LUMO_SMALL);
        previous.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ICON);
        next.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ICON);
        previous.setAriaLabel("Previous month");
        next.setAriaLabel("Next month");
        root.add(new Span("Month"), bars, allTime, previous, label, next);
        listenToBars();
        addAttachListener(e -> showPressedBars()); // a page reload that keeps this component rebuilds the bars
    }

    /**
     * Passages per month; months between the first and last are shown even when empty. Months outside
     * {@link SaneDates} get no bar (none is stored since imports refuse such dates; older data may have them).
     */
    public void setCounts(NavigableMap<YearMonth, Long> monthCounts) {
        NavigableMap<YearMonth, Long> shown = new TreeMap<>(monthCounts);
        shown.keySet().removeIf(month -> !SaneDates.contains(month));
        if (counts.equals(shown)) {
            return; // a month switch: the bars stay, only their pressed state changes
        }
        renderBars(shown);
        showSelection();
    }

    public MonthWindow getSelection() {
        return selection;
    }

    /** Sets the selection without firing an event (e.g. restoring state from the URL). */
    public void setSelection(MonthWindow window) {
        select(window, false);
    }

    public Registration addMonthSelectionListener(ComponentEventListener<MonthSelectionEvent> listener) {
        return addListener(MonthSelectionEvent.class, listener);
    }

    /** Words for a window: "August 2021", "Jun 2021 – Sep 2021", "All time". */
    public static String describe(MonthWindow window) {
        if (window.isAllTime()) {
            return "All time";
        }
        if (window.from() != null && window.from().equals(window.to())) {
            return MONTH_WORDS.format(window.from());
        }
        return (window.from() == null ? "…" : SHORT.format(window.from())) + " – "
                + (window.to() == null ? "…" : SHORT.format(window.to()));
    }

    private void select(MonthWindow window, boolean fromClient) {
        selection = window;
        showSelection();
        if (fromClient) {
            fireEvent(new MonthSelectionEvent(this, true, window));
        }
    }

    /** Arrows step from the selected month; from "All time" they go to the latest month with passages. */
    private void step(int months) {
        if (selection.isAllTime() || selection.from() == null) {
            if (!counts.isEmpty()) {
                select(MonthWindow.of(counts.lastKey()), true);
            }
            return;
        }
        YearMonth target = selection.from().plusMonths(months);
        if (SaneDates.contains(target)) {
            select(MonthWindow.of(target), true);
        }
    }

    private void showSelection() {
        label.setText(describe(selection));
        allTime.getElement().setAttribute("aria-pressed", String.valueOf(selection.isAllTime()));
        showPressedBars();
    }

    /** Sets {@code aria-pressed} on each bar: the months {@link MonthWindow#contains} of the selection. */
    private void showPressedBars() {
        JsonArray pressed = Json.createArray();
        barMonths.stream().filter(this::isPressed).forEach(m -> pressed.set(pressed.length(), m.toString()));
        bars.getElement().executeJs("const pressed = new Set($0);"
                + "for (const bar of this.querySelectorAll('[data-month]'))"
                + " bar.setAttribute('aria-pressed', String(pressed.has(bar.dataset.month)));", pressed);
    }

    private boolean isPressed(YearMonth month) {
        return !selection.isAllTime() && selection.contains(month);
    }

    /** Shows the bars: one property on one element, the same text (and counts) for every session. */
    private void renderBars(NavigableMap<YearMonth, Long> shown) {
        MonthBarsHtml rendered = MonthBarsHtml.of(shown);
        counts = rendered.counts();
        barMonths = rendered.months();
        bars.getElement().setProperty("innerHTML", rendered.html());
    }

    /**
     * One click and one key listener for all bars: the browser sends the bar's month as text, and only a month that
     * has a bar is taken (client data can be forged).
     */
    private void listenToBars() {
        bars.getElement().addEventListener("click", e -> onBar(e.getEventData().getString(CLICKED_MONTH),
                        e.getEventData().getBoolean("event.shiftKey")))
                .addEventData(CLICKED_MONTH).addEventData("event.shiftKey")
                .setFilter(CLICKED_MONTH + " !== undefined");
        bars.getElement().addEventListener("keydown", e -> onBar(e.getEventData().getString(KEYED_MONTH), false))
                .addEventData(KEYED_MONTH)
                .setFilter("(event.key === 'Enter' || event.key === ' ') && " + KEYED_MONTH + " !== undefined");
    }

    private void onBar(String monthText, boolean extend) {
        YearMonth month;
        try {
            month = YearMonth.parse(monthText);
        } catch (DateTimeParseException | NullPointerException e) {
            return;
        }
        if (barMonths.contains(month)) {
            onBar(month, extend);
        }
    }

    private void onBar(YearMonth month, boolean extend) {
        if (extend && !selection.isAllTime() && selection.from() != null) {
            YearMonth from = month.isBefore(selection.from()) ? month : selection.from();
            YearMonth to = month.isAfter(selection.from()) ? month : selection.from();
            select(MonthWindow.between(from, to), true);
        } else {
            select(MonthWindow.of(month), true);
        }
    }

    /** The user picked a month, a range or all time. */
    public static class MonthSelectionEvent extends ComponentEvent<MonthFilter> {
        private final MonthWindow window;

        public MonthSelectionEvent(MonthFilter source, boolean fromClient, MonthWindow window) {
            super(source, fromClient);
            this.window = window;
        }

        public MonthWindow getWindow() {
            return window;
        }
    }
}
