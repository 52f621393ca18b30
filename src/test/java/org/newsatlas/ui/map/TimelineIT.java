package org.newsatlas.ui.map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.newsatlas.layer.LayerFixture.country;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsatlas.article.LinkTallies;
import org.newsatlas.article.PassageLinker;
import org.newsatlas.layer.LayerFixture;
import org.newsatlas.store.RowIds;
import org.newsatlas.support.BrowserPages;
import org.newsatlas.support.TempDataDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A corpus of years (one article a month, 2017-2021, one passage each): the month bar becomes a timeline of years
 * that zooms into a year's months, picks a range by dragging, keeps it in the URL, and has one Tab stop with arrow
 * keys inside.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TimelineIT {

    private static final Path DATA = TempDataDir.create("timeline");

    @RegisterExtension
    final BrowserPages browser = new BrowserPages(1280, 800);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PassageLinker linker;
    @Autowired
    LinkTallies tallies;
    @Autowired
    RowIds ids;
    @Autowired
    PlatformTransactionManager transactions;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("newsatlas.data-dir", DATA::toString);
        registry.add("newsatlas.seed.enabled", () -> "false");
    }

    @BeforeAll
    void corpusOfYears() {
        LayerFixture fixture = new LayerFixture(jdbc, linker, ids, transactions, tallies);
        for (YearMonth m = YearMonth.of(2017, 1); !m.isAfter(YearMonth.of(2021, 12)); m = m.plusMonths(1)) {
            // 2019 has two passages a month, the other years one
            int passages = m.getYear() == 2019 ? 2 : 1;
            StringBuilder text = new StringBuilder("Report " + m + "\n");
            for (int p = 1; p <= passages; p++) {
                text.append("Mongolia held talks, part ").append(p).append(".\n");
            }
            long article = fixture.article("Report " + m, "Wire " + (m.getMonthValue() % 3), m.atDay(10),
                    text.toString());
            for (int p = 1; p <= passages; p++) {
                fixture.passage(article, text.toString(), "Mongolia held talks, part " + p + ".", p, m.atDay(10),
                        List.of(m), country("Mongolia", "MN", false));
            }
        }
    }

    @Test
    void years_zoom_into_months_and_back() {
        Page page = browser.page();
        MapScreenPage screen = new MapScreenPage(page, port).open("/");
        Locator years = page.locator(".na-year-bar");
        assertThat(years).hasCount(5);
        assertThat(page.locator(".na-year-bar[data-year='2019']")).hasAttribute("aria-label", "2019, 24 passages");
        assertThat(page.locator(".na-year-bar .na-month-bar__label")).hasText(
                new String[] {"2017", "2018", "2019", "2020", "2021"});

        page.locator(".na-year-bar[data-year='2019']").click();
        assertThat(page.locator(".na-month-label")).hasText("Jan 2019 – Dec 2019");
        page.waitForCondition(() -> screen.url().contains("month=2019-01..2019-12"));
        Locator months = page.locator(".na-month-bar[data-month]");
        assertThat(months).hasCount(12);
        assertThat(page.locator(".na-month-bar[data-month][aria-pressed=true]")).hasCount(12);
        assertThat(page.locator(".na-month-bar[data-month='2019-05']")).hasAttribute("aria-label", "May 2019, 2 passages");

        page.locator(".na-month-bar[data-month='2019-05']").click();
        assertThat(page.locator(".na-month-label")).hasText("May 2019");
        page.waitForCondition(() -> screen.url().contains("month=2019-05"));

        Locator back = page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("2019: back to all years"));
        assertThat(back).hasText("‹ 2019");
        back.click();
        assertThat(years).hasCount(5);
        assertThat(page.locator(".na-year-bar[aria-pressed=true]")).hasCount(1);
        assertThat(page.locator(".na-year-bar[aria-pressed=true]")).hasAttribute("data-year", "2019");
    }

    @Test
    void a_drag_across_years_picks_the_range_and_the_link_restores_it() {
        Page page = browser.page();
        MapScreenPage screen = new MapScreenPage(page, port).open("/");
        page.locator(".na-year-bar[data-year='2018']").hover();
        page.mouse().down();
        page.locator(".na-year-bar[data-year='2019']").hover();
        page.locator(".na-year-bar[data-year='2020']").hover();
        page.mouse().up();
        assertThat(page.locator(".na-month-label")).hasText("Jan 2018 – Dec 2020");
        assertThat(page.locator(".na-year-bar[aria-pressed=true]")).hasCount(3);
        page.waitForCondition(() -> screen.url().contains("month=2018-01..2020-12"));

        try (com.microsoft.playwright.BrowserContext fresh = browser.newContext(1280, 800)) {
            Page other = fresh.newPage();
            other.navigate(page.url());
            new MapScreenPage(other, port).awaitMap();
            assertThat(other.locator(".na-month-label")).hasText("Jan 2018 – Dec 2020");
            assertThat(other.locator(".na-year-bar[aria-pressed=true]")).hasCount(3);
        }
    }

    @Test
    void the_timeline_is_one_tab_stop_with_arrow_keys_inside() {
        Page page = browser.page();
        new MapScreenPage(page, port).open("/?month=2019-03");
        assertThat(page.locator(".na-month-bar[data-month]")).hasCount(12);
        Locator stops = page.locator(".na-month-bars [tabindex='0']");
        assertThat(stops).hasCount(1);
        assertThat(stops).hasAttribute("data-month", "2019-03");
        stops.focus();
        page.keyboard().press("ArrowRight");
        page.keyboard().press("ArrowRight");
        assertThat(page.locator(".na-month-bar[data-month='2019-05']")).isFocused();
        page.keyboard().press("Enter");
        assertThat(page.locator(".na-month-label")).hasText("May 2019");
        page.keyboard().press("End");
        assertThat(page.locator(".na-month-bar[data-month='2019-12']")).isFocused();
        assertThat(page.locator(".na-month-bars [tabindex='0']")).hasCount(1);
    }
}
