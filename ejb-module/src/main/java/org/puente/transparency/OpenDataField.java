package org.puente.transparency;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The columns of the reports data set, in their published order: the CSV's header, the JSON's
 * member names and the rows of the documentation page (/datos), which explains each by its name
 * ({@code opendata.field.<name>} in the bundles). A column is only ever added at the end.
 */
public enum OpenDataField {
    FOLIO("folio", Type.TEXT, false, OpenDataRow::folio),
    SERVICE_CODE("servicio_clave", Type.CODE, false, OpenDataRow::serviceCode),
    SERVICE("servicio", Type.TEXT, false, OpenDataRow::serviceName),
    DEPARTMENT("area", Type.TEXT, false, OpenDataRow::department),
    DELEGACION("delegacion", Type.TEXT, false, OpenDataRow::delegacion),
    COLONIA("colonia", Type.TEXT, false, OpenDataRow::colonia),
    CHANNEL("canal", Type.CODE, false, OpenDataRow::channel),
    STATUS("estado", Type.CODE, false, OpenDataRow::status),
    RECEIVED("recibido", Type.DATETIME, false, OpenDataRow::received),
    DUE("vence", Type.DATETIME, false, OpenDataRow::due),
    RESOLVED("resuelto", Type.DATETIME, true, OpenDataRow::resolved),
    CLOSED("cerrado", Type.DATETIME, true, OpenDataRow::closed),
    ON_TIME("a_tiempo", Type.CODE, true, OpenDataRow::onTime),
    BUSINESS_HOURS("horas_habiles", Type.NUMBER, true, OpenDataRow::businessHours),
    LATITUDE("latitud", Type.NUMBER, true, OpenDataRow::latitude),
    LONGITUDE("longitud", Type.NUMBER, true, OpenDataRow::longitude);

    /** How a column's values are written. */
    public enum Type {
        /** Free text of the catalogue (a name), UTF-8. */
        TEXT,
        /** One of a fixed list of values, documented on the page. */
        CODE,
        /** ISO 8601 with the offset of the municipality's zone, to the second: 2026-03-31T09:15:00-06:00. */
        DATETIME,
        /** A decimal number with a point (CSV) or a JSON number. */
        NUMBER;

        public String messageKey() {
            return "opendata.type." + name();
        }
    }

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private static final List<String> HEADER =
            Arrays.stream(values()).map(OpenDataField::label).toList();

    private final String label;
    private final Type type;
    private final boolean optional;
    private final Function<OpenDataRow, Object> value;

    OpenDataField(String label, Type type, boolean optional, Function<OpenDataRow, Object> value) {
        this.label = label;
        this.type = type;
        this.optional = optional;
        this.value = value;
    }

    /** The column's published name (CSV header, JSON member). */
    public String label() {
        return label;
    }

    public Type type() {
        return type;
    }

    /** Whether the value may be empty (CSV) or null (JSON). */
    public boolean optional() {
        return optional;
    }

    public String messageKey() {
        return "opendata.field." + label;
    }

    /** The value as JSON writes it: a String, a BigDecimal (numbers) or null. */
    public Object value(OpenDataRow row) {
        Object v = value.apply(row);
        return v instanceof OffsetDateTime t ? ISO.format(t) : v;
    }

    /** The value as the CSV writes it: text, or null for an empty cell. */
    public String text(OpenDataRow row) {
        Object v = value(row);
        return v instanceof BigDecimal n ? n.toPlainString() : (String) v;
    }

    public static List<String> header() {
        return HEADER;
    }
}
