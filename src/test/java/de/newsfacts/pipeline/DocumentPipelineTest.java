package de.newsfacts.pipeline;

import de.newsfacts.extract.DateExpression;
import de.newsfacts.extract.Entity;
import de.newsfacts.extract.DocumentContext;
import de.newsfacts.extract.Quantity;
import de.newsfacts.extract.dates.DateExtractor;
import de.newsfacts.extract.quantities.QuantityExtractor;
import de.newsfacts.testing.OneSentence;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentPipelineTest {

    private static Quantity quantity(String text, int start, String unit) {
        return new Quantity("d", 1, text, 2, "exact", unit, null, null, start, start + text.length());
    }

    private static DateExpression date(String text, int start) {
        LocalDate day = LocalDate.of(2025, 11, 20);
        return new DateExpression("d", 1, text, "2025-W47", day, day, "week", true, start, start + text.length());
    }

    @Test
    void numbersInsideTemporalExpressionsAreNotQuantities() {
        // "Vor zwei Wochen kamen 30 Menschen." : "zwei" lies inside the date "Vor zwei Wochen"
        List<Quantity> kept = DocumentPipeline.withoutTemporal(
                List.of(quantity("zwei", 4, null), quantity("30", 22, null)), List.of(date("Vor zwei Wochen", 0)));
        assertThat(kept).extracting(Quantity::text).containsExactly("30");
    }

    @Test
    void aQualifierBeforeADurationDoesNotMakeItAQuantity() {
        // "eine Strafe von höchstens zwei Jahren, 30 Zeugen": the date is "zwei Jahren", the quantity
        // "höchstens zwei" ends inside it
        List<Quantity> kept = DocumentPipeline.withoutTemporal(
                List.of(quantity("höchstens zwei", 16, null), quantity("30", 43, null)),
                List.of(date("zwei Jahren", 26)));
        assertThat(kept).extracting(Quantity::text).containsExactly("30");
    }

    private static Entity place(String text, String surface) {
        int start = text.indexOf(surface);
        return new Entity("d", 1, surface, "LOC", surface, start, start + surface.length(), "test", 1.0);
    }

    @Test
    void postalCodesBeforeAPlaceAreNotQuantities() {
        String text = "Die Filiale in 1010 Wien schließt, 2000 Menschen und 4830 Hallstatt.";
        List<Quantity> kept = DocumentPipeline.withoutPostalCodes(List.of(quantity("1010", 15, null),
                        quantity("2000", 35, null), quantity("4830", 55, null)),
                List.of(place(text, "Wien")), text);
        // 4830 stays: the tagger found no place after it
        assertThat(kept).extracting(Quantity::text).containsExactly("2000", "4830");
    }

    @Test
    void numbersBeforeAPlaceWithSeparatorOrUnitStay() {
        String text = "Es kamen 1.500 Berlin-Fans und 5000 Euro Wien.";
        List<Quantity> quantities = List.of(quantity("1.500", 9, null), quantity("5000 Euro", 30, "EUR"));
        assertThat(DocumentPipeline.withoutPostalCodes(quantities,
                List.of(place(text, "Berlin"), place(text, "Wien")), text)).isEqualTo(quantities);
        assertThat(DocumentPipeline.withoutPostalCodes(quantities, List.of(), text)).isEqualTo(quantities);
    }

    @Test
    void quantitiesWithUnitsAndWithoutDatesStay() {
        List<Quantity> quantities = List.of(quantity("5 %", 4, "percent"));
        assertThat(DocumentPipeline.withoutTemporal(quantities, List.of(date("seit 5 % der Zeit", 0))))
                .isEqualTo(quantities);
        assertThat(DocumentPipeline.withoutTemporal(quantities, List.of())).isEqualTo(quantities);
    }

    @Test
    void aSetKeepsTheFigureBeforeIt() {
        // sets are dates ("pro Jahr", granularity "set"): the figure before stays a quantity, "zwei" of
        // "alle zwei Jahre" is none (the quantity extractor skips it, the set span covers it)
        DocumentContext context = OneSentence.context(
                "Die Familie zahlt 500 Euro pro Jahr, es kommen 300 Anträge pro Tag und gewählt wird alle zwei Jahre.",
                LocalDate.of(2026, 1, 20));
        List<DateExpression> dates = DateExtractor.news().extract(context);
        assertThat(dates).extracting(DateExpression::text).containsExactly("pro Jahr", "pro Tag", "alle zwei Jahre");
        List<Quantity> kept = DocumentPipeline.withoutTemporal(new QuantityExtractor().extract(context), dates);
        assertThat(kept).extracting(Quantity::text).containsExactly("500 Euro", "300");
    }
}
