package org.puente.web.chat;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.puente.chat.ChatParticipation;
import org.puente.chat.ChatRecords;
import org.puente.chat.ChatRoom;
import org.puente.chat.Transcript;
import org.puente.engagement.EventStatus;
import org.puente.web.platform.Texts;

/** /chat?evento= (the live room) and /transcripcion?evento= (a closed chat's record). */
@Named
@RequestScoped
public class ChatRoomPage {

    @Inject
    private ChatParticipation chats;

    @Inject
    private ChatRecords records;

    @Inject
    private Texts texts;

    private Long eventId;
    private ChatRoom room;
    private Transcript transcript;

    public void load() {
        room = chats.room(eventId);
    }

    public void loadTranscript() {
        room = chats.room(eventId);
        if (room.status() == EventStatus.CLOSED) {
            transcript = records.transcript(eventId);
        }
    }

    public String when() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        var start = room.startsAt().atZoneSameInstant(room.zone());
        var end = room.endsAt().atZoneSameInstant(room.zone());
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                        .withLocale(locale)
                        .format(start) + " · "
                + DateTimeFormatter.ofPattern("HH:mm").format(start) + "–"
                + DateTimeFormatter.ofPattern("HH:mm").format(end);
    }

    /** When questions open: the chat's start, in the agency's time zone and the page's language. */
    public String questionsOpen() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        var start = room.startsAt().atZoneSameInstant(room.zone());
        return texts.get(
                "chat.ask.opensAt",
                DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                        .withLocale(locale)
                        .format(start),
                DateTimeFormatter.ofPattern("HH:mm").format(start));
    }

    public boolean isFound() {
        return room != null;
    }

    public Long getEventId() {
        return eventId;
    }

    public void setEventId(Long eventId) {
        this.eventId = eventId;
    }

    public ChatRoom getRoom() {
        return room;
    }

    public Transcript getTranscript() {
        return transcript;
    }
}
