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
 * The month bar, a timeline that reads at any span: passages per month as a small histogram while there are at most
 * {@value #MONTH_BARS} month bars, else one bar per year; a year's bar zooms into its twelve months (a button with the
 * year, "‹ 2021", zooms out to all years). Click a bar for that month (or year), shift-click another or drag across bars for a range, "All time" for
 * everything; the arrows step one month. One Tab stop: arrow keys, Home and End move between the bars, Enter or Space
 * picks one. Fires {@link MonthSelectionEvent} on a user change.
 */
public class MonthFilter extends Composite<Div> {

    static final DateTimeFormatter MONTH_WORDS = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    /** The month of the bar an event happened in (on the bar or its fill), as the browser reads it. */
    private static final String CLICKED_MONTH = "event.target.closest('[data-month]')?.dataset.month";
    /** The month of the focused bar a key was pressed on. */
    private static final String KEYED_MONTH = "event.target.dataset.month";
    /** The year of the bar clicked or keyed in the timeline's years. */
    private static final String CLICKED_YEAR = "event.target.closest('[data-year]')?.dataset.year";
    /** More month bars than this (a corpus of years) and the timeline shows years. */
    static final int MONTH_BARS = 36;
    /**
     * Installed once per bars element: drag across bars for a range (an {@code na-range} event with the first and
     * last bar's month or year; the click that ends a drag is swallowed), and roving focus (arrows, Home, End).
     */
    private static final String BEHAVIOUR = """
            const bars = this;
            if (bars.__naTimeline) return;
            bars.__naTimeline = true;
            const all = () => [...bars.querySelectorAll('[data-month],[data-year]')];
            const barAt = t => t && t.closest ? t.closest('[data-month],[data-year]') : null;
            const keyOf = b => b.dataset.month || b.dataset.year;
            let start = null, dragged = false;
            const mark = end => {
              const list = all(), a = list.indexOf(start), b = list.indexOf(end);
              list.forEach((x, i) => x.toggleAttribute('data-dragging', i >= Math.min(a, b) && i <= Math.max(a, b)));
            };
            bars.addEventListener('pointerdown', e => {
              const b = barAt(e.target);
              if (!b || e.shiftKey || e.button !== 0) return;
              start = b; dragged = false;
            });
            bars.addEventListener('pointerover', e => {
              const b = barAt(e.target);
              if (start && b && b !== start) { dragged = true; mark(b); }
            });
            window.addEventListener('pointerup', e => {
              if (!start) return;
              const b = barAt(document.elementFromPoint(e.clientX, e.clientY));
              const from = start;
              start = null;
              all().forEach(x => x.removeAttribute('data-dragging'));
              if (dragged && b && b !== from && bars.contains(b)) {
                bars.__naSwallowClick = true;
                bars.dispatchEvent(new CustomEvent('na-range', {detail: {from: keyOf(from), to: keyOf(b)}}));
              }
            });
            bars.addEventListener('click', e => {
              if (bars.__naSwallowClick) { bars.__naSwallowClick = false; e.stopImmediatePropagation(); }
            }, true);
            bars.addEventListener('keydown', e => {
              const list = all(), i = list.indexOf(e.target);
              if (i < 0) return;
              const to = {ArrowLeft: i - 1, ArrowRight: i + 1, Home: 0, End: list.length - 1}[e.key];
              if (to === undefined) return;
              e.preventDefault();
              const next = list[Math.max(0, Math.min(list.length - 1, to))];
              list.forEach(x => x.setAttribute('tabindex', x === next ? '0' : '-1'));
              next.focus({preventScroll: true});
            });
            """;

