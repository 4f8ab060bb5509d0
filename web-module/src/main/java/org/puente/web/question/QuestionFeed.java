package org.puente.web.question;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.LongFunction;
import org.puente.question.QuestionView;

/**
 * A body's newly answered questions as an Atom 1.0 feed (RFC 4287), written by ROME: one entry per answered
 * question (id and link: its public page; updated: its latest answer; title: the question; summary: the answer and
 * the informative-only disclaimer). Only public questions come here (PublicQuestions.feed): never a pending or
 * personal one, never who asked or who answered.
 */
final class QuestionFeed {

    /** What identifies the feed: its address, the page it mirrors, its title and author, its language. */
    record Head(String self, String page, String title, String author, Locale language) {}

    private QuestionFeed() {}

    static String atom(
            Head head, List<QuestionView> questions, LongFunction<String> url, ResourceBundle texts, Instant now) {
        Feed feed = new Feed("atom_1.0");
        feed.setId(head.self());
        feed.setTitle(head.title());
        feed.setLanguage(head.language().toLanguageTag());
        feed.setUpdated(Date.from(questions.stream()
                .map(QuestionView::answeredAt)
                .map(OffsetDateTime::toInstant)
                .max(Instant::compareTo)
                .orElse(now)));
        Person author = new Person();
        author.setName(head.author());
        feed.setAuthors(List.<SyndPerson>of(author));
        feed.setAlternateLinks(List.of(link("alternate", head.page(), "text/html")));
        feed.setOtherLinks(List.of(link("self", head.self(), "application/atom+xml")));
        List<Entry> entries = new ArrayList<>();
        for (QuestionView q : questions) {
            String href = url.apply(q.id());
            Entry entry = new Entry();
            entry.setId(href);
            entry.setTitle(q.text());
            entry.setUpdated(Date.from(q.answeredAt().toInstant()));
            entry.setPublished(Date.from((q.publishedAt() == null ? q.answeredAt() : q.publishedAt()).toInstant()));
            entry.setAlternateLinks(List.of(link("alternate", href, "text/html")));
            Content summary = new Content();
            summary.setType(Content.TEXT);
            summary.setValue(q.answer().text() + "\n\n" + texts.getString("question.disclaimer"));
            entry.setSummary(summary);
            entries.add(entry);
        }
        feed.setEntries(entries);
        try {
            return new WireFeedOutput().outputString(feed);
        } catch (FeedException e) {
            throw new IllegalStateException("The answered questions' feed could not be written", e);
        }
    }

    private static Link link(String rel, String href, String type) {
        Link link = new Link();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }
}
