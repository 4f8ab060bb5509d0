package org.puente.web.communication;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;

/**
 * A body's debunks or news as an Atom 1.0 feed (RFC 4287), written by ROME as the incident notices' one is: the
 * feed's id is its own address, its author the body; one entry per published piece (id and link: its public page;
 * published: when it came out; updated: its last public change; summary: plain text). The callers hand it only
 * what is public: never a draft, a scheduled item or an author.
 */
public final class AtomFeed {

    /** What identifies the feed: its address, the page it mirrors, its title and author, its language. */
    public record Head(String self, String page, String title, String author, Locale language) {}

    /** One entry: its page's address (also its id), title, summary and dates. */
    public record Item(String url, String title, String summary, Instant published, Instant updated) {}

    private AtomFeed() {}

    public static String atom(Head head, List<Item> items, Instant now) {
        Feed feed = new Feed("atom_1.0");
        feed.setId(head.self());
        feed.setTitle(head.title());
        feed.setLanguage(head.language().toLanguageTag());
        feed.setUpdated(Date.from(
                items.stream().map(Item::updated).max(Instant::compareTo).orElse(now)));
        Person author = new Person();
        author.setName(head.author());
        feed.setAuthors(List.<SyndPerson>of(author));
        feed.setAlternateLinks(List.of(link("alternate", head.page(), "text/html")));
        feed.setOtherLinks(List.of(link("self", head.self(), "application/atom+xml")));
        feed.setEntries(items.stream().map(AtomFeed::entry).toList());
        try {
            return new WireFeedOutput().outputString(feed);
        } catch (FeedException e) {
            throw new IllegalStateException("The feed could not be written", e);
        }
    }

    private static Entry entry(Item item) {
        Entry entry = new Entry();
        entry.setId(item.url());
        entry.setTitle(item.title());
        entry.setPublished(Date.from(item.published()));
        entry.setUpdated(Date.from(item.updated()));
        entry.setAlternateLinks(List.of(link("alternate", item.url(), "text/html")));
        Content summary = new Content();
        summary.setType(Content.TEXT);
        summary.setValue(item.summary());
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
