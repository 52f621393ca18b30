package org.newsatlas.map.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.newsatlas.article.Plural;
import org.newsatlas.geoparse.SaneDates;
import org.newsatlas.layer.MonthWindow;

/**
 * The month bar: passages per month as a small histogram. Click a bar for that month, shift-click another for a
 * range, "All time" for everything; the arrows step one month. Fires {@link MonthSelectionEvent} on a user change.
 */
public class MonthFilter extends Composite<Div> {

    static final DateTimeFormatter MONTH_WORDS = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    private static final int MAX_EMPTY_BARS = 2;

    private final Div bars = new Div();
    private final Span label = new Span();
    private final Button allTime = new Button("All time", e -> select(MonthWindow.ALL_TIME, true));
    private final Button previous = new Button(VaadinIcon.ANGLE_LEFT.create(), e -> step(-1));
    private final Button next = new Button(VaadinIcon.ANGLE_RIGHT.create(), e -> step(1));
    private final Map<YearMonth, Div> barsByMonth = new HashMap<>();
    private NavigableMap<YearMonth, Long> counts = new TreeMap<>();
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
        counts = shown;
        renderBars();
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
        barsByMonth.forEach((month, bar) -> bar.getElement().setAttribute("aria-pressed",
                String.valueOf(!selection.isAllTime() && selection.contains(month))));
    }

    private void renderBars() {
        bars.removeAll();
        barsByMonth.clear();
        if (counts.isEmpty()) {
            return;
        }
        long max = Math.max(1, counts.values().stream().mapToLong(Long::longValue).max().orElse(1));
        YearMonth month = counts.firstKey();
        while (!month.isAfter(counts.lastKey())) {
            YearMonth nextWithData = counts.ceilingKey(month);
            if (month.until(nextWithData, ChronoUnit.MONTHS) > MAX_EMPTY_BARS) {
                bars.add(gap(month, nextWithData.minusMonths(1)));
                month = nextWithData;
            } else {
                bars.add(bar(month, counts.getOrDefault(month, 0L), max));
                month = month.plusMonths(1);
            }
        }
    }

    /** A long run of months without passages, folded into one narrow mark so the months with data stay wide. */
    private static Div gap(YearMonth from, YearMonth to) {
        Div gap = new Div();
        gap.addClassName("na-month-gap");
        String words = SHORT.format(from) + " – " + SHORT.format(to) + ": no passages";
        gap.getElement().setAttribute("title", words);
        gap.getElement().setAttribute("aria-label", words);
        gap.getElement().setAttribute("role", "img");
        return gap;
    }

    private Div bar(YearMonth month, long count, long max) {
        Div bar = new Div();
        bar.addClassName("na-month-bar");
        Div fill = new Div();
        fill.addClassName("na-month-bar__fill");
        fill.getStyle().set("height", (count == 0 ? 0 : Math.max(12, 100 * count / max)) + "%");
        bar.add(fill);
        String words = MONTH_WORDS.format(month) + ", " + Plural.of(count, "passage");
        bar.getElement().setAttribute("title", words);
        bar.getElement().setAttribute("aria-label", words);
        bar.getElement().setAttribute("role", "button");
        bar.getElement().setAttribute("tabindex", "0");
        bar.getElement().setAttribute("data-month", month.toString());
        barsByMonth.put(month, bar);
        bar.getElement().addEventListener("click", e -> onBar(month, e.getEventData().getBoolean("event.shiftKey")))
                .addEventData("event.shiftKey");
        bar.getElement().addEventListener("keydown", e -> onBar(month, false)).setFilter("event.key === 'Enter' || event.key === ' '");
        return bar;
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
