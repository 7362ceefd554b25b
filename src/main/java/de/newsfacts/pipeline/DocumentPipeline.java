package de.newsfacts.pipeline;

import de.newsfacts.extract.DateExpression;
import de.newsfacts.extract.DocumentContext;
import de.newsfacts.extract.Entity;
import de.newsfacts.extract.Quantity;
import de.newsfacts.extract.Quote;
import de.newsfacts.normalize.TextNormalizer;
import de.newsfacts.source.DocumentLoader;
import de.newsfacts.source.IndexEntry;
import de.newsfacts.source.LoadResult;
import de.newsfacts.source.SourceDocument;
import de.newsfacts.structure.DocumentStructurer;
import de.newsfacts.structure.StructuredDocument;

import java.time.LocalDate;
import java.util.List;

/**
 * The whole per-document path, free of Spring and of file formats: read and decode (source) → normalize →
 * blocks and sentences (structure) → records (extract). Thread-safe: every stage is stateless.
 */
public final class DocumentPipeline {

    private final DocumentLoader loader;
    private final TextNormalizer normalizer;
    private final DocumentStructurer structurer;
    private final ExtractorSet extractors;
    private final PublicationDateFinder publicationDates;
    private final String version;
    private final CarryOver carryOver;
    private final StageTimes times;

    /**
     * @param version   identifies the code and settings that produce the rows (part of every
     *                  {@link InputFingerprint}); change it whenever any stage's output changes
     * @param carryOver which unchanged documents an incremental run takes from the previous version
     * @param times     where the CPU time of each stage is added up
     */
    public DocumentPipeline(DocumentLoader loader, TextNormalizer normalizer, DocumentStructurer structurer,
                            ExtractorSet extractors, PublicationDateFinder publicationDates, String version,
                            CarryOver carryOver, StageTimes times) {
        this.loader = loader;
        this.normalizer = normalizer;
        this.structurer = structurer;
        this.extractors = extractors;
        this.publicationDates = publicationDates;
        this.version = version;
        this.carryOver = carryOver;
        this.times = times;
    }

    /**
     * Numbers inside a temporal expression ("vor zwei Wochen", "seit drei Jahren") measure time, not an amount:
     * they belong to the dates table only. So does a number whose qualifier lies before the date's span
     * ("höchstens [zwei Jahren]", "bis zu [drei Stunden]"): the quantity ends inside the date. Quantities with a
     * unit (percent, currency, …) are always kept.
     */
    static List<Quantity> withoutTemporal(List<Quantity> quantities, List<DateExpression> dates) {
        if (quantities.isEmpty() || dates.isEmpty()) {
            return quantities;
        }
        List<Quantity> kept = new java.util.ArrayList<>(quantities.size());
        for (Quantity q : quantities) {
            boolean temporal = q.unit() == null && dates.stream()
                    .anyMatch(d -> d.charStart() < q.charEnd() && q.charEnd() <= d.charEnd());
            if (!temporal) {
                kept.add(q);
            }
        }
        return kept;
    }

    private static final java.util.regex.Pattern POSTAL_CODE = java.util.regex.Pattern.compile("\\d{4,5}");

    /**
     * A plain four- or five-digit number right before a place the entity tagger found ("1010 Wien",
     * "A-4830 Hallstatt", "80331 München") is a postal code, not an amount. Numbers with a qualifier, unit or
     * separator ("rund 2000 Wiener", "1.500 Berliner") are kept; so are counts of people named after a place,
     * which the tagger does not label LOC.
     */
    static List<Quantity> withoutPostalCodes(List<Quantity> quantities, List<Entity> entities, String text) {
        if (quantities.isEmpty() || entities.isEmpty()) {
            return quantities;
        }
        java.util.Set<Integer> placeStarts = new java.util.HashSet<>();
        for (Entity e : entities) {
            if ("LOC".equals(e.label())) {
                placeStarts.add(e.charStart());
            }
        }
        List<Quantity> kept = new java.util.ArrayList<>(quantities.size());
        for (Quantity q : quantities) {
            boolean postal = q.unit() == null && "exact".equals(q.qualifier()) && POSTAL_CODE.matcher(q.text()).matches()
                    && q.charEnd() < text.length() && text.charAt(q.charEnd()) == ' '
                    && placeStarts.contains(q.charEnd() + 1);
            if (!postal) {
                kept.add(q);
            }
        }
        return kept;
    }

    /** Which documents keep the rows of the previous version. */
    @FunctionalInterface
    public interface CarryOver {
        CarryOver NONE = (docId, fingerprint) -> false;

        boolean unchanged(String docId, String fingerprint);
    }

    public DocumentResult process(IndexItem item) {
        if (item.reject() != null) {
            return DocumentResult.rejected(item.ordinal(), item.reject());
        }
        long clock = StageTimes.now();
        IndexEntry entry = item.entry();
        String docId = entry.docId();
        LoadResult loaded = loader.load(entry,
                sha256 -> carryOver.unchanged(docId, InputFingerprint.of(entry, sha256, version)));
        if (loaded instanceof LoadResult.Rejected rejected) {
            return DocumentResult.rejected(item.ordinal(), rejected.reject());
        }
        if (loaded instanceof LoadResult.Unchanged) {
            return DocumentResult.carried(item.ordinal(), docId);
        }
        SourceDocument source = ((LoadResult.Loaded) loaded).document();
        String fingerprint = InputFingerprint.of(entry, source.sha256(), version);

        StructuredDocument structured = structurer.structure(docId, normalizer.normalize(source.text()));
        String text = structured.text();

        LocalDate published = entry.published();
        String publishedSource = "index";
        if (published == null) {
            published = publicationDates.find(docId, text, structured.sentences()).orElse(null);
            publishedSource = published == null ? "none" : "content";
        }
        DocumentContext context = new DocumentContext(docId, text, structured.sentences(), published);
        clock = times.add(StageTimes.Stage.PREPARE, clock);
        List<Entity> entities = extractors.entities().extract(context);
        clock = times.add(StageTimes.Stage.ENTITIES, clock);
        List<DateExpression> dates = extractors.dates().extract(context);
        clock = times.add(StageTimes.Stage.DATES, clock);
        List<Quantity> quantities = withoutPostalCodes(
                withoutTemporal(extractors.quantities().extract(context), dates), entities, text);
        clock = times.add(StageTimes.Stage.QUANTITIES, clock);
        List<Quote> quotes = extractors.quotes().extract(context, entities);
        times.add(StageTimes.Stage.QUOTES, clock);

        String title = entry.title() != null && !entry.title().isBlank() ? entry.title() : structured.title();
        NewsDocument document = new NewsDocument(docId, entry.path(), entry.lineNo(), entry.url(), title, published,
                publishedSource, entry.language(), source.encoding(), source.bytes(), text, text.length(),
                WordCounter.count(text), structured.sentences().size(), source.sha256(), entry.metadata(),
                fingerprint);
        return CodePointOffsets.toCodePoints(new DocumentResult(item.ordinal(), document, structured.blocks(),
                structured.sentences(), entities, quantities, dates, quotes, null, null));
    }
}
