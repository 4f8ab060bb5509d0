package org.puente.systemtest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The access matrix, {@code access-matrix.csv}: one row per page, file, API call or WebSocket, one
 * column per role (anonymous and citizen included), each cell the answer that role gets.
 */
final class AccessMatrix {

    /** The columns of roles, in the table's order; each is the demo account's user name, but the first. */
    static final List<String> ROLES = List.of(
            "anonimo",
            "ciudadano",
            "operador",
            "agente",
            "gerente",
            "enlace",
            "experto",
            "evaluador",
            "moderador",
            "comunicacion",
            "admin");

    static final String ANONYMOUS = "anonimo";

    /** One row: the call and, per role, the expected answer. */
    record Row(
            int row,
            String method,
            String path,
            String body,
            Map<String, String> headers,
            Map<String, String> expected,
            String note) {

        /** The path without its query string. */
        String address() {
            int q = path.indexOf('?');
            return q < 0 ? path : path.substring(0, q);
        }

        boolean signsOut() {
            return method.equals("POST") && address().equals("/salir");
        }

        @Override
        public String toString() {
            return method + " " + path + (headers.isEmpty() ? "" : " " + headers) + " (row " + row + ")";
        }
    }

    private AccessMatrix() {}

    static List<Row> load() throws IOException {
        try (InputStream in = AccessMatrix.class.getResourceAsStream("/access-matrix.csv")) {
            if (in == null) {
                throw new IllegalStateException("No access-matrix.csv on the test class path");
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                CSVFormat format = CSVFormat.DEFAULT
                        .builder()
                        .setCommentMarker('#')
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .setIgnoreEmptyLines(true)
                        .setTrim(true)
                        .build();
                List<Row> rows = new ArrayList<>();
                for (CSVRecord r : format.parse(reader)) {
                    Map<String, String> expected = new LinkedHashMap<>();
                    for (String role : ROLES) {
                        String cell = r.get(role);
                        if (cell == null || cell.isBlank()) {
                            throw new IllegalStateException("Line " + r.getRecordNumber() + ": no answer for " + role);
                        }
                        expected.put(role, cell);
                    }
                    Map<String, String> headers = new LinkedHashMap<>();
                    for (String header : r.get("headers").split(";")) {
                        int eq = header.indexOf('=');
                        if (eq > 0) {
                            headers.put(
                                    header.substring(0, eq).trim(),
                                    header.substring(eq + 1).trim());
                        }
                    }
                    rows.add(new Row(
                            (int) r.getRecordNumber(),
                            r.get("method"),
                            r.get("path"),
                            r.get("body"),
                            headers,
                            expected,
                            r.get("note")));
                }
                return rows;
            }
        }
    }
}
