package org.puente.mailbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How many pages the staff list offers for a count of messages. */
class MessagePageTest {

    @Test
    void anEmptyMailboxStillHasOnePage() {
        assertEquals(1, new MessagePage(List.of(), 0, 1, 20).pages());
    }

    @Test
    void pagesRoundUp() {
        assertEquals(1, new MessagePage(List.of(), 20, 1, 20).pages());
        assertEquals(2, new MessagePage(List.of(), 21, 1, 20).pages());
        assertEquals(3, new MessagePage(List.of(), 41, 1, 20).pages());
    }
}
