package org.newsatlas.basemap;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;

/** Rounds a geometry's coordinates in place to a number of decimal places (3: ~110 m; 2: ~1.1 km). */
final class CoordinateRounding implements CoordinateSequenceFilter {

    private final double scale;

    private CoordinateRounding(int decimals) {
        this.scale = Math.pow(10, decimals);
    }

    static void round(Geometry geometry, int decimals) {
        geometry.apply(new CoordinateRounding(decimals));
    }

    @Override
    public void filter(CoordinateSequence seq, int i) {
        seq.setOrdinate(i, 0, Math.round(seq.getX(i) * scale) / scale);
        seq.setOrdinate(i, 1, Math.round(seq.getY(i) * scale) / scale);
    }

    @Override
    public boolean isDone() {
        return false;
    }

    @Override
    public boolean isGeometryChanged() {
        return true;
    }
}
