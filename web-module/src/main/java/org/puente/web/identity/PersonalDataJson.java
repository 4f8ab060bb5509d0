package org.puente.web.identity;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.puente.identity.PersonalDataExport;

/** A citizen's data download as one JSON object, in the order and with the names of {@link PersonalDataTree}. */
final class PersonalDataJson {

    private PersonalDataJson() {}

    static void write(PersonalDataExport data, Writer out) {
        try (JsonGenerator json = Json.createGenerator(out)) {
            object(json, null, PersonalDataTree.of(data));
        }
    }

    @SuppressWarnings("unchecked")
    private static void value(JsonGenerator json, String name, Object value) {
        if (value instanceof Map<?, ?> map) {
            object(json, name, (Map<String, Object>) map);
        } else if (value instanceof List<?> list) {
            if (name == null) {
                json.writeStartArray();
            } else {
                json.writeStartArray(name);
            }
            list.forEach(item -> value(json, null, item));
            json.writeEnd();
        } else if (name == null) {
            scalar(json, value);
        } else if (value == null) {
            json.writeNull(name);
        } else if (value instanceof Boolean b) {
            json.write(name, b);
        } else if (value instanceof Integer n) {
            json.write(name, n);
        } else if (value instanceof BigDecimal n) {
            json.write(name, n);
        } else {
            json.write(name, value.toString());
        }
    }

    private static void scalar(JsonGenerator json, Object value) {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof Boolean b) {
            json.write(b);
        } else if (value instanceof Integer n) {
            json.write(n);
        } else if (value instanceof BigDecimal n) {
            json.write(n);
        } else {
            json.write(value.toString());
        }
    }

    private static void object(JsonGenerator json, String name, Map<String, Object> map) {
        if (name == null) {
            json.writeStartObject();
        } else {
            json.writeStartObject(name);
        }
        map.forEach((key, v) -> value(json, key, v));
        json.writeEnd();
    }
}
