package org.newsatlas.ui.map;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A feature of a layer, as ids only: {@code collection/featureId}. This is what the browser may send and what
 * the URL carries; the server looks the feature up and never trusts anything else from the client.
 */
public record FeatureRef(String collection, String featureId) {

    private static final Pattern COLLECTION = Pattern.compile("[a-z_]{1,40}");
    private static final Pattern FEATURE_ID = Pattern.compile("[A-Za-z0-9_.:\\-]{1,80}");

    /** Parses "collection/id"; anything malformed is empty rather than an error. */
    public static Optional<FeatureRef> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        int slash = value.indexOf('/');
        return slash < 0 ? Optional.empty() : of(value.substring(0, slash), value.substring(slash + 1));
    }

    public static Optional<FeatureRef> of(String collection, String featureId) {
        if (collection == null || featureId == null || !COLLECTION.matcher(collection).matches()
                || !FEATURE_ID.matcher(featureId).matches()) {
            return Optional.empty();
        }
        return Optional.of(new FeatureRef(collection, featureId));
    }

    @Override
    public String toString() {
        return collection + "/" + featureId;
    }
}
