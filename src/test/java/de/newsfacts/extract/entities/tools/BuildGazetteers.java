package de.newsfacts.extract.entities.tools;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds the shipped gazetteer resources from /work/shared/corpora/gazetteers_de (deterministic output).
 *
 * <pre>mvn -q -B -o test-compile exec:java -Dexec.mainClass=de.newsfacts.extract.entities.tools.BuildGazetteers \
 *   -Dexec.args="../shared/corpora src/main/resources/de/newsfacts/extract/entities"</pre>
 *
 * Writes {@code firstnames_berlin.txt} (CC BY 3.0 DE), {@code firstnames_intl.txt} (GFDL) and {@code places.tsv}
 * ({@code kind<TAB>canonical<TAB>variant|variant...}; kinds COUNTRY, REGION, CITY). The canonical name of a place is
 * chosen in this order: {@code place_canonical_overrides.tsv} (hand-kept, current German news usage), the CLDR German
 * short name (countries), the Natural Earth {@code name_de}, the Who's On First preferred German name.
 */
public final class BuildGazetteers {

    public static void main(String[] args) throws IOException {
        Path corpora = Path.of(args.length > 0 ? args[0] : "../shared/corpora").resolve("gazetteers_de");
        Path out = Path.of(args.length > 1 ? args[1] : "src/main/resources/de/newsfacts/extract/entities");
        buildFirstNames(corpora, out);
        buildPlaces(corpora, out);
    }

    private static String nfc(String s) {
        return Normalizer.normalize(s.strip(), Normalizer.Form.NFC);
    }

    private static void buildFirstNames(Path dir, Path out) throws IOException {
        Set<String> berlin = new TreeSet<>();
        List<String> lines = Files.readAllLines(dir.resolve("berlin_vornamen_2012_2023_aggregated.tsv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t");
            String name = nfc(f[0]);
            if (Integer.parseInt(f[2]) >= 5 && name.length() >= 2 && name.chars().allMatch(c -> Character.isLetter(c) || c == '-')
                    && Character.isUpperCase(name.charAt(0))) {
                berlin.add(name);
            }
        }
        write(out.resolve("firstnames_berlin.txt"), berlin,
                "# First names given to newborns in Berlin 2012-2023 (count >= 5), derived from\n"
                        + "# berlinonline/haeufige-vornamen-berlin. Licence: CC BY 3.0 DE. Attribution: Berliner Landesamt fuer\n"
                        + "# Buerger- und Ordnungsangelegenheiten (LABO) / BerlinOnline Stadtportal GmbH & Co. KG.\n");
        Set<String> intl = new TreeSet<>();
        List<String> wl = Files.readAllLines(dir.resolve("firstnames_jmichael_winkelmann.csv"), StandardCharsets.UTF_8);
        for (String line : wl.subList(1, wl.size())) {
            String name = nfc(line.substring(0, line.indexOf(';')).replace('+', ' '));
            for (String part : name.split(" ")) {
                if (part.length() >= 2 && Character.isUpperCase(part.charAt(0))
                        && part.chars().allMatch(c -> Character.isLetter(c) || c == '-')) {
                    intl.add(part);
                }
            }
        }
        write(out.resolve("firstnames_intl.txt"), intl,
                "# First names from the c't name dictionary by Joerg Michael (firstname-database by M. Winkelmann).\n"
                        + "# Licence: GNU Free Documentation License 1.2 or later, no Invariant Sections (see LICENSE-GFDL-1.2.txt).\n"
                        + "# Derived: name column only, '+' read as space, split into single names.\n");
    }

    private static final class Place {
        final String kind;
        String canonical;
        final Set<String> variants = new LinkedHashSet<>();

        Place(String kind, String canonical) {
            this.kind = kind;
            this.canonical = canonical;
        }
    }

