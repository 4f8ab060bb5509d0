package org.puente.web.platform;

import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Puente's one way of writing CSV (the staff queue, the open data): RFC 4180 through Apache Commons
 * CSV, UTF-8 with a byte order mark so that spreadsheets keep the accents, a header row, and text
 * cells that a spreadsheet cannot run as a formula. Rows go to the response as they are printed.
 */
public final class SpreadsheetCsv {

    /** RFC 4180: comma, double quotes only where needed (doubled inside), CRLF between records. */
    static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    private static final char BOM = '\uFEFF';

    private SpreadsheetCsv() {}

    /**
     * Starts a CSV download: the headers of an attachment with that file name, the BOM and the header row.
     * Closing the printer flushes what is left.
     */
    public static CSVPrinter start(HttpServletResponse response, String fileName, List<String> header)
            throws IOException {
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        BufferedWriter out =
                new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8), 1 << 16);
        out.write(BOM);
        CSVPrinter printer = new CSVPrinter(out, FORMAT);
        printer.printRecord(header);
        return printer;
    }

    /** Prints one record: text neutralised, numbers as they are, null as an empty cell. */
    public static void print(CSVPrinter printer, Object... cells) throws IOException {
        for (Object cell : cells) {
            printer.print(safe(cell));
        }
        printer.println();
    }

    /** One record as text, without the record separator (what {@link #print} writes). */
    public static String line(Object... cells) {
        Object[] safe = new Object[cells.length];
        for (int i = 0; i < cells.length; i++) {
            safe[i] = safe(cells[i]);
        }
        return FORMAT.format(safe);
    }

    private static Object safe(Object cell) {
        return cell instanceof CharSequence text ? neutralise(text.toString()) : cell;
    }

    /**
     * Text that a spreadsheet would read as a formula (it starts with {@code = + - @}, a tab or a
     * carriage return: OWASP's list) gets a leading apostrophe, which spreadsheets show as text.
     * Numbers are not text: Puente writes them itself ({@code -99.605}), and they stay numbers.
     */
    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }
}
