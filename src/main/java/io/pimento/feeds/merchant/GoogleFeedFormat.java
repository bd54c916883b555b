package io.pimento.feeds.merchant;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/**
 * Writes Google items as they come, never the whole feed at once: RSS 2.0 with the {@code g:}
 * namespace, or tab-separated values with a header row.
 */
public sealed interface GoogleFeedFormat {

    String GOOGLE_NAMESPACE = "http://base.google.com/ns/1.0";

    void item(GoogleItem item);

    void end();

    static GoogleFeedFormat xml(OutputStream out, String title, String link) {
        return new Xml(out, title, link);
    }

    static GoogleFeedFormat tsv(OutputStream out) {
        return new Tsv(out);
    }

    /** RSS 2.0; StAX escapes the text, and characters XML 1.0 cannot carry at all are dropped. */
    final class Xml implements GoogleFeedFormat {
        private final XMLStreamWriter xml;

        Xml(OutputStream out, String title, String link) {
            try {
                xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
                xml.writeStartDocument("UTF-8", "1.0");
                xml.writeStartElement("rss");
                xml.writeAttribute("version", "2.0");
                xml.writeNamespace("g", GOOGLE_NAMESPACE);
                xml.writeStartElement("channel");
                element("title", title);
                element("link", link);
                element("description", title);
            } catch (XMLStreamException e) {
                throw failed(e);
            }
        }

        @Override
        public void item(GoogleItem item) {
            try {
                xml.writeStartElement("item");
                for (var field : item.fields().entrySet()) {
                    xml.writeStartElement("g", field.getKey(), GOOGLE_NAMESPACE);
                    xml.writeCharacters(xmlSafe(field.getValue()));
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            } catch (XMLStreamException e) {
                throw failed(e);
            }
        }

        @Override
        public void end() {
            try {
                xml.writeEndElement();
                xml.writeEndElement();
                xml.writeEndDocument();
                xml.flush();
            } catch (XMLStreamException e) {
                throw failed(e);
            }
        }

        private void element(String name, String text) throws XMLStreamException {
            xml.writeStartElement(name);
            xml.writeCharacters(xmlSafe(text));
            xml.writeEndElement();
        }

        /** StAX reports a failing output stream as an XMLStreamException; it is an I/O failure. */
        private static UncheckedIOException failed(XMLStreamException e) {
            return new UncheckedIOException(new IOException(e));
        }

        static String xmlSafe(String text) {
            return text.codePoints()
                    .filter(c -> c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        }
    }

    /** Header row of {@link GoogleFields#COLUMNS}; tabs and line breaks inside values become spaces. */
    final class Tsv implements GoogleFeedFormat {
        private final Writer out;

        Tsv(OutputStream out) {
            this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            write(String.join("\t", GoogleFields.COLUMNS));
        }

        @Override
        public void item(GoogleItem item) {
            write(GoogleFields.COLUMNS.stream().map(column -> cell(item.get(column))).collect(Collectors.joining("\t")));
        }

        @Override
        public void end() {
            try {
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static String cell(String value) {
            return value == null ? "" : value.replaceAll("[\\t\\r\\n]+", " ");
        }

        private void write(String line) {
            try {
                out.write(line);
                out.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
