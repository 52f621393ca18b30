package org.newsatlas.article.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jsoup.Jsoup;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * An RSS (2.0 or 1.0) or Atom feed ({@code .rss}, {@code .atom}, {@code .xml}): one article per item or entry, its
 * title, link, date ({@code pubDate}, {@code dc:date}, {@code published}, {@code updated}), author
 * ({@code dc:creator}, {@code author}) and text (the full content, {@code content:encoded} or Atom
 * {@code content}, else the summary, {@code description} or {@code summary}, its markup turned into paragraphs);
 * the outlet is the feed's title. The XML is read with no document type and no external entities.
 */
final class FeedFormat implements BundleFormat {

    @Override
    public List<String> extensions() {
        return List.of(".rss", ".atom", ".xml");
    }

    @Override
    public List<BundleEntry> entries(String sourceName, byte[] bytes) throws ArticleReadException {
        Element root = parse(bytes).getDocumentElement();
        String kind = root.getLocalName();
        if (!"rss".equals(kind) && !"feed".equals(kind) && !"RDF".equals(kind)) {
            throw new ArticleReadException(ArticleReadException.Reason.UNSUPPORTED_TYPE,
                    "not an RSS or Atom feed: the document is <" + root.getTagName() + ">");
        }
        Element channel = "rss".equals(kind) || "RDF".equals(kind) ? child(root, "channel") : root;
        String outlet = channel == null ? null : text(child(channel, "title"));
        List<Element> items = descendants(root, "feed".equals(kind) ? "entry" : "item");
        List<BundleEntry> entries = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            entries.add(entry(sourceName + " item " + (i + 1), items.get(i), outlet));
        }
        if (entries.isEmpty()) {
            throw new ArticleReadException(ArticleReadException.Reason.EMPTY, "a feed with no items");
        }
        return entries;
    }

    private static BundleEntry entry(String name, Element item, String outlet) {
        Map<String, String> fields = new HashMap<>();
        fields.put("title", text(child(item, "title")));
        fields.put("url", link(item));
        fields.put("date", date(first(text(child(item, "pubDate")), text(child(item, "date")),
                text(child(item, "published")), text(child(item, "updated")))));
        Element author = child(item, "author");
        fields.put("author", first(text(child(item, "creator")), author == null ? null
                : first(text(child(author, "name")), text(author))));
        fields.put("outlet", outlet);
        String markup = first(text(child(item, "encoded")), text(child(item, "content")),
                text(child(item, "description")), text(child(item, "summary")));
        fields.put("text", markup == null ? null : HtmlArticleText.extract(Jsoup.parseBodyFragment(markup)).text());
        return new BundleEntry.Row(ArticleRecord.of(name, fields));
    }

    private static Document parse(byte[] bytes) throws ArticleReadException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(bytes));
        } catch (SAXException e) {
            throw new ArticleReadException(ArticleReadException.Reason.UNSUPPORTED_TYPE,
                    "not a readable RSS or Atom feed: " + e.getMessage());
        } catch (ParserConfigurationException | IOException e) {
            throw new ArticleReadException(ArticleReadException.Reason.UNREADABLE, "cannot read the feed: " + e.getMessage());
        }
    }

    /** An RFC 822 date of RSS ("Tue, 10 Jun 2003 04:00:00 GMT") as ISO; any other form as written. */
    private static String date(String value) {
        if (value == null) {
            return null;
        }
        try {
            return ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate().toString();
        } catch (DateTimeException e) {
            return value;
        }
    }

    /** The item's address: RSS {@code <link>} text, Atom's alternate {@code <link href>}. */
    private static String link(Element item) {
        for (Element link : children(item, "link")) {
            String href = link.getAttribute("href");
            if (href.isEmpty()) {
                String text = text(link);
                if (text != null) {
                    return text;
                }
            } else if (link.getAttribute("rel").isEmpty() || "alternate".equals(link.getAttribute("rel"))) {
                return href;
            }
        }
        return null;
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    private static String text(Element element) {
        if (element == null) {
            return null;
        }
        String text = element.getTextContent().strip();
        return text.isEmpty() ? null : text;
    }

    private static Element child(Element parent, String localName) {
        List<Element> found = children(parent, localName);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && localName.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    private static List<Element> descendants(Element root, String localName) {
        NodeList nodes = root.getElementsByTagNameNS("*", localName);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }
}
