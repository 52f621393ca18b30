package org.newsatlas.geoparse.eval;

/** A gold toponym and the system toponym matched to it. */
public record AlignedToponym(GoldToponym gold, PredictedToponym predicted) {

    /**
     * Great-circle error of the system's point; a recognised but unresolved toponym counts as the
     * worst possible error (antipodal), so leaving hard cases unresolved cannot improve the scores.
     */
    public double errorKm() {
        if (!predicted.isResolved()) {
            return GreatCircleDistance.ANTIPODAL_KM;
        }
        return GreatCircleDistance.km(gold.lat(), gold.lon(), predicted.lat(), predicted.lon());
    }
}
