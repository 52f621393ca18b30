package org.newsatlas.geoparse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.newsatlas.gazetteer.NameMatch;
import org.newsatlas.gazetteer.Place;

/** The candidates of one document's mentions and the evidence the passes have given each so far. */
public final class DocumentScores {

    /**
     * One pass's contribution to one candidate. The reason is worded only when asked for: most candidates lose,
     * and formatting a sentence for each of them was the resolver's largest cost.
     *
     * @param source the class of the pass that gave it (null for none); rules ask {@link #isFrom} by type
     * @param pass   the pass's {@link ResolutionPass#name() name}, the text stored as a mention's decided-by
     */
    public record Evidence(Class<? extends ResolutionPass> source, String pass, double delta,
            Supplier<String> reasonText) {

        public Evidence(Class<? extends ResolutionPass> source, String pass, double delta, String reason) {
            this(source, pass, delta, () -> reason);
        }

        /** Whether a pass of this type gave it: a renamed pass still matches, a removed one fails to compile. */
        public boolean isFrom(Class<? extends ResolutionPass> passType) {
            return passType.equals(source);
        }

        public String reason() {
            return reasonText.get();
        }
    }

    private final List<String> passages;
    private final List<Mention> mentions;
    private final double[][] scores;
    private final List<List<List<Evidence>>> evidence = new ArrayList<>();
    /** Each mention's leader, worked out when first asked for since its last {@link #add}; UNKNOWN till then. */
    private final int[] leaders;
    private static final int UNKNOWN = -2;
    private ResolutionPass lastPass;
    private String lastPassName;

    public DocumentScores(List<String> passages, List<Mention> mentions) {
        this.passages = List.copyOf(passages);
        this.mentions = List.copyOf(mentions);
        this.scores = new double[mentions.size()][];
        this.leaders = new int[mentions.size()];
        Arrays.fill(leaders, UNKNOWN);
        for (int m = 0; m < mentions.size(); m++) {
            int n = mentions.get(m).candidates().size();
            scores[m] = new double[n];
            List<List<Evidence>> perCandidate = new ArrayList<>(n);
            for (int c = 0; c < n; c++) {
                perCandidate.add(new ArrayList<>(4));
            }
            evidence.add(perCandidate);
        }
    }

    public int mentionCount() {
        return mentions.size();
    }

    public Mention mention(int m) {
        return mentions.get(m);
    }

    public List<NameMatch> candidates(int m) {
        return mentions.get(m).candidates();
    }

    /** The text of the passage the mention is in. */
    public String passageText(int m) {
        return passages.get(mentions.get(m).passage());
    }

    public void add(int m, int c, ResolutionPass pass, double delta, String reason) {
        scores[m][c] += delta;
        leaders[m] = UNKNOWN;
        evidence.get(m).get(c).add(new Evidence(pass.getClass(), name(pass), delta, reason));
    }

    /** As {@link #add(int, int, ResolutionPass, double, String)}, the reason worded only if it is read. */
    public void add(int m, int c, ResolutionPass pass, double delta, Supplier<String> reason) {
        scores[m][c] += delta;
        leaders[m] = UNKNOWN;
        evidence.get(m).get(c).add(new Evidence(pass.getClass(), name(pass), delta, reason));
    }

    /** The pass's name, asked once per run of additions by the same pass. */
    private String name(ResolutionPass pass) {
        if (pass != lastPass) {
            lastPass = pass;
            lastPassName = pass.name();
        }
        return lastPassName;
    }

    public double score(int m, int c) {
        return scores[m][c];
    }

    public List<Evidence> evidence(int m, int c) {
        return evidence.get(m).get(c);
    }

    /** Index of the best-scoring candidate (first on ties), or -1 without candidates. */
    public int leader(int m) {
        if (leaders[m] == UNKNOWN) {
            leaders[m] = bestOf(m);
        }
        return leaders[m];
    }

    private int bestOf(int m) {
        int best = -1;
        for (int c = 0; c < scores[m].length; c++) {
            if (best < 0 || scores[m][c] > scores[m][best]) {
                best = c;
            }
        }
        return best;
    }

    public Place leaderPlace(int m) {
        int c = leader(m);
        return c < 0 ? null : candidates(m).get(c).place();
    }

    /** Leader's score minus the runner-up's; the leader's score when it is the only candidate. */
    public double margin(int m) {
        int best = leader(m);
        double second = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < scores[m].length; c++) {
            if (c != best) {
                second = Math.max(second, scores[m][c]);
            }
        }
        return second == Double.NEGATIVE_INFINITY ? scores[m][best] : scores[m][best] - second;
    }
}
