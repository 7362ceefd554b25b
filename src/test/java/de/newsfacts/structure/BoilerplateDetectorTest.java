package de.newsfacts.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BoilerplateDetectorTest {

    private final BoilerplateDetector detector = new BoilerplateDetector();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiterString = "=>", textBlock = """
            […] Ein verlinkter Artikel über etwas […]            => true
            [...] Noch ein verlinkter Artikel [...]              => true
            Teilen                                               => true
            Drucken                                              => true
            Artikel teilen                                       => true
            Facebook Twitter WhatsApp E-Mail                     => true
            Facebook | Twitter | E-Mail                          => true
            Zum Seitenanfang                                     => true
            Mehr zum Thema                                       => true
            Mehr zum Thema: Was die Regierung jetzt plant        => true
            Lesen Sie auch: Neue Regeln für Mieter               => true
            Lesen Sie auch                                       => true
            Anzeige                                              => true
            ANZEIGE                                              => true
            Werbung                                              => true
            Diese Website verwendet Cookies, um Ihnen das beste Erlebnis zu bieten. => true
            Cookie-Einstellungen                                 => true
            Akzeptieren                                          => true
            © 2025 Musterverlag GmbH                             => true
            Copyright 2024 Beispiel AG                           => true
            Alle Rechte vorbehalten.                             => true
            Foto: dpa                                            => true
            (Foto: picture alliance / dpa)                       => true
            Bild: Reuters/Max Muster                             => true
            Jetzt Newsletter abonnieren und informiert bleiben!  => true
            Melden Sie sich für unseren Newsletter an            => true
            https://www.example.com/artikel/12345                => true
            Anzeige gegen den Bürgermeister erstattet            => false
            Die Werbung der Partei sorgte für Kritik.            => false
            Der Konzern teilte mit, er werde klagen.             => false
            Facebook steht wegen Datenschutz in der Kritik       => false
            Hintergrund und Zielsetzung des Plans                => false
            Ein Teilen der Beute war nicht vorgesehen.           => false
            Die Kernpunkte des Plans                             => false
            '   '                                                => false
            """)
    void recognisesBoilerplateLines(String line, boolean expected) {
        assertThat(detector.isBoilerplate(line)).isEqualTo(expected);
    }
}
