package org.puente.web.incident;

import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.LongFunction;
import org.puente.incident.NoticeView;
import org.puente.web.communication.AtomFeed;

/**
 * A body's incident notices as the entries of an Atom feed ({@link AtomFeed}, the one writer of every public
 * feed): one entry per notice (id and link: the notice's public page; updated: its last public
 * change; published: its first text; summary: what it affects and its latest public text). Only staff-written
 * public texts: no author of a line, no staff line.
 */
final class NoticeFeed {

    private NoticeFeed() {}

    static List<AtomFeed.Item> items(List<NoticeView> notices, LongFunction<String> noticeUrl, ResourceBundle texts) {
        return notices.stream()
                .map(notice -> item(notice, noticeUrl.apply(notice.id()), texts))
                .toList();
    }

    private static AtomFeed.Item item(NoticeView notice, String url, ResourceBundle texts) {
        String title = MessageFormat.format(
                texts.getString("incidentNotice.feed.entryTitle"),
                texts.getString(notice.status().messageKey()),
                notice.title());
        String affected = texts.getString(notice.affected().messageKey())
                + (notice.channel() == null
                        ? ""
                        : " (" + texts.getString(notice.channel().messageKey()) + ")")
                + (notice.office() == null ? "" : " (" + notice.office() + ")");
        return new AtomFeed.Item(
                url,
                title,
                affected + ". " + notice.latestText(),
                notice.lines().isEmpty()
                        ? notice.updatedAt().toInstant()
                        : notice.lines().get(0).at().toInstant(),
                notice.updatedAt().toInstant());
    }
}
