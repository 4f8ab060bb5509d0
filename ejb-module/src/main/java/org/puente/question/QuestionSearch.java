package org.puente.question;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.puente.organization.Body;

/**
 * The answered questions that match a search; the most needed answers (same-doubt count) first. On PostgreSQL the
 * {@link SpanishTextSearch} reads the query and ranks; on H2 every stemmed word of the query must start a word of
 * the question's search column ({@link SearchText}). The suggestions while typing ask for any word instead, and rank
 * by how many words match.
 */
final class QuestionSearch {

    private final EntityManager em;

    /** PostgreSQL's search, or null on H2. */
    private final SpanishTextSearch spanish;

    QuestionSearch(EntityManager em) {
        this.em = em;
        this.spanish = SpanishTextSearch.on(em);
    }

    /** One page of the answered questions of a body (all bodies for null), a topic (all for null) and a query. */
    QuestionList page(Body body, QuestionTopic topic, String query, int page, int size) {
        int number = Math.max(1, page);
        List<String> terms = SearchText.terms(query);
        if (spanish != null && !terms.isEmpty()) {
            String tsquery = spanish.query(query);
            if (!tsquery.isEmpty()) {
                return spanish.page(body, topic, tsquery, number, size);
            }
            terms = List.of(); // only words PostgreSQL finds too common to search: every answered question
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Question> counted = count.from(Question.class);
        count.select(cb.count(counted)).where(where(cb, counted, body, topic, terms, true));
        long total = em.createQuery(count).getSingleResult();
        CriteriaQuery<Question> select = cb.createQuery(Question.class);
        Root<Question> q = select.from(Question.class);
        select.select(q)
                .where(where(cb, q, body, topic, terms, true))
                .orderBy(cb.desc(q.get("sameDoubt")), cb.desc(q.get("answeredAt")), cb.desc(q.get("id")));
        List<QuestionRow> rows = em
                .createQuery(select)
                .setFirstResult(org.puente.communication.Listing.offset(number, size))
                .setMaxResults(size)
                .getResultList()
                .stream()
                .map(QuestionRow::of)
                .toList();
        return new QuestionList(rows, total, number, size);
    }

    /** Up to {@code max} answered questions of a body sharing words with a text being typed, best first. */
    List<QuestionRow> suggestions(Body body, String typed, int max) {
        List<String> terms = SearchText.terms(typed).stream().distinct().toList();
        if (terms.isEmpty()) {
            return List.of();
        }
        if (spanish != null) {
            return spanish.suggestions(body, typed, max);
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Question> select = cb.createQuery(Question.class);
        Root<Question> q = select.from(Question.class);
        select.select(q).where(where(cb, q, body, null, terms, false)).orderBy(cb.desc(q.get("sameDoubt")));
        return em.createQuery(select).setMaxResults(100).getResultList().stream()
                .sorted(Comparator.comparingLong((Question x) -> -matches(x.getSearchText(), terms))
                        .thenComparing(
                                Comparator.comparingInt(Question::getSameDoubt).reversed()))
                .limit(max)
                .map(QuestionRow::of)
                .toList();
    }

    private static long matches(String column, List<String> terms) {
        return terms.stream().filter(t -> column.contains(" " + t)).count();
    }

    private static Predicate where(
            CriteriaBuilder cb, Root<Question> q, Body body, QuestionTopic topic, List<String> terms, boolean all) {
        List<Predicate> and = new ArrayList<>();
        and.add(cb.equal(q.get("status"), QuestionStatus.RESPONDIDA));
        if (body != null) {
            and.add(cb.equal(q.get("body"), body));
        }
        if (topic != null) {
            and.add(cb.equal(q.get("topic"), topic));
        }
        List<Predicate> words = terms.stream()
                .map(t -> cb.like(q.get("searchText"), "% " + t + "%"))
                .toList();
        if (!words.isEmpty()) {
            and.add(all ? cb.and(words.toArray(Predicate[]::new)) : cb.or(words.toArray(Predicate[]::new)));
        }
        return cb.and(and.toArray(Predicate[]::new));
    }
}