    private final Div bars = new Div();
    private final Span label = new Span();
    private final Button allTime = new Button("All time", e -> select(MonthWindow.ALL_TIME, true));
    private final Button previous = new Button(VaadinIcon.ANGLE_LEFT.create(), e -> step(-1));
    private final Button next = new Button(VaadinIcon.ANGLE_RIGHT.create(), e -> step(1));
    private final Button allYears = new Button("All years", e -> showYear(null));
    /** The months that have a bar: the only months a click or a key on the bars may pick. */
    private NavigableSet<YearMonth> barMonths = Collections.emptyNavigableSet();
    private NavigableMap<YearMonth, Long> counts = Collections.emptyNavigableMap();
    private NavigableMap<Integer, Long> yearCounts = Collections.emptyNavigableMap();
    /** The timeline shows years (too many months for month bars), or null: months. */
    private boolean byYears;
    /** In a timeline of years, the year whose months are shown, or null: the years. */
    private Integer shownYear;
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
        allYears.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        allYears.setVisible(false);
        root.add(new Span("Month"), allYears, bars, allTime, previous, label, next);
        listenToBars();
        addAttachListener(e -> { // a page reload that keeps this component rebuilds the bars
            bars.getElement().executeJs(BEHAVIOUR);
            showPressedBars();
        });
    }

    /**
     * Passages per month and per year; months between the first and last are shown even when empty (long empty runs
     * fold into one mark). Months outside {@link SaneDates} get no bar (none is stored since imports refuse such
     * dates; older data may have them). More than {@value #MONTH_BARS} month bars and the timeline shows years.
     */
    public void setCounts(NavigableMap<YearMonth, Long> monthCounts, NavigableMap<Integer, Long> perYear) {
        NavigableMap<YearMonth, Long> shown = new TreeMap<>(monthCounts);
        shown.keySet().removeIf(month -> !SaneDates.contains(month));
        NavigableMap<Integer, Long> years = new TreeMap<>(perYear);
        years.keySet().removeIf(year -> !SaneDates.contains(YearMonth.of(year, 1))
                && !SaneDates.contains(YearMonth.of(year, 12)));
        if (counts.equals(shown) && yearCounts.equals(years)) {
            return; // a month switch: the bars stay, only their pressed state changes
        }
        counts = Collections.unmodifiableNavigableMap(shown);
        yearCounts = Collections.unmodifiableNavigableMap(years);
        byYears = MonthBarsHtml.of(shown).months().size() > MONTH_BARS;
        shownYear = byYears ? yearOf(selection) : null;
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
        Integer year = byYears ? yearOf(window) : null;
        if (!java.util.Objects.equals(year, shownYear)) {
            shownYear = year;
            renderBars();
        }
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
        if (byYears && shownYear == null) {
            yearCounts.keySet().stream().filter(this::isPressed)
                    .forEach(y -> pressed.set(pressed.length(), String.valueOf(y)));
        }
        bars.getElement().executeJs("const pressed = new Set($0);"
                + "const list = [...this.querySelectorAll('[data-month],[data-year]')];"
                + "for (const bar of list)"
                + " bar.setAttribute('aria-pressed', String(pressed.has(bar.dataset.month || bar.dataset.year)));"
                + "if (list.some(b => b.getAttribute('tabindex') === '0' && b === document.activeElement)) return;"
                + "const stop = list.find(b => b.getAttribute('aria-pressed') === 'true') || list[list.length - 1];"
                + "list.forEach(b => b.setAttribute('tabindex', b === stop ? '0' : '-1'));", pressed);
    }

    private boolean isPressed(YearMonth month) {
        return !selection.isAllTime() && selection.contains(month);
    }

    /** A year bar is pressed when the selection reaches into the year. */
    private boolean isPressed(int year) {
        return !selection.isAllTime() && (selection.from() == null || selection.from().getYear() <= year)
                && (selection.to() == null || selection.to().getYear() >= year);
    }

    /** The one year a window lies in (to show its months in a timeline of years), or null. */
    private static Integer yearOf(MonthWindow window) {
        return window.isClosed() && window.from().getYear() == window.to().getYear() ? window.from().getYear() : null;
    }

    /** Zooms a timeline of years into one year's months, or out to the years (null). */
    private void showYear(Integer year) {
        shownYear = year;
        renderBars();
        showPressedBars();
    }

    /**
     * Shows the bars: one property on one element. The months of a short corpus are the same text (and counts)
     * for every session; a timeline of years shows the years, or the months of the year zoomed into.
     */
    private void renderBars() {
        String html;
        if (!byYears) {
            MonthBarsHtml rendered = MonthBarsHtml.of(counts);
            barMonths = rendered.months();
            html = rendered.html();
        } else if (shownYear == null) {
            barMonths = Collections.emptyNavigableSet();
            html = MonthBarsHtml.years(yearCounts);
        } else {
            MonthBarsHtml rendered = MonthBarsHtml.ofYear(counts, shownYear);
            barMonths = rendered.months();
            html = rendered.html();
        }
        bars.getElement().getClassList().set("na-month-bars--years", byYears && shownYear == null);
        allYears.setVisible(byYears && shownYear != null);
        if (shownYear != null) {
            allYears.setText("‹ " + shownYear);
            allYears.setAriaLabel(shownYear + ": back to all years");
        }
        bars.getElement().setProperty("innerHTML", html);
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
        bars.getElement().addEventListener("click", e -> onYear(e.getEventData().getString(CLICKED_YEAR)))
                .addEventData(CLICKED_YEAR).setFilter(CLICKED_YEAR + " !== undefined");
        bars.getElement().addEventListener("keydown", e -> onYear(e.getEventData().getString("event.target.dataset.year")))
                .addEventData("event.target.dataset.year")
                .setFilter("(event.key === 'Enter' || event.key === ' ') && event.target.dataset.year !== undefined");
        bars.getElement().addEventListener("na-range", e -> onRange(e.getEventData().getString("event.detail.from"),
                        e.getEventData().getString("event.detail.to")))
                .addEventData("event.detail.from").addEventData("event.detail.to");
    }

    /** A year's bar: the whole year is selected and its months shown. Only a year that has a bar is taken. */
    private void onYear(String yearText) {
        Integer year = year(yearText);
        if (year != null) {
            select(MonthWindow.between(YearMonth.of(year, 1), YearMonth.of(year, 12)), true);
        }
    }

    /** A drag from one bar to another: the range between them (years: from January of one to December of the other). */
    private void onRange(String fromText, String toText) {
        Integer fromYear = year(fromText);
        Integer toYear = year(toText);
        if (fromYear != null && toYear != null) {
            select(MonthWindow.between(YearMonth.of(Math.min(fromYear, toYear), 1),
                    YearMonth.of(Math.max(fromYear, toYear), 12)), true);
            return;
        }
        YearMonth from = barMonth(fromText);
        YearMonth to = barMonth(toText);
        if (from != null && to != null) {
            select(MonthWindow.between(from.isBefore(to) ? from : to, from.isBefore(to) ? to : from), true);
        }
    }

    /** The year of a bar shown in the timeline of years, or null (not a year, or none shown). */
    private Integer year(String text) {
        try {
            int year = Integer.parseInt(text);
            return byYears && shownYear == null && yearCounts.firstKey() <= year && year <= yearCounts.lastKey()
                    ? year : null;
        } catch (NumberFormatException | NullPointerException | java.util.NoSuchElementException e) {
            return null;
        }
    }

    /** The month of a bar shown, or null. */
    private YearMonth barMonth(String text) {
        try {
            YearMonth month = YearMonth.parse(text);
            return barMonths.contains(month) ? month : null;
        } catch (DateTimeParseException | NullPointerException e) {
            return null;
        }
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