    private static void buildPlaces(Path dir, Path out) throws IOException {
        Map<String, Place> byCanonical = new LinkedHashMap<>();
        // countries: CLDR short name canonical
        for (String line : tail(dir.resolve("countries_de.tsv"))) {
            String[] f = line.split("\t", -1);
            Place p = place(byCanonical, "COUNTRY", nfc(f[3]));
            addAll(p, f[4], f[5], f[6], f[7]);
            for (String cap : f[8].split("\\|")) if (!cap.isBlank()) place(byCanonical, "CITY", nfc(cap));
        }
        Map<String, String> isoToCanonical = new LinkedHashMap<>();
        for (String line : tail(dir.resolve("countries_de.tsv"))) {
            String[] f = line.split("\t", -1);
            isoToCanonical.put(f[0], nfc(f[3]));
        }
        for (String file : List.of("umpirsky_country_de.csv", "umpirsky_country_de_AT.csv", "umpirsky_country_de_CH.csv")) {
            for (String line : tail(dir.resolve(file))) {
                int comma = line.indexOf(',');
                String iso = line.substring(0, comma);
                String name = line.substring(comma + 1).replace("\"", "");
                String canonical = isoToCanonical.get(iso);
                if (canonical != null) addAll(byCanonical.get(canonical), name);
            }
        }
        // subdivisions UA/BY/RU
        for (String line : tail(dir.resolve("subdivisions_UA_BY_RU_de.tsv"))) {
            String[] f = line.split("\t", -1);
            String kind = f[4].equalsIgnoreCase("City") ? "CITY" : "REGION";
            Place p = place(byCanonical, kind, nfc(f[2]));
            addAll(p, f[3]);
        }
        // Natural Earth cities (sorted by population desc in the source)
        for (String line : tail(dir.resolve("ne_10m_populated_places_de.tsv"))) {
            String[] f = line.split("\t", -1);
            String de = nfc(f[4]).replaceFirst("^Präfektur ", "");
            String name = nfc(f[0]);
            String canonical = de.isEmpty() ? name : de;
            if (canonical.isEmpty()) continue;
            Place p = place(byCanonical, "CITY", canonical);
            addAll(p, name, f[1], f[3]);
        }
        // Who's On First Ukraine
        for (String line : tail(dir.resolve("wof_ua_places_de.tsv"))) {
            String[] f = line.split("\t", -1);
            if ("0".equals(f[13])) continue;
            String type = f[1];
            String de = nfc(f[3]);
            long pop = f[10].isEmpty() ? 0 : (long) Double.parseDouble(f[10]);
            boolean keep = type.equals("region") || type.equals("country") || (type.equals("locality") && (pop >= 20000 || !de.isEmpty()));
            if (!keep || de.isEmpty()) continue;
            String kind = type.equals("country") ? "COUNTRY" : type.equals("region") ? "REGION" : "CITY";
            Place existing = findByVariant(byCanonical, kind, de);
            if (existing == null && kind.equals("CITY")) existing = findByVariant(byCanonical, kind, f[2], f[5]);
            Place p = existing != null ? existing : place(byCanonical, kind, de);
            addAll(p, de, f[2], f[5]);
            for (String v : f[4].split("\\|")) addAll(p, v);
        }
        // hand-kept canonical overrides: variant -> preferred canonical
        for (String line : Files.readAllLines(out.resolve("place_canonical_overrides.tsv"))) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            Place p = findByVariant(byCanonical, "CITY", f[0]);
            if (p == null) p = findByVariant(byCanonical, null, f[0]);
            if (p != null && !p.canonical.equals(f[1])) {
                byCanonical.remove(p.canonical);
                p.variants.add(p.canonical);
                p.canonical = f[1];
                Place other = byCanonical.get(f[1]);
                if (other != null) p.variants.addAll(other.variants);
                byCanonical.put(f[1], p);
            }
        }
        List<String> rows = new ArrayList<>();
        for (Place p : byCanonical.values()) {
            p.variants.remove(p.canonical);
            p.variants.removeIf(v -> v.length() < 2);
            rows.add(p.kind + "\t" + p.canonical + "\t" + String.join("|", p.variants));
        }
        write(out.resolve("places.tsv"), rows,
                "# kind<TAB>canonical German name<TAB>variants (|-separated). Derived from: countries_de.tsv and umpirsky country-list\n"
                        + "# (MIT; CLDR Unicode-3.0; iso-codes LGPL-2.1+), CLDR subdivisions (Unicode-3.0), Natural Earth populated\n"
                        + "# places (public domain), Who's On First Ukraine (CC0 / CC-BY sources; https://whosonfirst.org/docs/licenses/).\n");
    }

    private static Place findByVariant(Map<String, Place> places, String kind, String... names) {
        for (String n : names) {
            if (n == null || n.isBlank()) continue;
            Place p = places.get(nfc(n));
            if (p != null && (kind == null || p.kind.equals(kind))) return p;
        }
        for (Place p : places.values()) {
            if (kind != null && !p.kind.equals(kind)) continue;
            for (String n : names) if (n != null && !n.isBlank() && p.variants.contains(nfc(n))) return p;
        }
        return null;
    }

    private static Place place(Map<String, Place> places, String kind, String canonical) {
        return places.computeIfAbsent(canonical, c -> new Place(kind, c));
    }

    private static void addAll(Place p, String... names) {
        for (String n : names) {
            if (n == null) continue;
            String v = nfc(n);
            if (!v.isEmpty() && !v.contains("\t") && !v.contains("|") && isLatin(v)) p.variants.add(v);
        }
    }

    /** German text writes place names in Latin script; Cyrillic variants would never match. */
    private static boolean isLatin(String s) {
        return s.codePoints().allMatch(c -> c < 0x0370 || (c >= 0x1E00 && c < 0x2000) || !Character.isLetter(c));
    }

    private static List<String> tail(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        return lines.subList(1, lines.size());
    }

    private static void write(Path file, Iterable<String> rows, String header) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(header);
            for (String r : rows) {
                w.write(r);
                w.write('\n');
            }
        }
    }
}
