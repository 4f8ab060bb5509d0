package org.puente.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Puente's CSV: no cell a spreadsheet runs as a formula, numbers left alone, and a standard parser reads it back. */
class SpreadsheetCsvTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "=HYPERLINK(\"http://x\")|'=HYPERLINK(\"http://x\")",
                "+52 722 123|'+52 722 123",
                "-1+1|'-1+1",
                "@SUM(A1)|'@SUM(A1)",
                "Bacheo|Bacheo",
                "Calle = 5|Calle = 5",
                "'ya citado|'ya citado"
            })
    void textThatAFormulaCouldStartWithGetsAnApostrophe(String text, String published) {
        assertEquals(published, SpreadsheetCsv.neutralise(text));
    }

    @Test
    void aTabOrCarriageReturnAtTheStartIsNeutralisedTooAndEmptyStaysEmpty() {
        assertEquals("'\tcmd", SpreadsheetCsv.neutralise("\tcmd"));
        assertEquals("'\rcmd", SpreadsheetCsv.neutralise("\rcmd"));
        assertEquals("", SpreadsheetCsv.neutralise(""));
        assertEquals(null, SpreadsheetCsv.neutralise(null));
    }

    @Test
    void numbersAreNotTextAndStayNumbersWhileNullIsAnEmptyCell() {
        assertEquals(
                "-99.605,19.255,,'-99.605",
                SpreadsheetCsv.line(new BigDecimal("-99.605"), new BigDecimal("19.255"), null, "-99.605"));
    }

    @Test
    void aStandardParserReadsBackQuotesCommasAndLineBreaks() throws IOException {
        String line = SpreadsheetCsv.line("Bache \"grande\", profundo", "dos\r\nlíneas", "=1+1", "Ñandú");
        try (CSVParser parser = CSVParser.parse(new StringReader(line), SpreadsheetCsv.FORMAT)) {
            List<CSVRecord> records = parser.getRecords();
            assertEquals(1, records.size());
            assertEquals(
                    List.of("Bache \"grande\", profundo", "dos\r\nlíneas", "'=1+1", "Ñandú"),
                    records.get(0).toList());
        }
    }
}
