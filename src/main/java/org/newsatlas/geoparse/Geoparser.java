package org.newsatlas.geoparse;

import java.util.List;

/**
 * The geoparser: finds place names ({@link MentionExtractor}) and resolves them ({@link MentionResolver}).
 * Thread-safe when its parts are (the standard ones are).
 */
public final class Geoparser {

    private final MentionExtractor extractor;
    private final MentionResolver resolver;

    public Geoparser(MentionExtractor extractor, MentionResolver resolver) {
        this.extractor = extractor;
        this.resolver = resolver;
    }

    public MentionExtractor extractor() {
        return extractor;
    }

    public MentionResolver resolver() {
        return resolver;
    }

    /** The resolved mentions of one text; offsets are into {@code text}. */
    public List<ResolvedMention> parse(String text) {
        return parse(List.of(text));
    }

    /**
     * The resolved mentions of one document given as passages, so that document context spans them;
     * {@link Mention#passage()} says which passage each mention's offsets point into.
     */
    public List<ResolvedMention> parse(List<String> passages) {
        return resolver.resolve(passages, extractor.extract(passages));
    }
}
