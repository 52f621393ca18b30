package org.newsatlas.geoparse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsatlas.gazetteer.MatchType;
import org.newsatlas.gazetteer.Place;
import org.newsatlas.gazetteer.PlaceKind;

/**
 * Resolves a document's mentions by running its ordered passes over all of them together, then picks each
 * mention's best candidate. Mentions that {@link Mention#needsSupport() need support} are dropped when their
 * winner is a town scoring under {@code supportThreshold} (a small town without support from the document).
 */
public final class MentionResolver {

    private static final int RUNNERS_UP = 5;
    /** The pass whose evidence vouches for an admin-1 unit and, by its admin-1 reasons, places a lone town. */
    static final Class<DocumentContextPass> CONTEXT = DocumentContextPass.class;
    /** The pass whose evidence (a nearby place) places a lone town. */
    static final Class<SpatialCoherencePass> NEARBY = SpatialCoherencePass.class;
    /** The pass whose evidence (the state or country after a comma: "Heathrow, Florida") places a lone town. */
    static final Class<ContainerAfterCommaPass> CONTAINER = ContainerAfterCommaPass.class;
    /** Every pass whose evidence a rule here reads; each must be one of the {@link #standard()} passes. */
    static final List<Class<? extends ResolutionPass>> PASSES_RULES_READ = List.of(CONTEXT, NEARBY, CONTAINER);
    static final long LONE_TOWN_POPULATION = 20_000;

    private final List<ResolutionPass> passes;
    private final double supportThreshold;
    private final ContainingUnitFallback containingUnit = new ContainingUnitFallback();
    private final ConfidenceModel confidenceModel;

    /** A resolver whose confidence is the score margin's ({@link ConfidenceModel#RAW}). */
    public MentionResolver(List<ResolutionPass> passes, double supportThreshold) {
        this(passes, supportThreshold, ConfidenceModel.RAW);
    }

    public MentionResolver(List<ResolutionPass> passes, double supportThreshold, ConfidenceModel confidenceModel) {
        this.passes = List.copyOf(passes);
        this.supportThreshold = supportThreshold;
        this.confidenceModel = confidenceModel;
    }

    /**
     * Name match, country/capital, population rank, admin-unit names, document context, spatial coherence, a
     * country's adjective before "city of" (and the like), a state or country after a comma; the confidence from
     * the {@link ConfidenceModel#fitted() fitted model}.
     */
    public static MentionResolver standard() {
        return standard(ConfidenceModel.fitted());
    }

    /** The standard passes with another confidence model (the evaluation fits the model on the margins'). */
    public static MentionResolver standard(ConfidenceModel confidenceModel) {
        return new MentionResolver(List.of(new NameMatchPass(), new CountryAndCapitalPass(), new PopulationRankPass(),
                new AdminUnitNamePass(), new DocumentContextPass(), new SpatialCoherencePass(),
                new CountryPhrasePass(), new ContainerAfterCommaPass()), 4.0, confidenceModel);
    }

    public List<ResolutionPass> passes() {
        return passes;
    }

    /** Resolves mentions of one document; {@code passages} are the texts the mentions' offsets point into. */
    public List<ResolvedMention> resolve(List<String> passages, List<Mention> mentions) {
        DocumentScores scores = new DocumentScores(passages, mentions);
        for (ResolutionPass pass : passes) {
            pass.apply(scores);
        }
        // what every mention may ask of the whole document is gathered once (asked per mention, it was quadratic)
        Set<String> countriesNamed = countriesNamed(scores);
        Map<String, Place> mostNamedUnits = ContainingUnitFallback.mostNamedUnits(scores);
        List<ResolvedMention> out = new ArrayList<>(mentions.size());
        for (int m = 0; m < mentions.size(); m++) {
            int best = scores.leader(m);
            boolean keep = best >= 0 && (!mentions.get(m).needsSupport() || isSupported(scores, m, best))
                    && (best < 0 || !isLoneSmallTown(scores, m, best, countriesNamed));
            if (keep) {
                out.add(resolved(scores, m, best, mostNamedUnits));
            }
        }
        return out;
    }

    /**
     * Countries, regions and features need no support; an admin-1 unit needs its country or itself vouched for
     * by the document ("Flores" the surname is not Uruguay's department); a town needs a high enough score.
     */
    private boolean isSupported(DocumentScores scores, int m, int best) {
        Place place = scores.candidates(m).get(best).place();
        if (place.kind() == PlaceKind.ADMIN1) {
            return scores.evidence(m, best).stream().anyMatch(e -> e.isFrom(CONTEXT));
        }
        return place.kind() != PlaceKind.CITY || scores.score(m, best) >= supportThreshold;
    }

    /**
     * A one-word name whose best reading is a town under {@value #LONE_TOWN_POPULATION} people that nothing else in
     * the document places (no admin-1 context, no nearby place, no state or country after a comma, its country not
     * named) is more likely a surname or a word than a place.
     */
    private static boolean isLoneSmallTown(DocumentScores scores, int m, int best, Set<String> countriesNamed) {
        Place place = scores.candidates(m).get(best).place();
        if (place.kind() != PlaceKind.CITY || place.population() >= LONE_TOWN_POPULATION || place.isCapital()
                || scores.mention(m).surface().contains(" ")) {
            return false;
        }
        boolean placed = false;
        for (DocumentScores.Evidence e : scores.evidence(m, best)) {
            // only DocumentContextPass's reasons are worded to tell: the others' are not worded for nothing
            if (e.isFrom(NEARBY) || e.isFrom(CONTAINER) || e.isFrom(CONTEXT)
                    && e.reason().startsWith(DocumentContextPass.ADMIN1_MENTIONED)) {
                placed = true;
                break;
            }
        }
        return !placed && !countriesNamed.contains(place.countryCode());
    }

