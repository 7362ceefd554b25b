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
import java.util.zip.Deflater;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds an .xlsx from a freshly written one in which some sheets are placeholders, taking those sheets' XML from
 * an earlier workbook.
 *
 * <ul>
 *   <li>Sheets are matched by name: {@code xl/workbook.xml} names each sheet and its relationship id,
 *       {@code xl/_rels/workbook.xml.rels} gives the part (e.g. {@code xl/worksheets/sheet3.xml}).</li>
 *   <li>Every zip entry is copied raw (still compressed, no inflate/deflate): the fresh workbook's entries in
 *       their order, except that a placeholder sheet's part gets the earlier sheet's bytes.</li>
 *   <li>A continued sheet (a table that grew but still fits its sheet) is the one entry that is re-compressed:
 *       the earlier sheet's rows, then the fresh sheet's rows (written after them, from the earlier row count
 *       on), inside the fresh sheet's frame.</li>
 *   <li>Only valid for sheets written by {@link ExcelWorkbookWriter} of the same {@link ExcelWorkbookWriter#FORMAT}
 *       (inline strings, so a sheet part refers to nothing but the style table, which that format creates in a
 *       fixed order).</li>
 * </ul>
 */
final class XlsxSheetSplicer {

    private static final String WORKBOOK = "xl/workbook.xml";
    private static final String WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";
    private static final String SHEET_DATA = "<sheetData>";
    private static final byte[] SHEET_DATA_START = SHEET_DATA.getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHEET_DATA_END = "</sheetData>".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ROW_END = "</row>".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern COL = Pattern.compile(
            "<col min=\"(\\d+)\" max=\"(\\d+)\" width=\"([0-9.]+)\"");
    private static final String RELATIONSHIPS_NS =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private XlsxSheetSplicer() {
    }

    /**
     * Writes {@code fresh} to {@code out} with the sheets {@code taken} taken from {@code earlier} as they are, and
     * the sheets {@code continued} made of the earlier sheet's rows followed by the fresh sheet's rows (the fresh
     * sheet's header row is dropped; everything around the rows — dimension, widths, filter — comes from the
     * fresh sheet, which was written for the whole row count).
     */
    static void splice(Path fresh, Path earlier, List<String> taken, List<String> continued, OutputStream out)
            throws IOException {
        try (ZipFile freshZip = ZipFile.builder().setPath(fresh).get();
             ZipFile earlierZip = ZipFile.builder().setPath(earlier).get()) {
            Map<String, String> freshParts = sheetParts(freshZip);
            Map<String, String> earlierParts = sheetParts(earlierZip);
            Map<String, ZipArchiveEntry> replacements = new HashMap<>();
            Map<String, ZipArchiveEntry> continuations = new HashMap<>();
            for (String name : taken) {
                replacements.put(part(freshParts, name, fresh), entry(earlierZip, earlierParts, name, earlier));
            }
            for (String name : continued) {
                continuations.put(part(freshParts, name, fresh), entry(earlierZip, earlierParts, name, earlier));
            }
            ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out);
            zip.setUseZip64(Zip64Mode.AsNeeded);
            for (ZipArchiveEntry entry : Collections.list(freshZip.getEntries())) {
                ZipArchiveEntry earlierSheet = continuations.get(entry.getName());
                if (earlierSheet != null) {
                    byte[] rows = read(earlierZip, earlierSheet);
                    byte[] sheet = read(freshZip, entry);
                    ZipArchiveEntry joined = new ZipArchiveEntry(entry.getName());
                    joined.setMethod(ZipArchiveEntry.DEFLATED);
                    joined.setTime(entry.getTime());
                    zip.setLevel(Deflater.BEST_SPEED); // the one entry compressed here: speed over a few percent
                    zip.putArchiveEntry(joined);
                    continueRows(rows, sheet, zip);
                    zip.closeArchiveEntry();
                    continue;
                }
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

    /**
     * Writes the XML of a sheet whose rows are {@code earlier}'s rows followed by {@code fresh}'s rows after its
     * header row, everything else as in {@code fresh}. Works on the UTF-8 bytes: the markers are ASCII.
     */
    static void continueRows(byte[] earlier, byte[] fresh, OutputStream out) throws IOException {
        int earlierStart = bodyStart(earlier);
        int earlierEnd = lastIndexOf(earlier, SHEET_DATA_END);
        int freshStart = bodyStart(fresh);
        int headerEnd = indexOf(fresh, ROW_END, freshStart);
        if (earlierEnd < earlierStart || headerEnd < 0) {
            throw new IOException("a sheet without rows cannot be continued");
        }
        headerEnd += ROW_END.length;
        if (headerEnd < fresh.length && fresh[headerEnd] == '\n') {
            headerEnd++;
        }
        out.write(fresh, 0, freshStart);
        out.write(earlier, earlierStart, earlierEnd - earlierStart);
        if (earlierEnd > earlierStart && earlier[earlierEnd - 1] != '\n') {
            out.write('\n');
        }
        out.write(fresh, headerEnd, fresh.length - headerEnd);
    }

    private static int bodyStart(byte[] sheet) throws IOException {
        int start = indexOf(sheet, SHEET_DATA_START, 0);
        if (start < 0) {
            throw new IOException("not a sheet with rows: no <sheetData>");
        }
        return start + SHEET_DATA_START.length;
    }

    private static int indexOf(byte[] hay, byte[] needle, int from) {
        outer:
        for (int i = from; i <= hay.length - needle.length; i++) {
            for (int k = 0; k < needle.length; k++) {
                if (hay[i + k] != needle[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static int lastIndexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = hay.length - needle.length; i >= 0; i--) {
            for (int k = 0; k < needle.length; k++) {
                if (hay[i + k] != needle[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Column widths of a sheet in characters (see {@link ExcelWorkbookWriter#charsOfWidth}), by column. */
    static int[] columnChars(Path workbook, String sheetName, int columns) throws IOException {
        try (ZipFile zip = ZipFile.builder().setPath(workbook).get()) {
            ZipArchiveEntry entry = entry(zip, sheetParts(zip), sheetName, workbook);
            String head;
            try (InputStream in = zip.getInputStream(entry)) {
                head = new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
            }
            int end = head.indexOf(SHEET_DATA);
            if (end < 0) {
                throw new IOException("sheet '" + sheetName + "' of " + workbook + ": no rows found");
            }
            int[] chars = new int[columns];
            Matcher col = COL.matcher(head.substring(0, end));
            while (col.find()) {
                int min = Integer.parseInt(col.group(1));
                int max = Integer.parseInt(col.group(2));
                int value = ExcelWorkbookWriter.charsOfWidth(Double.parseDouble(col.group(3)));
                for (int c = min; c <= max && c <= columns; c++) {
                    chars[c - 1] = value;
                }
            }
            return chars;
        }
    }

    private static String part(Map<String, String> parts, String name, Path workbook) throws IOException {
        String part = parts.get(name);
        if (part == null) {
            throw new IOException("sheet '" + name + "' is missing in " + workbook);
        }
        return part;
    }

    private static ZipArchiveEntry entry(ZipFile zip, Map<String, String> parts, String name, Path workbook)
            throws IOException {
        ZipArchiveEntry entry = zip.getEntry(part(parts, name, workbook));
        if (entry == null) {
            throw new IOException("sheet '" + name + "' is missing in " + workbook);
        }
        return entry;
    }

    private static byte[] read(ZipFile zip, ZipArchiveEntry entry) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            return in.readAllBytes();
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
