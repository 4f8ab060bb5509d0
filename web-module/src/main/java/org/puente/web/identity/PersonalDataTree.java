package org.puente.web.identity;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.puente.identity.PersonalDataExport;
import org.puente.identity.PersonalDataExport.Contact;

/**
 * The one place that names the fields of a citizen's data download (in Spanish, as the open data does):
 * the record tree becomes ordered maps and lists of text, numbers, booleans and nulls, which
 * {@link PersonalDataJson} writes as they are and {@link PersonalDataCsv} flattens. Times are ISO 8601 with
 * their offset ({@code 2026-03-01T10:00:00-06:00}), already in the body's zone.
 */
final class PersonalDataTree {

    private PersonalDataTree() {}

    static Map<String, Object> of(PersonalDataExport d) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("exportado", time(d.exportedAt()));
        PersonalDataExport.Account a = d.account();
        tree.put(
                "cuenta",
                map(
                        "usuario",
                        a.username(),
                        "nombre",
                        a.fullName(),
                        "correo",
                        a.email(),
                        "creada",
                        time(a.createdAt()),
                        "ultimoAcceso",
                        time(a.lastLoginAt())));
        tree.put(
                "consentimientos",
                list(d.consents(), c -> map("tema", c.subject(), "version", c.version(), "fecha", time(c.givenAt()))));
        tree.put("reportes", list(d.reports(), r -> {
            Map<String, Object> m = map(
                    "folio",
                    r.folio(),
                    "servicio",
                    r.service(),
                    "municipio",
                    r.municipality(),
                    "canal",
                    r.channel(),
                    "estado",
                    r.status(),
                    "recibido",
                    time(r.receivedAt()),
                    "vence",
                    time(r.dueAt()),
                    "resuelto",
                    time(r.resolvedAt()),
                    "cerrado",
                    time(r.closedAt()),
                    "descripcion",
                    r.description(),
                    "colonia",
                    r.colonia(),
                    "calle",
                    r.street(),
                    "referencias",
                    r.reference(),
                    "latitud",
                    r.latitude(),
                    "longitud",
                    r.longitude());
            m.put("contacto", contact(r.contact()));
            m.put(
                    "fotos",
                    list(
                            r.photos(),
                            p -> map("archivo", p.fileName(), "bytes", p.sizeBytes(), "evidencia", p.evidence())));
            m.put(
                    "historial",
                    list(
                            r.history(),
                            s -> map("fecha", time(s.at()), "estado", s.status(), "area", s.unit(), "nota", s.note())));
            return m;
        }));
        tree.put("reportesQueSigo", list(d.following(), f -> {
            Map<String, Object> m = map(
                    "folio",
                    f.folio(),
                    "servicio",
                    f.service(),
                    "estado",
                    f.status(),
                    "desde",
                    time(f.since()),
                    "canal",
                    f.channel());
            m.put("contacto", contact(f.contact()));
            return m;
        }));
        tree.put(
                "encuestas",
                list(
                        d.surveys(),
                        s -> map(
                                "folio",
                                s.folio(),
                                "fecha",
                                time(s.answeredAt()),
                                "conoceElServicio",
                                s.knowsService(),
                                "serviciosPrioritarios",
                                s.priorityServices(),
                                "canalEficaz",
                                s.effectiveChannel(),
                                "rendicionDeCuentas",
                                s.accountability(),
                                "problemaResuelto",
                                s.problemFixed(),
                                "reabrio",
                                s.reopened())));
        tree.put(
                "temasDeForo",
                list(
                        d.forumThreads(),
                        t -> map("evento", t.event(), "titulo", t.title(), "fecha", time(t.createdAt()))));
        tree.put(
                "mensajesDeForo",
                list(
                        d.forumPosts(),
                        p -> map(
                                "evento",
                                p.event(),
                                "tema",
                                p.thread(),
                                "fecha",
                                time(p.createdAt()),
                                "estado",
                                p.status(),
                                "texto",
                                p.body())));
        tree.put("chats", list(d.chats(), c -> {
            Map<String, Object> m = map("evento", c.event(), "apodo", c.nickname(), "ingreso", time(c.joinedAt()));
            m.put(
                    "preguntas",
                    list(
                            c.questions(),
                            q -> map(
                                    "fecha",
                                    time(q.askedAt()),
                                    "texto",
                                    q.text(),
                                    "textoPublicado",
                                    q.publishedText(),
                                    "estado",
                                    q.status())));
            return m;
        }));
        tree.put(
                "correos",
                list(
                        d.mails(),
                        m -> map("asunto", m.subject(), "escrito", time(m.createdAt()), "enviado", time(m.sentAt()))));
        return tree;
    }

    private static Map<String, Object> contact(Contact c) {
        return map("nombre", c.name(), "correo", c.email(), "telefono", c.phone());
    }

    private static <T> List<Object> list(List<T> items, Function<T, Object> each) {
        return items.stream().map(each).toList();
    }

    /** An ordered map from name, value pairs (values may be null: "Puente holds nothing here"). */
    private static Map<String, Object> map(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return m;
    }

    private static String time(OffsetDateTime at) {
        return at == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at);
    }
}
