package org.newsatlas.api;

import org.newsatlas.api.ogc.OgcDocuments;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * GeoJSON FeatureCollections served at a URL that carries their version ({@code ?v=}): with the current version the
 * response is public and immutable for a year, with none or an old one it must be revalidated. The version is the
 * weak ETag, so a revalidation with a matching If-None-Match is answered 304 by Spring MVC. Bodies are written once.
 */
@Component
public class VersionedGeoJson {

    private static final Duration FOR_GOOD = Duration.ofDays(365);

    private final ObjectMapper json;
    private final Map<String, byte[]> bodies = new ConcurrentHashMap<>();

    public VersionedGeoJson(ObjectMapper json) {
        this.json = json;
    }

    /**
     * @param key names the collection among those this helper serves
     * @param version the collection's current version
     * @param askedVersion the version in the request's URL, or null
     * @param features the features (maps for Jackson), asked for only when the body is first written
     */
    public ResponseEntity<byte[]> response(String key, String version, String askedVersion,
            Supplier<List<?>> features) {
        return versioned(version, askedVersion, StaticGeodataConfig.GEO_JSON, true,
                bodies.computeIfAbsent(key + '@' + version, k -> write(key, features.get())));
    }

    /**
     * A body at a URL that carries its version: with the current one kept for good ({@code shared}: by any cache,
     * else by the browser only), with none or an old one to be revalidated; the version is the weak ETag.
     */
    public static ResponseEntity<byte[]> versioned(String version, String askedVersion, MediaType type,
                                                   boolean shared, byte[] body) {
        boolean current = version.equals(askedVersion);
        CacheControl cache = current ? CacheControl.maxAge(FOR_GOOD).immutable() : CacheControl.noCache();
        if (!shared) {
            cache = cache.cachePrivate();
        } else if (current) {
            cache = cache.cachePublic();
        }
        return ResponseEntity.ok().contentType(type).cacheControl(cache)
                .eTag("W/\"" + version + '"') // weak: Tomcat does not compress responses with a strong one
                .body(body);
    }

    private byte[] write(String key, List<?> features) {
        try {
            return json.writeValueAsBytes(OgcDocuments.map("type", "FeatureCollection", "features", features));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the GeoJSON of " + key, e);
        }
    }
}
