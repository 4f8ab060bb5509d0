package org.puente.question;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.puente.organization.Body;

/**
 * The public Q&amp;A's search on PostgreSQL: the question's {@code search_vector} (its text and its current answer in
 * the {@code spanish} configuration without accents, the question weighing more; a GIN index; migration 31.1)
 * against the query read the same way ({@code websearch_to_tsquery}: every word, "quoted phrases", {@code or},
 * {@code -word}). So "baches" finds "bache", "credito" finds "crédito" and "AGUA" finds "agua". The H2 database has
 * no such search: there {@link QuestionSearch} compares {@link SearchText}'s column.
 */
final class SpanishTextSearch {

    private static final String READ_QUERY = "select websearch_to_tsquery('spanish', puente_unaccent(?1))::text";

    /** Any typed word, the last one perhaps half written: each lexeme as a prefix, joined by "or". */
    private static final String TYPED_QUERY =
            "select coalesce(string_agg('''' || replace(replace(lexeme, '\\', '\\\\'),"
                    + " '''', '''''') || ''':*', ' | '), '') from unnest(to_tsvector('spanish', puente_unaccent(?1)))";

    private final EntityManager em;

    private SpanishTextSearch(EntityManager em) {
        this.em = em;
    }

    /** The search of the database behind {@code em} if it is PostgreSQL, else null. */
    static SpanishTextSearch on(EntityManager em) {
        try {
            String product = em.unwrap(Connection.class).getMetaData().getDatabaseProductName();
            return product.toLowerCase(Locale.ROOT).contains("postgres") ? new SpanishTextSearch(em) : null;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not tell which database holds the questions", e);
        }
    }

    /** The text search query of what a citizen typed in the search box; empty when it has only common words. */
    String query(String typed) {
        return (String) em.createNativeQuery(READ_QUERY).setParameter(1, typed).getSingleResult();
    }

    /** One page of the answered questions matching a query read by {@link #query}: most needed, then best ranked. */
    QuestionList page(Body body, QuestionTopic topic, String tsquery, int number, int size) {
        List<Object> parameters = new ArrayList<>(List.of(tsquery));
        String where = where(body, topic, parameters);
        Query count = em.createNativeQuery("select count(*) from public_question q" + where);
        bind(count, parameters);
        long total = ((Number) count.getSingleResult()).longValue();
        Query select = em.createNativeQuery("select q.id from public_question q" + where
                + " order by q.same_doubt desc, ts_rank_cd(q.search_vector, cast(?1 as tsquery)) desc,"
                + " q.answered_at desc, q.id desc");
        bind(select, parameters);
        List<?> ids = select.setFirstResult(org.puente.communication.Listing.offset(number, size))
                .setMaxResults(size)
                .getResultList();
        return new QuestionList(rows(ids), total, number, size);
    }

    /** Up to {@code max} answered questions sharing a word (or a word's start) with a text being typed, best first. */
    List<QuestionRow> suggestions(Body body, String typed, int max) {
        String tsquery = (String) em.createNativeQuery(TYPED_QUERY)
                .setParameter(1, typed.length() > Question.MAX_TEXT ? typed.substring(0, Question.MAX_TEXT) : typed)
                .getSingleResult();
        if (tsquery.isEmpty()) {
            return List.of();
        }
        List<Object> parameters = new ArrayList<>(List.of(tsquery));
        Query select = em.createNativeQuery("select q.id from public_question q" + where(body, null, parameters)
                + " order by ts_rank(q.search_vector, cast(?1 as tsquery)) desc, q.same_doubt desc, q.id desc");
        bind(select, parameters);
        return rows(select.setMaxResults(max).getResultList());
    }

    /** The answered questions matching ?1 (the tsquery), of a body and a topic when given; adds their parameters. */
    private static String where(Body body, QuestionTopic topic, List<Object> parameters) {
        StringBuilder where =
                new StringBuilder(" where q.status = 'RESPONDIDA' and q.search_vector @@ cast(?1 as tsquery)");
        if (body != null) {
            parameters.add(body.getId());
            where.append(" and q.body_id = ?").append(parameters.size());
        }
        if (topic != null) {
            parameters.add(topic.name());
            where.append(" and q.topic = ?").append(parameters.size());
        }
        return where.toString();
    }

    private static void bind(Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
    }

    /** The questions of the ids, in their order. */
    private List<QuestionRow> rows(List<?> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Long> order = ids.stream().map(id -> ((Number) id).longValue()).toList();
        Map<Long, Question> found = em
                .createQuery("select q from Question q join fetch q.body where q.id in :ids", Question.class)
                .setParameter("ids", order)
                .getResultList()
                .stream()
                .collect(Collectors.toMap(Question::getId, Function.identity()));
        return order.stream().map(found::get).map(QuestionRow::of).toList();
    }
}
