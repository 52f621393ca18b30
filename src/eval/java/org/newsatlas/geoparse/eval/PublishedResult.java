package org.newsatlas.geoparse.eval;

import java.util.List;

/**
 * A published end-to-end result (recognition by the system itself), printed beside ours for reference.
 * These are the literature's numbers, not measured here.
 */
public record PublishedResult(String corpus, String system, double precision, double recall, double f1,
        double accuracyAt161, double auc, String source) {

    private static final String EUPEG = "Wang & Hu 2019 (EUPEG)";

    /** As listed in the shared eval README ({@code ../shared/eval/README.md}), from Wang & Hu 2019. */
    public static final List<PublishedResult> WANG_AND_HU_2019 = List.of(
            new PublishedResult("LGL", "DBpedia Spotlight", .813, .635, .713, .643, .361, EUPEG),
            new PublishedResult("LGL", "CamCoder", .811, .548, .654, .717, .248, EUPEG),
            new PublishedResult("LGL", "Edinburgh Geoparser", .723, .383, .501, .819, .172, EUPEG),
            new PublishedResult("LGL", "CLAVIN (Java)", .808, .444, .573, .701, .262, EUPEG),
            new PublishedResult("GeoVirus", "DM_NLP", .917, .916, .917, .655, .378, EUPEG),
            new PublishedResult("GeoVirus", "CamCoder", .940, .802, .866, .770, .336, EUPEG),
            new PublishedResult("GeoVirus", "CLAVIN (Java)", .913, .637, .750, .786, .320, EUPEG),
            new PublishedResult("GeoVirus", "Edinburgh Geoparser", .860, .559, .678, .807, .319, EUPEG));
}
