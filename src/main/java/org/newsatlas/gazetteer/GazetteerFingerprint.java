package org.newsatlas.gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.newsatlas.geodata.Geodata;

/**
 * SHA-256 over everything {@link GeodataGazetteerLoader} reads (the geodata files as stored, the resources
 * beside this class) and {@link #LOADER_VERSION}: equal fingerprints give the same places and names.
 * About 10 MB of mostly compressed bytes: tens of milliseconds.
 */
public final class GazetteerFingerprint {

    /** Bump when the loader derives places or names differently from the same files. */
    static final String LOADER_VERSION = "gazetteer-loader-5";

    private static final String[] GEODATA_FILES = {Geodata.COUNTRY_NAMES, Geodata.COUNTRIES, Geodata.ADMIN1,
        Geodata.CAPITALS, Geodata.CURATED, Geodata.GAZETTEER, Geodata.US_COUNTIES, Geodata.AIRPORTS};
    private static final String[] RESOURCES = {"country-alternate-names.tsv", "extra-places.tsv",
        "admin1-abbreviations.tsv"};

    private GazetteerFingerprint() {
    }

    public static String of(Geodata geodata) throws IOException {
        MessageDigest sha = sha256();
        sha.update(LOADER_VERSION.getBytes(StandardCharsets.UTF_8));
        for (String file : GEODATA_FILES) {
            try (InputStream in = geodata.openRaw(file)) {
                digest(sha, file, in);
            }
        }
        for (String resource : RESOURCES) {
            try (InputStream in = GazetteerFingerprint.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IOException(resource + " missing beside " + GazetteerFingerprint.class.getName());
                }
                digest(sha, resource, in);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void digest(MessageDigest sha, String name, InputStream in) throws IOException {
        sha.update(name.getBytes(StandardCharsets.UTF_8));
        byte[] buffer = new byte[1 << 16];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            sha.update(buffer, 0, n);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