    /** The countries some mention of the document resolves to itself ("Russia", "Russian"). */
    private static Set<String> countriesNamed(DocumentScores scores) {
        Set<String> named = new HashSet<>();
        for (int o = 0; o < scores.mentionCount(); o++) {
            Place leader = scores.leaderPlace(o);
            if (leader != null && leader.kind() == PlaceKind.COUNTRY) {
                named.add(leader.countryCode());
            }
        }
        return named;
    }

    private ResolvedMention resolved(DocumentScores scores, int m, int best, Map<String, Place> mostNamedUnits) {
        int runnerUp = -1;
        for (int c = 0; c < scores.candidates(m).size(); c++) {
            if (c != best && (runnerUp < 0 || scores.score(m, c) > scores.score(m, runnerUp))) {
                runnerUp = c;
            }
        }
        DocumentScores.Evidence decisive = decisive(scores, m, best, runnerUp);
        Place place = scores.candidates(m).get(best).place();
        Place unit = containingUnit.unitFor(scores, m, place, mostNamedUnits);
        if (unit != null) {
            List<Candidate> others = runnersUp(scores, m, best, RUNNERS_UP - 1);
            others.add(0, new Candidate(place, scores.score(m, best)));
            return new ResolvedMention(scores.mention(m), unit, 0.5, ContainingUnitFallback.NAME, "no such unit in "
                    + "the gazetteer; " + place.name() + " is elsewhere, and the document names " + unit.name(),
                    others);
        }
        double confidence = confidenceModel.confidence(new ConfidenceModel.Decision(
                marginConfidence(scores, m, best, runnerUp), place.kind(), place.population(),
                scores.candidates(m).size(), scores.mention(m).needsSupport(), scores.mention(m).associative(),
                scores.mention(m).candidates().get(best).type() == MatchType.LOOSE, decisive.pass()));
        return new ResolvedMention(scores.mention(m), place, confidence, decisive.pass(), decisive.reason(),
                runnersUp(scores, m, best, RUNNERS_UP));
    }

    /**
     * The {@code limit} best candidates other than {@code best}, highest score first, ties in candidate order
     * (what a stable sort of all by descending score would begin with), without making a Candidate of each.
     */
    private static List<Candidate> runnersUp(DocumentScores scores, int m, int best, int limit) {
        int[] top = new int[limit];
        int n = 0;
        for (int c = 0; c < scores.candidates(m).size(); c++) {
            if (c == best) {
                continue;
            }
            int at = n;
            while (at > 0 && Double.compare(scores.score(m, top[at - 1]), scores.score(m, c)) < 0) {
                at--;
            }
            if (at < limit) {
                System.arraycopy(top, at, top, at + 1, Math.min(n, limit - 1) - at);
                top[at] = c;
                n = Math.min(n + 1, limit);
            }
        }
        List<Candidate> out = new ArrayList<>(n + 1);
        for (int i = 0; i < n; i++) {
            out.add(new Candidate(scores.candidates(m).get(top[i]).place(), scores.score(m, top[i])));
        }
        return out;
    }

    /** The winner's evidence that most exceeds what the same pass gave the runner-up. */
    private static DocumentScores.Evidence decisive(DocumentScores scores, int m, int best, int runnerUp) {
        DocumentScores.Evidence decisive = null;
        double bestGain = Double.NEGATIVE_INFINITY;
        for (DocumentScores.Evidence e : scores.evidence(m, best)) {
            double gain = e.delta() - (runnerUp < 0 ? 0 : sum(scores, m, runnerUp, e.source()));
            if (gain > bestGain) {
                bestGain = gain;
                decisive = e;
            }
        }
        return decisive == null ? new DocumentScores.Evidence(null, "none", 0, "only candidate") : decisive;
    }

    private static double sum(DocumentScores scores, int m, int c, Class<? extends ResolutionPass> pass) {
        double sum = 0.0;
        int count = 0;
        for (DocumentScores.Evidence e : scores.evidence(m, c)) {
            if (e.isFrom(pass)) {
                sum += e.delta();
                count++;
            }
        }
        // one term (the usual case) adds up the same; more go through the stream's compensated sum, as ever
        return count <= 1 ? sum : scores.evidence(m, c).stream().filter(e -> e.isFrom(pass))
                .mapToDouble(DocumentScores.Evidence::delta).sum();
    }

    /** 1 − ½·e^(−margin) for a contested name, ~0.95 for a unique one; loose spellings and weak names lower. */
    private static double marginConfidence(DocumentScores scores, int m, int best, int runnerUp) {
        double c = runnerUp < 0 ? 0.95 : 1 - 0.5 * Math.exp(-(scores.score(m, best) - scores.score(m, runnerUp)));
        Mention mention = scores.mention(m);
        if (mention.candidates().get(best).type() == MatchType.LOOSE) {
            c *= 0.7;
        }
        if (mention.needsSupport() && scores.candidates(m).get(best).place().kind() == PlaceKind.CITY) {
            c *= 0.8;
        }
        return Math.max(0, Math.min(1, c));
    }
}
