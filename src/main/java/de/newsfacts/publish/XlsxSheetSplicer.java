package de.newsfacts.publish;

import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds an .xlsx from a freshly written one in which some sheets are placeholders, taking those sheets' XML from
 * an earlier workbook.
 *
 * <ul>
 *   <li>Sheets are matched by name: {@code xl/workbook.xml} names each sheet and its relationship id,
 *       {@code xl/_rels/workbook.xml.rels} gives the part (e.g. {@code xl/worksheets/sheet3.xml}).</li>
 *   <li>Every zip entry is copied raw (still compressed, no inflate/deflate): the fresh workbook's entries in
 *       their order, except that a placeholder sheet's part gets the earlier sheet's bytes.</li>
 *   <li>Only valid for sheets written by {@link ExcelWorkbookWriter} of the same {@link ExcelWorkbookWriter#FORMAT}
 *       (inline strings, so a sheet part refers to nothing but the style table, which that format creates in a
 *       fixed order).</li>
 * </ul>
 */
final class XlsxSheetSplicer {

    private static final String WORKBOOK = "xl/workbook.xml";
    private static final String WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";
    private static final String RELATIONSHIPS_NS =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private XlsxSheetSplicer() {
    }

    /** Writes {@code fresh} to {@code out} with the sheets {@code sheetNames} taken from {@code earlier}. */
    static void splice(Path fresh, Path earlier, List<String> sheetNames, OutputStream out) throws IOException {
        try (ZipFile freshZip = ZipFile.builder().setPath(fresh).get();
             ZipFile earlierZip = ZipFile.builder().setPath(earlier).get()) {
            Map<String, String> freshParts = sheetParts(freshZip);
            Map<String, String> earlierParts = sheetParts(earlierZip);
            Map<String, ZipArchiveEntry> replacements = new HashMap<>();
            for (String name : sheetNames) {
                String target = freshParts.get(name);
                String source = earlierParts.get(name);
                ZipArchiveEntry sourceEntry = source == null ? null : earlierZip.getEntry(source);
                if (target == null || sourceEntry == null) {
                    throw new IOException("sheet '" + name + "' is missing in " + (target == null ? fresh : earlier));
                }
                replacements.put(target, sourceEntry);
            }
            ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out);
            zip.setUseZip64(Zip64Mode.AsNeeded);
            for (ZipArchiveEntry entry : Collections.list(freshZip.getEntries())) {
                ZipArchiveEntry source = replacements.getOrDefault(entry.getName(), entry);
                ZipFile from = source == entry ? freshZip : earlierZip;
                ZipArchiveEntry copy = new ZipArchiveEntry(entry.getName());
                copy.setMethod(source.getMethod());
                copy.setCrc(source.getCrc());
                copy.setSize(source.getSize());
                copy.setCompressedSize(source.getCompressedSize());
                copy.setTime(entry.getTime());
                try (InputStream raw = from.getRawInputStream(source)) {
                    zip.addRawArchiveEntry(copy, raw);
                }
            }
            zip.finish();
            out.flush();
        }
    }

    /** Sheet name → zip entry of its XML part. */
    static Map<String, String> sheetParts(ZipFile zip) throws IOException {
        Map<String, String> targets = new HashMap<>();
        NodeList relations = parse(zip, WORKBOOK_RELS).getElementsByTagNameNS("*", "Relationship");
        for (int i = 0; i < relations.getLength(); i++) {
            Element relation = (Element) relations.item(i);
            String target = relation.getAttribute("Target");
            targets.put(relation.getAttribute("Id"), target.startsWith("/") ? target.substring(1) : "xl/" + target);
        }
        Map<String, String> parts = new HashMap<>();
        NodeList sheets = parse(zip, WORKBOOK).getElementsByTagNameNS("*", "sheet");
        for (int i = 0; i < sheets.getLength(); i++) {
            Element sheet = (Element) sheets.item(i);
            String part = targets.get(sheet.getAttributeNS(RELATIONSHIPS_NS, "id"));
            if (part != null) {
                parts.put(sheet.getAttribute("name"), part);
            }
        }
        return parts;
    }

    private static Element parse(ZipFile zip, String entryName) throws IOException {
        ZipArchiveEntry entry = zip.getEntry(entryName);
        if (entry == null) {
            throw new IOException("not a workbook: no " + entryName);
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return builder().parse(in).getDocumentElement();
        } catch (org.xml.sax.SAXException e) {
            throw new IOException("unreadable " + entryName + ": " + e.getMessage(), e);
        }
    }

    private static DocumentBuilder builder() throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IOException(e);
        }
    }
}
