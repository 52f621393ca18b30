package org.newsatlas;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The package layout as rules (each package's package-info.java says the same in words): no cycle between the
 * top-level packages, and arrows one way along the data's path
 * geodata &lt;- gazetteer &lt;- geoparse (-&gt; text) &lt;- analysis &lt;- article &lt;- layer &lt;- search/basemap
 * &lt;- api/ui/cli. Sub-packages (article.ingest, api.ogc, ui.map ...) belong to their top-level package's slice.
 */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.newsatlas");

    @Test
    void no_two_packages_depend_on_each_other_even_through_others() {
        slices().matching("org.newsatlas.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void each_package_uses_only_the_packages_below_it() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("geodata").definedBy("org.newsatlas.geodata..")
                .layer("store").definedBy("org.newsatlas.store..")
                .layer("text").definedBy("org.newsatlas.text..")
                .layer("gazetteer").definedBy("org.newsatlas.gazetteer..")
                .layer("geoparse").definedBy("org.newsatlas.geoparse..")
                .layer("analysis").definedBy("org.newsatlas.analysis..")
                .layer("article").definedBy("org.newsatlas.article..")
                .layer("layer").definedBy("org.newsatlas.layer..")
                .layer("search").definedBy("org.newsatlas.search..")
                .layer("basemap").definedBy("org.newsatlas.basemap..")
                .layer("security").definedBy("org.newsatlas.security..")
                .layer("api").definedBy("org.newsatlas.api..")
                .layer("ui").definedBy("org.newsatlas.ui..")
                .layer("cli").definedBy("org.newsatlas.cli..")
                .whereLayer("geodata").mayNotAccessAnyLayer()
                .whereLayer("store").mayNotAccessAnyLayer()
                .whereLayer("text").mayNotAccessAnyLayer()
                .whereLayer("security").mayNotAccessAnyLayer()
                .whereLayer("gazetteer").mayOnlyAccessLayers("geodata", "store")
                .whereLayer("geoparse").mayOnlyAccessLayers("gazetteer", "text", "geodata")
                .whereLayer("analysis").mayOnlyAccessLayers("geoparse", "gazetteer", "text", "geodata")
                .whereLayer("article")
                .mayOnlyAccessLayers("analysis", "geoparse", "gazetteer", "text", "geodata", "store")
                .whereLayer("layer").mayOnlyAccessLayers("article", "geodata", "store")
                // search reads country names and adjectives ("Tajik-Afghan border"), the base map its place names,
                // from the gazetteer: both below them
                // and which database holds the words (store): Lucene beside H2, the database itself on PostgreSQL
                .whereLayer("search").mayOnlyAccessLayers("layer", "article", "text", "gazetteer", "store")
                .whereLayer("basemap").mayOnlyAccessLayers("layer", "geodata", "gazetteer")
                .whereLayer("api").mayOnlyBeAccessedByLayers("ui")
                .whereLayer("ui").mayNotBeAccessedByAnyLayer()
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .check(MAIN);
    }

    @Test
    void the_geoparser_knows_nothing_of_articles_or_the_pipeline_over_them() {
        noClasses().that().resideInAPackage("org.newsatlas.geoparse..")
                .should().dependOnClassesThat().resideInAnyPackage("org.newsatlas.article..", "org.newsatlas.analysis..")
                .check(MAIN);
    }

    @Test
    void the_gazetteer_reads_geodata_not_layers() {
        noClasses().that().resideInAPackage("org.newsatlas.gazetteer..")
                .should().dependOnClassesThat().resideInAPackage("org.newsatlas.layer..")
                .check(MAIN);
    }

    @Test
    void the_domain_never_sees_the_ui() {
        noClasses().that().resideOutsideOfPackage("org.newsatlas.ui..")
                .should().dependOnClassesThat().resideInAPackage("org.newsatlas.ui..")
                .check(MAIN);
    }

    /**
     * Only ui uses Vaadin. The one exception is {@link Application}, the web entry point, which as Vaadin's
     * AppShellConfigurator names the theme and the tab icon. Spring Security's Vaadin integration
     * (VaadinWebSecurity) lives in ui.SecurityConfiguration for the same reason; security/ itself is plain Spring.
     */
    @Test
    void only_the_ui_and_the_web_entry_point_use_vaadin() {
        noClasses().that().resideOutsideOfPackage("org.newsatlas.ui..")
                .and().doNotHaveFullyQualifiedName(Application.class.getName())
                .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
                .check(MAIN);
    }
}
