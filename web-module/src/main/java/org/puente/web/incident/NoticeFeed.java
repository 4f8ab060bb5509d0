package org.puente.web.incident;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.LongFunction;
import org.puente.incident.NoticeView;

/**
 * A body's incident notices as an Atom 1.0 feed (RFC 4287), written by ROME: the feed's id is its own address,
 * its author the body; one entry per notice (id and link: the notice's public page; updated: its last public
 * change; published: its first text; summary: what it affects and its latest public text). Only staff-written
 * public texts: no author of a line, no staff line.
 */
final class NoticeFeed {

    /** What identifies the feed: its address, the status page it mirrors, its title and author, its language. */
    record Head(String self, String page, String title, String author, Locale language) {}

    private NoticeFeed() {}

    static String atom(
            Head head, List<NoticeView> notices, LongFunction<String> noticeUrl, ResourceBundle texts, Instant now) {
        Feed feed = new Feed("atom_1.0");
        feed.setId(head.self());
        feed.setTitle(head.title());
        feed.setLanguage(head.language().toLanguageTag());
        feed.setUpdated(Date.from(notices.stream()
                .map(NoticeView::updatedAt)
                .map(OffsetDateTime::toInstant)
                .max(Instant::compareTo)
                .orElse(now)));
        Person author = new Person();
        author.setName(head.author());
        feed.setAuthors(List.<SyndPerson>of(author));
        feed.setAlternateLinks(List.of(link("alternate", head.page(), "text/html")));
        feed.setOtherLinks(List.of(link("self", head.self(), "application/atom+xml")));
        List<Entry> entries = new ArrayList<>();
        for (NoticeView notice : notices) {
            entries.add(entry(notice, noticeUrl.apply(notice.id()), texts));
        }
        feed.setEntries(entries);
        try {
            return new WireFeedOutput().outputString(feed);
        } catch (FeedException e) {
            throw new IllegalStateException("The incident notices' feed could not be written", e);
        }
    }

    private static Entry entry(NoticeView notice, String url, ResourceBundle texts) {
        Entry entry = new Entry();
        entry.setId(url);
        entry.setTitle(MessageFormat.format(
                texts.getString("incidentNotice.feed.entryTitle"),
                texts.getString(notice.status().messageKey()),
                notice.title()));
        entry.setUpdated(Date.from(notice.updatedAt().toInstant()));
        entry.setPublished(Date.from(
                notice.lines().isEmpty()
                        ? notice.updatedAt().toInstant()
                        : notice.lines().get(0).at().toInstant()));
        entry.setAlternateLinks(List.of(link("alternate", url, "text/html")));
        String affected = texts.getString(notice.affected().messageKey())
                + (notice.channel() == null
                        ? ""
                        : " (" + texts.getString(notice.channel().messageKey()) + ")")
                + (notice.office() == null ? "" : " (" + notice.office() + ")");
        Content summary = new Content();
        summary.setType(Content.TEXT);
        summary.setValue(affected + ". " + notice.latestText());
        entry.setSummary(summary);
        return entry;
    }

    private static Link link(String rel, String href, String type) {
        Link link = new Link();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }
}
