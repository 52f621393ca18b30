package org.newsatlas.geoparse.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a corpus of the shared evaluation folder: {@code <Corpus>.docs.jsonl} (one JSON object per
 * line with {@code doc_id} and {@code text}) and {@code <Corpus>.gold.tsv} (header
 * {@code doc_id start end surface lat lon geonameid type}; empty cell = missing).
 */
public class AnnotatedCorpusReader {

    /** LGL's marker for a toponym without coordinates (recognition only). */
    static final String NO_GAZETTEER_TAG = "NO_GAZTAG";

    private final ObjectMapper json = new ObjectMapper();

    public AnnotatedCorpus read(Path evalDirectory, String corpusName) {
        Map<String, String> texts = readTexts(evalDirectory.resolve(corpusName + ".docs.jsonl"));
        Map<String, List<GoldToponym>> gold = readGold(evalDirectory.resolve(corpusName + ".gold.tsv"), texts);
        List<AnnotatedDocument> documents = new ArrayList<>();
        texts.forEach((id, text) -> documents.add(new AnnotatedDocument(id, text, gold.getOrDefault(id, List.of()))));
        return new AnnotatedCorpus(corpusName, documents);
    }

    private Map<String, String> readTexts(Path docsFile) {
        Map<String, String> texts = new LinkedHashMap<>();
        try (BufferedReader reader = Files.newBufferedReader(docsFile, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    JsonNode document = json.readTree(line);
                    texts.put(document.get("doc_id").asText(), document.get("text").asText());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + docsFile, e);
        }
        return texts;
    }

    private Map<String, List<GoldToponym>> readGold(Path goldFile, Map<String, String> texts) {
        Map<String, List<GoldToponym>> gold = new LinkedHashMap<>();
        try (BufferedReader reader = Files.newBufferedReader(goldFile, StandardCharsets.UTF_8)) {
            reader.readLine(); // header
            int lineNumber = 1;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (!line.isBlank()) {
                    String[] cells = line.split("\t", -1);
                    GoldToponym toponym = toponym(cells, goldFile + ":" + lineNumber, texts.get(cells[0]));
                    gold.computeIfAbsent(cells[0], id -> new ArrayList<>()).add(toponym);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + goldFile, e);
        }
        return gold;
    }

    private static GoldToponym toponym(String[] cells, String where, String text) {
        if (cells.length < 8 || text == null) {
            throw new IllegalArgumentException(where + ": malformed row or unknown document " + cells[0]);
        }
        int start = Integer.parseInt(cells[1]);
        int end = Integer.parseInt(cells[2]);
        if (end > text.length() || !text.substring(start, end).equals(cells[3])) {
            throw new IllegalArgumentException(where + ": span [" + start + "," + end + ") is not '" + cells[3] + "'");
        }
        boolean located = !NO_GAZETTEER_TAG.equals(cells[7]);
        return new GoldToponym(start, end, cells[3],
                located ? coordinate(cells[4]) : Double.NaN, located ? coordinate(cells[5]) : Double.NaN);
    }

    private static double coordinate(String cell) {
        return cell.isBlank() ? Double.NaN : Double.parseDouble(cell);
    }
}
