package de.newsfacts.pipeline;

import de.newsfacts.extract.DateExpression;
import de.newsfacts.extract.Quantity;
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
    void quantitiesWithUnitsAndWithoutDatesStay() {
        List<Quantity> quantities = List.of(quantity("5 %", 4, "percent"));
        assertThat(DocumentPipeline.withoutTemporal(quantities, List.of(date("seit 5 % der Zeit", 0))))
                .isEqualTo(quantities);
        assertThat(DocumentPipeline.withoutTemporal(quantities, List.of())).isEqualTo(quantities);
    }
}
