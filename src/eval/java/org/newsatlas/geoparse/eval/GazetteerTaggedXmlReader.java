package org.newsatlas.geoparse.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads a corpus in the XML its authors publish for LGL and TR-News (Kamalloo &amp; Rafiei 2018; Gritta et al.'s
 * "Pragmatic Guide to Geoparsing Evaluation" repository, {@code data/Corpora/TR-News.xml}): {@code <article>}s
 * with {@code <text>} and {@code <toponyms>}, each {@code <toponym>} with {@code <start>}, {@code <end>},
 * {@code <phrase>} and, when it has a GeoNames entry, {@code <gaztag>} with {@code <lat>} and {@code <lon>}.
 * The file is read where the user keeps it; the corpus is never copied into the project.
 *
 * <p>Some published offsets are one or two characters off the phrase ("tobicoke," for Etobicoke): a span that
 * does not hold its phrase is moved to the nearest place within {@value #REPAIR_WINDOW} characters that does, and
 * dropped (counted) when there is none, as the shared corpora were normalised.
 */
public class GazetteerTaggedXmlReader {

    static final int REPAIR_WINDOW = 20;

    /** The corpus and how many spans were moved or dropped to match their phrases. */
    public record Read(AnnotatedCorpus corpus, int repaired, int dropped) {
    }

    public Read read(Path xmlFile, String corpusName) {
        Document xml = parse(xmlFile);
        List<AnnotatedDocument> documents = new ArrayList<>();
        int repaired = 0;
        int dropped = 0;
        NodeList articles = xml.getElementsByTagName("article");
        for (int a = 0; a < articles.getLength(); a++) {
            Element article = (Element) articles.item(a);
            String id = article.hasAttribute("docid") ? article.getAttribute("docid") : String.valueOf(a);
            String text = childText(article, "text");
            List<GoldToponym> gold = new ArrayList<>();
            NodeList toponyms = article.getElementsByTagName("toponym");
            for (int t = 0; t < toponyms.getLength(); t++) {
                Element toponym = (Element) toponyms.item(t);
                String phrase = childText(toponym, "phrase").strip();
                int published = Integer.parseInt(childText(toponym, "start").strip());
                int start = spanStart(text, phrase, published);
                if (start < 0) {
                    dropped++;
                    continue;
                }
                if (start != published) {
                    repaired++;
                }
                Element gaztag = (Element) toponym.getElementsByTagName("gaztag").item(0);
                gold.add(new GoldToponym(start, start + phrase.length(), phrase,
                        gaztag == null ? Double.NaN : Double.parseDouble(childText(gaztag, "lat").strip()),
                        gaztag == null ? Double.NaN : Double.parseDouble(childText(gaztag, "lon").strip())));
            }
            documents.add(new AnnotatedDocument(id, text, gold));
        }
        return new Read(new AnnotatedCorpus(corpusName, documents), repaired, dropped);
    }

    /** {@code given} if the phrase is there, else the nearest start within the window where it is, else -1. */
    static int spanStart(String text, String phrase, int given) {
        for (int shift = 0; shift <= REPAIR_WINDOW; shift++) {
            for (int start : new int[] {given - shift, given + shift}) {
                if (start >= 0 && start + phrase.length() <= text.length() && text.startsWith(phrase, start)) {
                    return start;
                }
            }
        }
        return -1;
    }

    private static String childText(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        if (nodes.getLength() == 0) {
            throw new IllegalArgumentException("<" + parent.getTagName() + "> without <" + tag + ">");
        }
        return nodes.item(0).getTextContent();
    }

    private static Document parse(Path xmlFile) {
        try (InputStream in = Files.newInputStream(xmlFile)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + xmlFile, e);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalArgumentException(xmlFile + " is not the corpus XML: " + e.getMessage(), e);
        }
    }
}
