package org.puente.web.chat;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.puente.chat.ChatAnswers;
import org.puente.chat.ChatRoom;

/** /staff/chats: the chats of the last week and the coming ones, to moderate or answer. */
@Named
@RequestScoped
public class StaffChatsPage {

    @Inject
    private ChatAnswers chats;

    private List<ChatRoom> rooms;

    public List<ChatRoom> getRooms() {
        if (rooms == null) {
            rooms = chats.staffRooms();
        }
        return rooms;
    }
}
