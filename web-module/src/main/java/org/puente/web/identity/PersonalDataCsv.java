package org.puente.web.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.puente.identity.PersonalDataExport;

/**
 * A citizen's data download as one CSV of four columns, one value a row, so that every part of the tree
 * fits one table: {@code seccion} (cuenta, reportes, chats...), {@code elemento} (the item's number in its
 * section, from 1; empty for the account), {@code campo} (the field, with the path inside the item:
 * {@code historial.2.estado}) and {@code valor}; the time of the download is the one row of section {@code exportado}. The same names as the JSON; written through
 * {@code SpreadsheetCsv} (BOM, formulas neutralised).
 */
final class PersonalDataCsv {

    static final List<String> HEADER = List.of("seccion", "elemento", "campo", "valor");

    private PersonalDataCsv() {}

    /** The records, each as {@code seccion, elemento, campo, valor}; null values are empty cells. */
    static List<Object[]> rows(PersonalDataExport data) {
        List<Object[]> rows = new ArrayList<>();
        PersonalDataTree.of(data).forEach((section, value) -> {
            if (value instanceof List<?> items) {
                for (int i = 0; i < items.size(); i++) {
                    flatten(rows, section, i + 1, "", items.get(i));
                }
            } else if (value instanceof Map<?, ?>) {
                flatten(rows, section, null, "", value);
            } else {
                rows.add(new Object[] {section, null, section, value});
            }
        });
        return rows;
    }

    private static void flatten(List<Object[]> rows, String section, Integer item, String path, Object value) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, v) -> flatten(rows, section, item, path.isEmpty() ? (String) key : path + "." + key, v));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                flatten(rows, section, item, path + "." + (i + 1), list.get(i));
            }
        } else {
            rows.add(new Object[] {section, item, path, value});
        }
    }
}
